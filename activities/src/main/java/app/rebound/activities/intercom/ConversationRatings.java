package app.rebound.activities.intercom;

import static app.rebound.activities.intercom.IntercomJson.epochSeconds;
import static app.rebound.activities.intercom.IntercomJson.text;

import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Rating;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Maps an Intercom conversation object with a {@code conversation_rating} to a {@link Rating}. */
final class ConversationRatings {

  static final String WEBHOOK = "webhook";
  static final String RECONCILIATION = "reconciliation";

  private ConversationRatings() {}

  /**
   * @param path where {@code conversation} sits in the document, for error messages
   * @throws InvalidWebhookException naming the field that is missing or out of range
   */
  static Rating toRating(JsonNode conversation, String path, String notificationId, String source) {
    String conversationId = text(conversation, "id");
    if (conversationId == null) {
      throw new InvalidWebhookException(path + ".id", path + ".id is missing");
    }
    JsonNode rating = conversation.path("conversation_rating");
    String ratingPath = path + ".conversation_rating";
    if (!rating.isObject()) {
      throw new InvalidWebhookException(ratingPath, ratingPath + " is missing");
    }
    JsonNode score = rating.path("rating");
    if (!score.isIntegralNumber() || score.asLong() < 1 || score.asLong() > 5) {
      throw new InvalidWebhookException(
          ratingPath + ".rating",
          ratingPath
              + ".rating must be a whole number from 1 to 5, was "
              + (score.isMissingNode() ? "missing" : score.toString()));
    }
    Instant ratedAt = requiredTime(rating, "created_at", ratingPath);
    Instant updatedAt = requiredTime(rating, "updated_at", ratingPath);
    String remark = text(rating, "remark");

    return new Rating(
        notificationId,
        conversationId,
        score.asInt(),
        remark == null ? "" : remark,
        ratedAt,
        updatedAt,
        customer(conversation, rating, ratingPath),
        text(rating.path("teammate"), "id"),
        conversation.path("ai_agent_participated").asBoolean(false),
        source);
  }

  private static Instant requiredTime(JsonNode rating, String field, String ratingPath) {
    Instant time = epochSeconds(rating, field);
    if (time == null) {
      throw new InvalidWebhookException(
          ratingPath + "." + field, ratingPath + "." + field + " must be epoch seconds");
    }
    return time;
  }

  /**
   * The rating's contact, named from the conversation's source author when that is the same
   * contact. Falls back to the conversation's first contact when the rating names none.
   */
  private static Customer customer(JsonNode conversation, JsonNode rating, String ratingPath) {
    JsonNode contact = rating.path("contact");
    if (text(contact, "id") == null) {
      contact = conversation.path("contacts").path("contacts").path(0);
    }
    String id = text(contact, "id");
    if (id == null) {
      throw new InvalidWebhookException(
          ratingPath + ".contact.id", ratingPath + ".contact.id is missing");
    }
    JsonNode author = conversation.path("source").path("author");
    boolean sameContact = id.equals(text(author, "id"));
    return new Customer(
        id,
        text(contact, "external_id"),
        sameContact ? text(author, "name") : null,
        sameContact ? text(author, "email") : null);
  }
}
