package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Rating;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntercomWebhookTest {

  private final IntercomWebhook webhook = new IntercomWebhook();

  @Test
  void ratingOneMapsEveryFieldAndKeepsTheRemarkVerbatim() {
    WebhookEvent event = webhook.parse(Fixtures.bytes("rating-1.json"));

    assertThat(event).isInstanceOf(WebhookEvent.RatingAdded.class);
    Rating rating = ((WebhookEvent.RatingAdded) event).rating();
    assertThat(rating)
        .isEqualTo(
            new Rating(
                "notif_0b7a1c52-9e1d-4f6a-8c3b-2d5e7f9a1b40",
                "310045667781234",
                1,
                "Charged twice, still no refund 😡 *third* time I ask",
                Instant.ofEpochSecond(1764770580),
                Instant.ofEpochSecond(1764770700),
                new Customer(
                    "6781aa0c2b3f4d5e6f7a8b90",
                    "cust-8812",
                    "Mara Okafor",
                    "mara.okafor@example.net"),
                "814400221",
                false,
                "webhook"));
    assertThat(event.notificationId()).isEqualTo(rating.notificationId());
  }

  @Test
  void leadWithEmptyEmailHasNullEmail() {
    WebhookEvent event = webhook.parse(Fixtures.bytes("rating-2-lead-no-email.json"));

    Rating rating = ((WebhookEvent.RatingAdded) event).rating();
    assertThat(rating.score()).isEqualTo(2);
    assertThat(rating.conversationId()).isEqualTo("310045667789876");
    assertThat(rating.remark()).isEqualTo("Took forever to get an answer");
    assertThat(rating.customer())
        .isEqualTo(new Customer("6781aa0c2b3f4d5e6f7a8c11", "cust-8812", "Tomás Lindqvist", null));
    assertThat(rating.customer().displayName()).isEqualTo("Tomás Lindqvist");
  }

  @Test
  void ratingFiveIsAGoodRating() {
    WebhookEvent event = webhook.parse(Fixtures.bytes("rating-5.json"));

    Rating rating = ((WebhookEvent.RatingAdded) event).rating();
    assertThat(rating.score()).isEqualTo(5);
    assertThat(rating.isBad()).isFalse();
    assertThat(rating.teammateId()).isEqualTo("814400337");
    assertThat(rating.ratedAt()).isEqualTo(Instant.ofEpochSecond(1764771480));
    assertThat(rating.version()).isEqualTo(Instant.ofEpochSecond(1764771600));
    assertThat(rating.customer().name()).isEqualTo("Ren Hoshino");
  }

  @Test
  void adminReplyNamesTheAuthorOfTheLastAdminComment() {
    WebhookEvent event = webhook.parse(Fixtures.bytes("admin-replied-1.json"));

    assertThat(event)
        .isEqualTo(
            new WebhookEvent.AdminReplied(
                "notif_2f8a6c33-1d4e-4b9a-b7c2-5e0f3a9d6c28",
                "310045667781234",
                "814400990",
                Instant.ofEpochSecond(1764772200)));
    assertThat(((WebhookEvent.AdminReplied) event).toTeammateReply())
        .isEqualTo(new Actions.TeammateReply("814400990", Instant.ofEpochSecond(1764772200)));
  }

  @Test
  void adminReplyWithoutPartsFallsBackToTheAssigneeAndTheNotificationTime() {
    String body =
        """
        {"type": "notification_event", "topic": "conversation.admin.replied", "id": "notif_x",
         "created_at": 1764772301,
         "data": {"item": {"type": "conversation", "id": "310045667781234",
                           "admin_assignee_id": 814400221,
                           "conversation_parts": {"conversation_parts": [
                             {"part_type": "note", "created_at": 1764772000,
                              "author": {"type": "admin", "id": "814400555"}}]}}}}
        """;

    WebhookEvent event = webhook.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(event)
        .isEqualTo(
            new WebhookEvent.AdminReplied(
                "notif_x", "310045667781234", "814400221", Instant.ofEpochSecond(1764772301)));
  }

  @Test
  void pingIsRecognised() {
    WebhookEvent event = webhook.parse(Fixtures.bytes("ping.json"));

    assertThat(event).isEqualTo(new WebhookEvent.Ping("notif_ping_1"));
  }

  @Test
  void unknownTopicBecomesOtherWithTheTopic() {
    byte[] body =
        "{\"topic\":\"conversation.user.created\",\"id\":\"notif_9\",\"data\":{\"item\":{}}}"
            .getBytes(StandardCharsets.UTF_8);

    WebhookEvent event = webhook.parse(body);

    assertThat(event).isEqualTo(new WebhookEvent.Other("notif_9", "conversation.user.created"));
  }

  @Test
  void ratingWithoutTeammateHasNullTeammateAndEmptyRemark() {
    String body =
        rating1()
            .replace("\"remark\": \"Charged twice, still no refund 😡 *third* time I ask\",", "")
            .replace(
                "\"teammate\": {\n          \"type\": \"admin\",\n          \"id\": \"814400221\"\n        }",
                "\"teammate\": null");

    Rating rating = ((WebhookEvent.RatingAdded) parse(body)).rating();

    assertThat(rating.teammateId()).isNull();
    assertThat(rating.remark()).isEmpty();
  }

  @Test
  void bodyThatIsNotJsonIsRefused() {
    assertThatThrownBy(() -> parse("topic=ping&id=1"))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("body")
        .hasMessageContaining("not JSON");
  }

  @Test
  void jsonThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> parse("[\"ping\"]"))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void bodyWithoutTopicIsRefused() {
    String body = rating1().replace("\"topic\": \"conversation.rating.added\",", "");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("topic")
        .extracting(e -> ((InvalidWebhookException) e).field())
        .isEqualTo("topic");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void ratingOutsideOneToFiveIsRefused(int score) {
    String body = rating1().replace("\"rating\": 1,", "\"rating\": " + score + ",");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.conversation_rating.rating");
  }

  @Test
  void ratingThatIsNotANumberIsRefused() {
    String body = rating1().replace("\"rating\": 1,", "\"rating\": \"bad\",");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.conversation_rating.rating");
  }

  @Test
  void ratingWithoutItemIdIsRefused() {
    String body = rating1().replace("\"id\": \"310045667781234\",", "");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "../../etc/passwd", "<script>", "a b", ""})
  void conversationIdsThatCannotNameACaseAreRefused(String id) {
    String body = rating1().replace("\"id\": \"310045667781234\",", "\"id\": \"" + id + "\",");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.id");
  }

  @Test
  void anOverlongConversationIdIsRefused() {
    String body =
        rating1().replace("\"id\": \"310045667781234\",", "\"id\": \"" + "9".repeat(5000) + "\",");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("1 to 64");
  }

  @Test
  void aMissingScoreIsNamedAsMissing() {
    String body = rating1().replace("\"rating\": 1,", "");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageEndingWith("was missing");
  }

  @Test
  void adminReplyWithoutItemIdIsRefused() {
    String body =
        new String(Fixtures.bytes("admin-replied-1.json"), StandardCharsets.UTF_8)
            .replace("\"id\": \"310045667781234\",", "");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.id");
  }

  @Test
  void ratingWithoutCreatedAtIsRefused() {
    String body = rating1().replace("\"created_at\": 1764770580,", "");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.conversation_rating.created_at");
  }

  @Test
  void ratingWithoutUpdatedAtIsRefused() {
    String body =
        rating1().replace("\"updated_at\": 1764770700,\n        \"contact\"", "\"contact\"");

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.conversation_rating.updated_at");
  }

  @Test
  void ratingTopicWithoutConversationRatingIsRefused() {
    String body =
        "{\"topic\":\"conversation.rating.added\",\"id\":\"n\",\"data\":{\"item\":{\"id\":\"1\"}}}";

    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("data.item.conversation_rating");
  }

  private WebhookEvent parse(String body) {
    return webhook.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String rating1() {
    return new String(Fixtures.bytes("rating-1.json"), StandardCharsets.UTF_8);
  }
}
