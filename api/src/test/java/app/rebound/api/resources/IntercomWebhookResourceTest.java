package app.rebound.api.resources;

import static app.rebound.api.testing.ReboundClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.intercom.BodySignature;
import app.rebound.api.ReboundConfiguration;
import app.rebound.api.testing.FakeSlack;
import app.rebound.api.testing.Intercom;
import app.rebound.api.testing.ReboundClient;
import app.rebound.api.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class IntercomWebhookResourceTest {
  // Initialised before APP, whose configuration points at it.
  private static final FakeSlack SLACK = new FakeSlack();

  private static final DropwizardAppExtension<ReboundConfiguration> APP =
      TestApp.dev(SLACK, "playbook-test.yml", Map.of());

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
  void signedFixtureStartsItsCaseAndAlertsSlack() {
    byte[] body = Intercom.fixture("rating-1.json");

    HttpResponse<String> response = rebound.webhook(body, Intercom.sign(body));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("caseId").asText()).isEqualTo("csat-310045667781234");
    assertThat(json(response).path("duplicate").asBoolean()).isFalse();
    JsonNode view = rebound.awaitCase("csat-310045667781234");
    assertThat(view.path("conversationId").asText()).isEqualTo("310045667781234");
    assertThat(view.path("score").asInt()).isEqualTo(1);
    assertThat(view.path("status").asText()).isEqualTo("open");
    assertThat(view.path("remark").asText()).contains("😡").contains("*third*");
    FakeSlack.Request alert =
        SLACK.await(
            "chat.postMessage", FakeSlack.alertOf("csat-310045667781234"), ReboundClient.WAIT);
    assertThat(alert.channel()).isEqualTo("C0ESCALATE");
    assertThat(alert.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    assertThat(alert.content()).contains("U0MANAGER1");
  }

  @Test
  void badOrMissingSignatureIsRefusedAndStartsNothing() {
    String conversationId = Intercom.newConversationId();
    byte[] body = Intercom.bytes(Intercom.rating("rating-1.json", conversationId, 1));

    HttpResponse<String> wrongKey = rebound.webhook(body, Intercom.sign(body, "someone-else"));
    HttpResponse<String> unsigned = rebound.webhook(body, null);

    assertRefused(wrongKey, 401, "bad_signature");
    assertRefused(unsigned, 401, "bad_signature");
    assertNothingStarted(conversationId);
  }

  @Test
  void htmlInTheRemarkIsAcceptedWhenSigned() {
    String conversationId = Intercom.newConversationId();
    ObjectNode delivery =
        Intercom.withRemark(Intercom.rating("rating-1.json", conversationId, 2), "<p>A & B</p>");

    HttpResponse<String> response = rebound.signedWebhook(delivery);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("caseId").asText()).isEqualTo("csat-" + conversationId);
    assertThat(rebound.awaitCase("csat-" + conversationId).path("remark").asText())
        .contains("A & B");
  }

  @Test
  void malformedJsonIsABadRequest() {
    byte[] body =
        "{\"topic\": \"conversation.rating.added\", \"data\": ".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = rebound.signedWebhook(body);

    assertRefused(response, 400, "invalid_webhook");
    assertThat(json(response).path("detail").asText()).containsIgnoringCase("JSON");
  }

  @Test
  void aDeliveryWithoutTopicNamesTheField() {
    String conversationId = Intercom.newConversationId();
    ObjectNode delivery = Intercom.rating("rating-1.json", conversationId, 1);
    delivery.remove("topic");

    HttpResponse<String> response = rebound.signedWebhook(delivery);

    assertRefused(response, 400, "invalid_webhook");
    assertThat(json(response).path("detail").asText()).contains("topic");
    assertNothingStarted(conversationId);
  }

  @Test
  void aRatingWithoutConversationIdNamesTheField() {
    ObjectNode delivery = Intercom.rating("rating-1.json", "unused", 1);
    ((ObjectNode) delivery.path("data").path("item")).remove("id");

    HttpResponse<String> response = rebound.signedWebhook(delivery);

    assertRefused(response, 400, "invalid_webhook");
    assertThat(json(response).path("detail").asText()).contains("data.item.id");
    assertNothingStarted("unused");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void aScoreOutsideOneToFiveIsABadRequest(int score) {
    String conversationId = Intercom.newConversationId();

    HttpResponse<String> response =
        rebound.signedWebhook(Intercom.rating("rating-1.json", conversationId, score));

    assertRefused(response, 400, "invalid_webhook");
    assertThat(json(response).path("detail").asText()).contains("rating");
    assertNothingStarted(conversationId);
  }

  @Test
  void aBodyOverOneMebibyteIsTooLarge() {
    String conversationId = Intercom.newConversationId();
    ObjectNode delivery =
        Intercom.withRemark(
            Intercom.rating("rating-1.json", conversationId, 1), "x".repeat(1024 * 1024 + 1));

    HttpResponse<String> response = rebound.signedWebhook(delivery);

    assertRefused(response, 413, "too_large");
    assertNothingStarted(conversationId);
  }

  @Test
  void pingIsAnsweredAndIgnored() {
    HttpResponse<String> response = rebound.signedWebhook(Intercom.fixture("ping.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("ok").asBoolean()).isTrue();
    assertThat(json(response).has("caseId")).isFalse();
  }

  @Test
  void anUnknownTopicIsAnsweredAndIgnored() {
    String conversationId = Intercom.newConversationId();
    ObjectNode delivery = Intercom.rating("rating-1.json", conversationId, 1);
    delivery.put("topic", "conversation.user.created");

    HttpResponse<String> response = rebound.signedWebhook(delivery);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("ignored").asText()).isEqualTo("conversation.user.created");
    assertNothingStarted(conversationId);
  }

  @Test
  void intercomAppRequestsSignedWithBodySignatureAreAnswered() {
    byte[] uninstall =
        "{\"app_id\":\"q1w2e3r4\",\"workspace_id\":\"q1w2e3r4\"}".getBytes(StandardCharsets.UTF_8);
    String signature = new BodySignature(TestApp.INTERCOM_SECRET).sign(uninstall);

    HttpResponse<String> health =
        rebound.postWithHeader("/webhooks/intercom", uninstall, BodySignature.HEADER, signature);
    HttpResponse<String> uninstalled =
        rebound.postWithHeader(
            "/webhooks/intercom/uninstall", uninstall, BodySignature.HEADER, signature);
    HttpResponse<String> forged =
        rebound.postWithHeader(
            "/webhooks/intercom/uninstall",
            uninstall,
            BodySignature.HEADER,
            "00" + signature.substring(2));

    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(uninstalled.statusCode()).as(uninstalled.body()).isEqualTo(200);
    assertRefused(forged, 401, "bad_signature");
  }

  @Test
  void aTeammateReplyAfterTheRatingCountsAsTheFollowUp() {
    String conversationId = Intercom.newConversationId();
    String caseId = rebound.startCase(conversationId, 2);
    ObjectNode reply = Intercom.tree("admin-replied-1.json");
    long later = java.time.Instant.now().getEpochSecond() + 5;
    reply.put("id", "notif_" + java.util.UUID.randomUUID());
    reply.put("created_at", later);
    ObjectNode item = (ObjectNode) reply.path("data").path("item");
    item.put("id", conversationId);
    for (JsonNode part : item.path("conversation_parts").path("conversation_parts")) {
      ((ObjectNode) part).put("created_at", later);
    }

    HttpResponse<String> response = rebound.signedWebhook(reply);
    JsonNode followed = rebound.awaitCase(caseId, c -> c.path("followedUpAt").isTextual());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(followed.path("followedUpBy").asText()).startsWith("intercom:");
    assertThat(followed.path("stage").asText()).isEqualTo("followed_up");
  }

  @Test
  void aLateCopyOfAnOlderRatingDoesNotStartASecondCase() {
    String conversationId = Intercom.newConversationId();
    String caseId = rebound.startCase(conversationId, 2);
    ObjectNode stale = Intercom.rating("rating-1.json", conversationId, 1);
    ObjectNode rating = (ObjectNode) stale.path("data").path("item").path("conversation_rating");
    rating.put("created_at", 1764770580L);
    rating.put("updated_at", 1764770700L);

    HttpResponse<String> response = rebound.signedWebhook(stale);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("duplicate").asBoolean()).isTrue();
    assertThat(json(response).path("caseId").asText()).isEqualTo(caseId);
    assertThat(rebound.casesOf(conversationId)).hasSize(1);
    assertThat(rebound.awaitCase(caseId).path("score").asInt()).isEqualTo(2);
  }

  @Test
  void aLaterRatingOnAClosedConversationIsANewCase() {
    String conversationId = Intercom.newConversationId();
    String first = rebound.startCase(conversationId, 5);
    rebound.awaitCase(first, c -> "closed".equals(c.path("status").asText()));
    ObjectNode later = Intercom.rating("rating-1.json", conversationId, 2);
    ObjectNode rating = (ObjectNode) later.path("data").path("item").path("conversation_rating");
    rating.put("created_at", rating.path("created_at").asLong() + 60);
    rating.put("updated_at", rating.path("updated_at").asLong() + 60);

    HttpResponse<String> response = rebound.signedWebhook(later);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("duplicate").asBoolean()).isFalse();
    String second = json(response).path("caseId").asText();
    assertThat(second).isEqualTo(first + "-2");
    assertThat(rebound.awaitCase(second).path("score").asInt()).isEqualTo(2);
    assertThat(rebound.casesOf(conversationId)).hasSize(2);
  }

  @Test
  void headValidatesTheUrl() {
    HttpResponse<String> response = rebound.head("/webhooks/intercom");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void theSameDeliveryTwiceMakesOneCaseAndOneAlert() throws InterruptedException {
    String conversationId = Intercom.newConversationId();
    byte[] body = Intercom.bytes(Intercom.rating("rating-2-lead-no-email.json", conversationId, 2));

    HttpResponse<String> first = rebound.signedWebhook(body);
    HttpResponse<String> second = rebound.signedWebhook(body);

    String caseId = "csat-" + conversationId;
    assertThat(json(first).path("caseId").asText()).isEqualTo(caseId);
    assertThat(json(first).path("duplicate").asBoolean()).isFalse();
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(json(second).path("caseId").asText()).isEqualTo(caseId);
    assertThat(json(second).path("duplicate").asBoolean()).isTrue();
    SLACK.await("chat.postMessage", FakeSlack.alertOf(caseId), ReboundClient.WAIT);
    Thread.sleep(1_000);
    assertThat(SLACK.requests("chat.postMessage", FakeSlack.alertOf(caseId))).hasSize(1);
    assertThat(rebound.casesOf(conversationId)).hasSize(1);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String error) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode json = json(response);
    assertThat(json.path("error").asText()).isEqualTo(error);
    assertThat(json.path("detail").asText()).isNotBlank();
  }

  /** Gives a wrongly started workflow time to write its row and post, then checks it did not. */
  private static void assertNothingStarted(String conversationId) {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(rebound.casesOf(conversationId)).isEmpty();
    assertThat(SLACK.requests("chat.postMessage", r -> r.content().contains(conversationId)))
        .isEmpty();
  }
}
