package app.rebound.api.resources;

import static app.rebound.api.testing.ReboundClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.api.ReboundConfiguration;
import app.rebound.api.testing.FakeSlack;
import app.rebound.api.testing.Intercom;
import app.rebound.api.testing.ReboundClient;
import app.rebound.api.testing.Slack;
import app.rebound.api.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class SlackInteractionsResourceTest {
  private static final FakeSlack SLACK = new FakeSlack();

  private static final DropwizardAppExtension<ReboundConfiguration> APP =
      TestApp.dev(SLACK, "playbook-test.yml", Map.of());

  /** Slack shows the person an error when the answer takes longer than this. */
  private static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);

  private static ReboundClient rebound;

  @BeforeAll
  static void connect() {
    rebound = new ReboundClient(APP.getLocalPort());
  }

  @AfterAll
  static void stopSlack() {
    SLACK.close();
  }

  @Test
  void claimClickIsAcknowledgedAtOnceAndRecordsTheOwner() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);
    FakeSlack.Request alert = alertOf(caseId);
    ObjectNode click = Slack.click("U0MANAGER1", "claim", caseId, alert.landedIn(), alert.ts());

    long started = System.nanoTime();
    HttpResponse<String> response = rebound.signedSlack(click);
    Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(answeredIn).isLessThan(SLACK_ACK_LIMIT);
    assertThat(rebound.awaitCase(caseId, c -> c.path("owner").isTextual()).path("owner").asText())
        .isEqualTo("U0MANAGER1");
    FakeSlack.Request update =
        SLACK.await(
            "chat.update",
            r -> alert.ts().equals(r.form().get("ts")) && r.content().contains("U0MANAGER1"),
            ReboundClient.WAIT);
    assertThat(update.channel()).isEqualTo("C0ESCALATE");
  }

  @Test
  void aClickWithABadSignatureIsRefused() throws InterruptedException {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);
    FakeSlack.Request alert = alertOf(caseId);
    byte[] body = Slack.form(Slack.click("U0MANAGER1", "claim", caseId, "C0ESCALATE", alert.ts()));
    String timestamp = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> response = rebound.slack(body, timestamp, "v0=" + "ab".repeat(32));

    CasesResourceTest.assertError(response, 401, "bad_signature");
    Thread.sleep(500);
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void aClickWithATenMinuteOldTimestampIsRefused() throws InterruptedException {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);
    FakeSlack.Request alert = alertOf(caseId);
    byte[] body = Slack.form(Slack.click("U0MANAGER1", "claim", caseId, "C0ESCALATE", alert.ts()));
    String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());

    HttpResponse<String> response = rebound.slack(body, stale, Slack.sign(stale, body));

    CasesResourceTest.assertError(response, 401, "bad_signature");
    Thread.sleep(500);
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void aRefusedClaimTellsThePersonWhoOwnsTheCase() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);
    FakeSlack.Request alert = alertOf(caseId);
    claim(caseId, "U0MANAGER1");

    HttpResponse<String> response =
        rebound.signedSlack(Slack.click("U0SENIOR1", "claim", caseId, "C0ESCALATE", alert.ts()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    FakeSlack.Request ephemeral =
        SLACK.await(
            "chat.postEphemeral",
            r -> "U0SENIOR1".equals(r.form().get("user")) && r.content().contains("U0MANAGER1"),
            ReboundClient.WAIT);
    assertThat(ephemeral.channel()).isEqualTo("C0ESCALATE");
    assertThat(rebound.awaitCase(caseId).path("owner").asText()).isEqualTo("U0MANAGER1");
  }

  @Test
  void theFixedClickOpensTheFixModal() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    FakeSlack.Request alert = alertOf(caseId);
    claim(caseId, "U0REP1");
    ObjectNode click = Slack.click("U0REP1", "fix", caseId, alert.landedIn(), alert.ts());

    HttpResponse<String> response = rebound.signedSlack(click);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    FakeSlack.Request open =
        SLACK.await(
            "views.open",
            r -> click.path("trigger_id").asText().equals(r.form().get("trigger_id")),
            ReboundClient.WAIT);
    JsonNode view = ReboundClient.json(open.form().get("view"));
    assertThat(view.path("callback_id").asText()).isEqualTo("fix_modal");
    assertThat(view.path("private_metadata").asText()).isEqualTo(caseId);
    assertThat(open.form().get("view")).contains("billing issue").contains("root_cause");
  }

  @Test
  void aFixSubmissionWithoutFixTextOrEtaGetsFieldErrors() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    claim(caseId, "U0REP1");

    HttpResponse<String> response =
        rebound.signedSlack(
            Slack.fixSubmission("U0REP1", caseId, "billing issue", "Invoices", null));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json(response);
    assertThat(answer.path("response_action").asText()).isEqualTo("errors");
    assertThat(answer.path("errors").path("what_was_fixed").asText()).isNotBlank();
    assertThat(rebound.awaitCase(caseId).path("fixedAt").isNull()).isTrue();
  }

  @Test
  void aFixSubmissionWithoutRootCauseGetsFieldErrors() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    claim(caseId, "U0REP1");

    HttpResponse<String> response =
        rebound.signedSlack(Slack.fixSubmission("U0REP1", caseId, null, "Invoices", "Refunded"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json(response);
    assertThat(answer.path("response_action").asText()).isEqualTo("errors");
    assertThat(answer.path("errors").path("root_cause").asText()).isNotBlank();
    assertThat(rebound.awaitCase(caseId).path("rootCause").isNull()).isTrue();
  }

  private static FakeSlack.Request alertOf(String caseId) {
    return SLACK.await("chat.postMessage", FakeSlack.alertOf(caseId), ReboundClient.WAIT);
  }

  private static void claim(String caseId, String actor) {
    HttpResponse<String> response =
        rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"" + actor + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
