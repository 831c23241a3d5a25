# Rebound's image: one jar for `server` and `worker` (the command is the container's argument).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/api/target/rebound.jar /app/rebound.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/rebound.jar"]
CMD ["server"]
