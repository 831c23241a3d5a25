package app.rebound.api;

import static app.rebound.api.testing.ReboundClient.json;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev stack on real ports: a signed Intercom rating, Slack clicks and the fix modal, through
 * the check-in to a closed case with its root cause. The check-in comes two seconds after the fix
 * here (playbook-fast-check-in.yml) instead of 48 hours.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EndToEndTest {
  private static final Logger log = LoggerFactory.getLogger(EndToEndTest.class);

  private static final FakeSlack SLACK = new FakeSlack();

  private static final DropwizardAppExtension<ReboundConfiguration> APP =
      TestApp.dev(SLACK, "playbook-fast-check-in.yml", Map.of());

  private static final String CASE_ID = "csat-310045667789876";
  private static final String OWNER = "U0REP1";

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
  void aBadRatingIsAlertedClaimedFollowedUpFixedCheckedInAndClosedAsRecovered() {
    byte[] rating = refreshed("rating-2-lead-no-email.json");

    long posted = System.nanoTime();
    HttpResponse<String> delivered = rebound.signedWebhook(rating);
    FakeSlack.Request alert =
        SLACK.await("chat.postMessage", FakeSlack.alertOf(CASE_ID), ReboundClient.WAIT);
    Duration webhookToSlack = Duration.ofNanos(alert.arrivedNanos() - posted);
    log.info(
        "Webhook POST to the alert's chat.postMessage at Slack: {} ms", webhookToSlack.toMillis());

    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(json(delivered).path("caseId").asText()).isEqualTo(CASE_ID);
    assertThat(alert.channel()).isEqualTo("C0ALERTS");
    assertThat(alert.content()).contains("Claim").contains("Followed up").contains("Fixed");
    assertThat(rebound.awaitCase(CASE_ID).path("stage").asText()).isEqualTo("alerted");

    click("claim", alert);
    JsonNode claimed = rebound.awaitCase(CASE_ID, c -> OWNER.equals(c.path("owner").asText()));
    SLACK.await(
        "chat.update",
        r -> alert.ts().equals(r.form().get("ts")) && r.content().contains(OWNER),
        ReboundClient.WAIT);

    assertThat(claimed.path("claimedAt").isTextual()).isTrue();

    click("follow_up", alert);
    JsonNode followedUp = rebound.awaitCase(CASE_ID, c -> c.path("followedUpAt").isTextual());

    assertThat(followedUp.path("followedUpBy").asText()).isEqualTo(OWNER);

    ObjectNode fixClick = Slack.click(OWNER, "fix", CASE_ID, alert.landedIn(), alert.ts());
    assertThat(rebound.signedSlack(fixClick).statusCode()).isEqualTo(200);
    FakeSlack.Request modal =
        SLACK.await(
            "views.open",
            r -> fixClick.path("trigger_id").asText().equals(r.form().get("trigger_id")),
            ReboundClient.WAIT);
    assertThat(json(modal.form().get("view")).path("callback_id").asText()).isEqualTo("fix_modal");

    HttpResponse<String> submitted =
        rebound.signedSlack(
            Slack.fixSubmission(
                OWNER, CASE_ID, "billing issue", "Invoices", "Refunded the duplicate charge"));
    JsonNode fixed = rebound.awaitCase(CASE_ID, c -> c.path("fixedAt").isTextual());

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.body()).doesNotContain("errors");
    assertThat(fixed.path("rootCause").asText()).isEqualTo("billing issue");

    FakeSlack.Request prompt =
        SLACK.await(
            "chat.postMessage",
            r -> r.content().contains("check_in_recovered") && r.content().contains(CASE_ID),
            ReboundClient.WAIT);
    assertThat(prompt.content())
        .contains("Recovered")
        .contains("Still unhappy")
        .contains("No reply");

    click("check_in_recovered", prompt);
    JsonNode closed = rebound.awaitCase(CASE_ID, c -> "closed".equals(c.path("status").asText()));

    assertThat(closed.path("outcome").asText()).isEqualTo("recovered");
    assertThat(closed.path("rootCause").asText()).isEqualTo("billing issue");
    assertThat(closed.path("productArea").asText()).isEqualTo("Invoices");
    assertThat(closed.path("fix").asText()).isEqualTo("Refunded the duplicate charge");
    assertThat(closed.path("owner").asText()).isEqualTo(OWNER);
    assertThat(closed.path("checkedInAt").isTextual()).isTrue();
    assertThat(closed.path("closedAt").isTextual()).isTrue();
    FakeSlack.Request win =
        SLACK.await(
            "chat.postMessage",
            r -> r.channel().equals("C0WINS") && r.content().toLowerCase().contains("recovered"),
            ReboundClient.WAIT);
    assertThat(win.content()).contains(OWNER);
  }

  /**
   * The fixture with its notification id and rating times moved to now, signed anew by the caller.
   */
  private static byte[] refreshed(String fixture) {
    ObjectNode delivery = Intercom.tree(fixture);
    long now = Instant.now().getEpochSecond();
    delivery.put("id", "notif_e2e_" + now);
    ObjectNode rating = (ObjectNode) delivery.path("data").path("item").path("conversation_rating");
    rating.put("created_at", now);
    rating.put("updated_at", now);
    return Intercom.bytes(delivery);
  }

  private static void click(String actionId, FakeSlack.Request message) {
    HttpResponse<String> response =
        rebound.signedSlack(
            Slack.click(OWNER, actionId, CASE_ID, message.landedIn(), message.ts()));
    assertThat(response.statusCode()).as(actionId + ": " + response.body()).isEqualTo(200);
  }
}
