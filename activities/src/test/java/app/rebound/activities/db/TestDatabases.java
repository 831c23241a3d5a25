package app.rebound.activities.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Opens, per test class, one H2 file database in a temporary directory and one freshly created
 * PostgreSQL database, and empties their tables before each test.
 *
 * <p>PostgreSQL is found at {@code REBOUND_TEST_POSTGRES_HOST} (default {@code 127.0.0.1:5432}) as
 * {@code REBOUND_TEST_POSTGRES_USER} (default {@code postgres}) with {@code
 * REBOUND_TEST_POSTGRES_PASSWORD}. When it is down the tests fail: CI starts it, and a skipped
 * database test would hide a broken store.
 */
final class TestDatabases implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestDatabases.class);
  private static final List<String> TABLES =
      List.of("cases", "deliveries", "slack_messages", "outbox");

  enum Engine {
    H2,
    POSTGRESQL
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(Engine.values()).map(Invocation::new);
  }

  private static Database database(ExtensionContext context, Engine engine) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent()) {
      classContext = classContext.getParent().orElseThrow();
    }
    String className = classContext.getRequiredTestClass().getSimpleName();
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(engine, e -> OpenDatabase.open(e, className), OpenDatabase.class)
        .database();
  }

  private record Invocation(Engine engine) implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return engine.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new Resolver(engine), (BeforeEachCallback) this::empty);
    }

    private void empty(ExtensionContext context) {
      database(context, engine)
          .jdbi()
          .useHandle(handle -> TABLES.forEach(table -> handle.execute("DELETE FROM " + table)));
    }
  }

  private record Resolver(Engine engine) implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return database(context, engine);
    }
  }

  /** One open test database and how to get rid of it. */
  private record OpenDatabase(Database database, Runnable cleanUp) implements AutoCloseable {
    static OpenDatabase open(Engine engine, String testClass) {
      return engine == Engine.H2 ? openH2() : openPostgres(testClass);
    }

    private static OpenDatabase openH2() {
      try {
        Path directory = Files.createTempDirectory("rebound-h2-");
        Database database = Database.open(Database.devUrl(directory), "", "");
        return new OpenDatabase(database, () -> deleteTree(directory));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static OpenDatabase openPostgres(String testClass) {
      String host = env("REBOUND_TEST_POSTGRES_HOST", "127.0.0.1:5432");
      String user = env("REBOUND_TEST_POSTGRES_USER", "postgres");
      String password = env("REBOUND_TEST_POSTGRES_PASSWORD", "");
      String adminUrl = "jdbc:postgresql://" + host + "/postgres";
      String name =
          "rebound_test_"
              + testClass.toLowerCase(Locale.ROOT)
              + "_"
              + UUID.randomUUID().toString().substring(0, 8);
      admin(adminUrl, user, password, "CREATE DATABASE " + name);
      Database database = Database.open("jdbc:postgresql://" + host + "/" + name, user, password);
      return new OpenDatabase(
          database,
          () ->
              admin(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void admin(String url, String user, String password, String sql) {
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "PostgreSQL at "
                + url
                + " as "
                + user
                + " refused '"
                + sql
                + "': "
                + e.getMessage()
                + ". Start PostgreSQL (CI does) or set REBOUND_TEST_POSTGRES_HOST;"
                + " the PostgreSQL tests never skip.",
            e);
      }
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteTree(Path directory) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        database.close();
      } finally {
        cleanUp.run();
      }
    }
  }
}
