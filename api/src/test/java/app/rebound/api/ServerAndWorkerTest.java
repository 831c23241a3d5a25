package app.rebound.api;

import static app.rebound.api.testing.ReboundClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.api.cli.ServeCommand;
import app.rebound.api.testing.FakeSlack;
import app.rebound.api.testing.Intercom;
import app.rebound.api.testing.ReboundClient;
import app.rebound.api.testing.TestApp;
import app.rebound.worker.EmbeddedTemporal;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production shape: {@code server} and {@code worker} as separate parts against an outside
 * Temporal (a Temporal server on its own port, standing in for a cluster) and the real PostgreSQL
 * at 127.0.0.1:5432. The API process runs no worker, so the case only moves if the worker does.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ServerAndWorkerTest {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String TOKEN = "api-token-for-tests";
  private static final String DATABASE =
      "rebound_sw_" + UUID.randomUUID().toString().replace("-", "");

  private static final FakeSlack SLACK = new FakeSlack();
  private static final EmbeddedTemporal TEMPORAL = EmbeddedTemporal.start(0);
  private static final String DATABASE_URL = createDatabase();

  private static final DropwizardAppExtension<ReboundConfiguration> SERVER =
      new DropwizardAppExtension<>(
          ReboundApplication.class,
          ResourceHelpers.resourceFilePath("rebound-test.yml"),
          "dw.",
          ServeCommand::server,
          ConfigOverride.config("dw.", "server.connector.port", "0"),
          ConfigOverride.config("dw.", "temporal.address", TEMPORAL.target()),
          ConfigOverride.config("dw.", "database.url", DATABASE_URL),
          ConfigOverride.config("dw.", "database.user", "postgres"),
          ConfigOverride.config("dw.", "apiToken", TOKEN),
          ConfigOverride.config("dw.", "intercom.clientSecret", TestApp.INTERCOM_SECRET),
          ConfigOverride.config("dw.", "slack.signingSecret", TestApp.SLACK_SIGNING_SECRET),
          ConfigOverride.config("dw.", "slack.botToken", FakeSlack.BOT_TOKEN),
          ConfigOverride.config("dw.", "slack.apiUrl", SLACK.url()),
          ConfigOverride.config(
              "dw.", "playbook", ResourceHelpers.resourceFilePath("playbook-test.yml")));

  private static ReboundServices worker;
  private static ReboundClient rebound;

  @BeforeAll
  static void startWorker() {
    ReboundConfiguration config = new ReboundConfiguration();
    config.mode(app.rebound.api.Mode.WORKER);
    config.temporal.address = TEMPORAL.target();
    config.database.url = DATABASE_URL;
    config.database.user = "postgres";
    config.slack.botToken = FakeSlack.BOT_TOKEN;
    config.slack.apiUrl = SLACK.url();
    config.playbook = ResourceHelpers.resourceFilePath("playbook-test.yml");
    worker = new ReboundServices(config);
    worker.startWorker();
    rebound = new ReboundClient(SERVER.getLocalPort(), TOKEN);
  }

  @AfterAll
  static void stopEverything() throws SQLException {
    if (worker != null) {
      worker.close();
    }
    TEMPORAL.close();
    SLACK.close();
    try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  @Test
  void aRatingThroughTheServerIsAlertedByTheWorkerAndKeptInPostgres() throws SQLException {
    String conversationId = Intercom.newConversationId();
    String caseId = "csat-" + conversationId;

    HttpResponse<String> delivered =
        rebound.signedWebhook(Intercom.rating("rating-1.json", conversationId, 2));
    FakeSlack.Request alert =
        SLACK.await("chat.postMessage", FakeSlack.alertOf(caseId), ReboundClient.WAIT);
    HttpResponse<String> claimed =
        rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0REP1\"}");
    HttpResponse<String> anonymous = new ReboundClient(SERVER.getLocalPort()).get("/api/cases");

    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(alert.channel()).isEqualTo("C0ALERTS");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
    JsonNode row = rebound.awaitCase(caseId, c -> "U0REP1".equals(c.path("owner").asText()));
    assertThat(row.path("stage").asText()).isEqualTo("claimed");
    assertThat(ownerInPostgres(caseId)).isEqualTo("U0REP1");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json(anonymous).path("error").asText()).isEqualTo("unauthorized");
  }

  private static String ownerInPostgres(String caseId) throws SQLException {
    try (Connection db = DriverManager.getConnection(DATABASE_URL, "postgres", "");
        PreparedStatement query =
            db.prepareStatement("SELECT owner FROM cases WHERE case_id = ?")) {
      query.setString(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static String createDatabase() {
    try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL must answer at 127.0.0.1:5432 (user postgres, trust authentication)", e);
    }
    return POSTGRES + DATABASE;
  }
}
