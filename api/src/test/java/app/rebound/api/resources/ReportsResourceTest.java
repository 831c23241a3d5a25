package app.rebound.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.db.CaseStore;
import app.rebound.activities.db.Database;
import app.rebound.activities.db.WeeklyFigures;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Deadlines;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Stage;
import app.rebound.workflows.playbook.PlaybookLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ReportsResourceTest {
  private static final Database DB =
      Database.open(
          "jdbc:h2:mem:reports-"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
              + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "",
          "");
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    Instant rated = Instant.parse("2026-12-01T15:00:00Z");
    new CaseStore(DB.jdbi())
        .save(
            new CaseView(
                "csat-1",
                "csat-1",
                "1",
                1,
                List.of(),
                CaseView.CLOSED,
                Stage.CLOSED,
                false,
                new Customer("c1", null, "Jane Roe", null),
                "814400221",
                "Sam",
                "",
                "U0REP1",
                rated,
                null,
                rated.plusSeconds(1800),
                null,
                null,
                null,
                null,
                rated.plusSeconds(86_400),
                Deadlines.NONE,
                List.of(),
                "billing issue",
                "billing",
                null,
                null,
                Outcome.RECOVERED,
                false,
                false,
                null,
                null,
                null,
                List.of()));
  }

  // The built-in playbook: America/New_York, six weeks.
  static final ResourceExtension resources =
      ResourceExtension.builder()
          .addResource(
              new ReportsResource(
                  new WeeklyFigures(DB.jdbi()),
                  PlaybookLoader.defaults(),
                  Clock.fixed(Instant.parse("2026-12-03T18:00:00Z"), ZoneOffset.UTC)))
          .build();

  @AfterAll
  static void close() {
    DB.close();
  }

  @Test
  void weeklyServesThePlaybooksSixWeeksInTheDashboardsShape() throws Exception {
    JsonNode report = get(null, 200);

    assertThat(report.get("weeks")).hasSize(6);
    assertThat(report.get("weeks").get(5).toString())
        .isEqualTo("{\"weekStart\":\"2026-11-30\",\"badRatings\":1,\"recovered\":1}");
    assertThat(report.get("weeks").get(0).get("weekStart").asText()).isEqualTo("2026-10-26");
    assertThat(report.get("topRootCauses").toString())
        .isEqualTo("[{\"name\":\"billing issue\",\"count\":1}]");
    assertThat(report.get("productAreas").toString())
        .isEqualTo("[{\"name\":\"billing\",\"count\":1}]");
    assertThat(report.get("repeatTeammates").toString()).isEqualTo("[]");
    assertThat(report.get("recoveryByResponseTime").get(0).toString())
        .isEqualTo("{\"bucket\":\"under 1 h\",\"cases\":1,\"recovered\":1,\"rate\":1.0}");
    assertThat(report.get("recoveryByResponseTime").get(1).get("rate").isNull()).isTrue();
    assertThat(report.get("topRecoverers").toString())
        .isEqualTo("[{\"owner\":\"U0REP1\",\"recovered\":1}]");
  }

  @Test
  void weeksParameterSetsHowManyWeeks() throws Exception {
    JsonNode report = get("52", 200);

    assertThat(report.get("weeks")).hasSize(52);
  }

  @Test
  void weeksOutsideOneToFiftyTwoIsABadRequestInTheErrorShape() throws Exception {
    for (String bad : List.of("0", "53", "six", "-1")) {
      JsonNode error = get(bad, 400);

      assertThat(error.get("error").asText()).isEqualTo("invalid_weeks");
      assertThat(error.get("detail").asText()).contains("1 to 52").contains(bad);
    }
  }

  private static JsonNode get(String weeks, int status) throws Exception {
    WebTarget target = resources.target("/api/reports/weekly");
    if (weeks != null) {
      target = target.queryParam("weeks", weeks);
    }
    try (Response response = target.request().get()) {
      assertThat(response.getStatus()).isEqualTo(status);
      return JSON.readTree(response.readEntity(String.class));
    }
  }
}
