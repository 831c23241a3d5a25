package app.rebound.activities.intercom;

import static app.rebound.activities.intercom.IntercomJson.epochSeconds;
import static app.rebound.activities.intercom.IntercomJson.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;

/**
 * Parses the raw body of an Intercom webhook delivery ({@code notification_event}, REST API 2.x)
 * into a {@link WebhookEvent}. Thread-safe; check the signature with {@link HubSignature} first.
 */
public final class IntercomWebhook {
  /** Conversation ids name workflows and URLs, so only plain ids get through. */
  private static final java.util.regex.Pattern CONVERSATION_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public static final String PING = "ping";
  public static final String RATING_ADDED = "conversation.rating.added";
  public static final String ADMIN_REPLIED = "conversation.admin.replied";

  /**
   * @throws InvalidWebhookException when the body is not a JSON object, has no {@code topic}, or a
   *     rating or reply lacks what Rebound needs; its message names the field
   */
  public WebhookEvent parse(byte[] body) {
    JsonNode root = readObject(body);
    String topic = text(root, "topic");
    if (topic == null) {
      throw new InvalidWebhookException("topic", "topic is missing");
    }
    String notificationId = text(root, "id");

    return switch (topic) {
      case PING -> new WebhookEvent.Ping(notificationId);
      case RATING_ADDED ->
          new WebhookEvent.RatingAdded(
              notificationId,
              ConversationRatings.toRating(
                  conversation(root), "data.item", notificationId, ConversationRatings.WEBHOOK));
      case ADMIN_REPLIED -> adminReplied(root, notificationId);
      default -> new WebhookEvent.Other(notificationId, topic);
    };
  }

  private static JsonNode readObject(byte[] body) {
    JsonNode root;
    try {
      root = IntercomJson.MAPPER.readTree(body == null ? new byte[0] : body);
    } catch (JacksonException e) {
      throw new InvalidWebhookException("body", "body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidWebhookException("body", "body cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidWebhookException("body", "body is not a JSON object");
    }
    return root;
  }

  private static JsonNode conversation(JsonNode root) {
    JsonNode item = root.path("data").path("item");
    if (!item.isObject()) {
      throw new InvalidWebhookException("data.item", "data.item is missing");
    }
    String id = text(item, "id");
    if (id == null) {
      throw new InvalidWebhookException("data.item.id", "data.item.id is missing");
    }
    if (!CONVERSATION_ID.matcher(id).matches()) {
      throw new InvalidWebhookException(
          "data.item.id",
          "data.item.id must be 1 to 64 letters, digits, '-' or '_' (Intercom's conversation ids"
              + " are digits)");
    }
    return item;
  }

  /**
   * The replying admin is the author of the last admin comment in {@code conversation_parts}; a
   * body without parts falls back to the assignee and the notification's own time.
   */
  private static WebhookEvent adminReplied(JsonNode root, String notificationId) {
    JsonNode item = conversation(root);
    JsonNode reply = lastAdminComment(item);
    String adminId;
    Instant at;
    if (reply != null) {
      adminId = text(reply.path("author"), "id");
      at = epochSeconds(reply, "created_at");
    } else {
      adminId = text(item, "admin_assignee_id");
      if (adminId == null) {
        adminId = lastTeammate(item);
      }
      at = null;
    }
    if (at == null) {
      at = epochSeconds(root, "created_at");
    }
    if (at == null) {
      throw new InvalidWebhookException(
          "created_at", "created_at is missing and no admin comment carries a time");
    }
    return new WebhookEvent.AdminReplied(notificationId, text(item, "id"), adminId, at);
  }

  private static JsonNode lastAdminComment(JsonNode item) {
    JsonNode parts = item.path("conversation_parts").path("conversation_parts");
    for (int i = parts.size() - 1; i >= 0; i--) {
      JsonNode part = parts.get(i);
      if ("comment".equals(text(part, "part_type"))
          && "admin".equals(text(part.path("author"), "type"))
          && text(part.path("author"), "id") != null) {
        return part;
      }
    }
    return null;
  }

  private static String lastTeammate(JsonNode item) {
    JsonNode admins = item.path("teammates").path("admins");
    return admins.size() == 0 ? null : text(admins.get(admins.size() - 1), "id");
  }
}
