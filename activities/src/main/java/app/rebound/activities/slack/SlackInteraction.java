package app.rebound.activities.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * A Slack interactivity request (a button click or a modal submission) in Rebound's own terms, read
 * from the {@code payload} form field that Slack posts.
 *
 * @param type {@link #BLOCK_ACTIONS} or {@link #VIEW_SUBMISSION}
 * @param userId the Slack user who clicked or submitted
 * @param actionId for a click, the button's action id (see {@link MessageRenderer#CLAIM} and
 *     friends); null for a submission
 * @param value for a click, the button's value: the case id; null for link buttons
 * @param triggerId to open a modal in answer, valid for 3 seconds
 * @param channelId the channel of the clicked message; null for a submission or a click in a modal
 * @param messageTs the ts of the clicked message; null like {@code channelId}
 * @param callbackId for a submission, the modal's callback id, such as {@link FixModal#CALLBACK_ID}
 * @param privateMetadata for a submission, the modal's private metadata: the case id
 * @param fix for a submission of the fix modal, what was submitted; otherwise null
 */
public record SlackInteraction(
    String type,
    String userId,
    String actionId,
    String value,
    String triggerId,
    String channelId,
    String messageTs,
    String callbackId,
    String privateMetadata,
    FixModal.Submission fix) {

  public static final String BLOCK_ACTIONS = "block_actions";
  public static final String VIEW_SUBMISSION = "view_submission";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public boolean isBlockAction() {
    return BLOCK_ACTIONS.equals(type);
  }

  public boolean isViewSubmission() {
    return VIEW_SUBMISSION.equals(type);
  }

  /** The case the interaction is about: the button's value or the modal's private metadata. */
  public String caseId() {
    return isViewSubmission() ? privateMetadata : value;
  }

  /**
   * Reads the raw {@code application/x-www-form-urlencoded} body Slack posts, which holds the JSON
   * in its {@code payload} field.
   *
   * @throws IllegalArgumentException when there is no payload or it is not a usable interaction
   */
  public static SlackInteraction fromFormBody(byte[] body) {
    if (body == null) {
      throw new IllegalArgumentException("the interactivity request has no body");
    }
    String payload = FormBody.decode(new String(body, StandardCharsets.UTF_8)).get("payload");
    if (payload == null) {
      throw new IllegalArgumentException("the interactivity request has no 'payload' form field");
    }
    return parse(payload);
  }

  /**
   * Reads the JSON of the {@code payload} field.
   *
   * @throws IllegalArgumentException saying what is missing or unsupported
   */
  public static SlackInteraction parse(String payload) {
    if (payload == null || payload.isBlank()) {
      throw new IllegalArgumentException("the interactivity payload is empty");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the interactivity payload is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the interactivity payload is not a JSON object");
    }
    String type = required(root, "type", "type");
    String userId = required(root.path("user"), "id", "user.id");
    String triggerId = text(root.path("trigger_id"));
    return switch (type) {
      case BLOCK_ACTIONS -> blockActions(root, userId, triggerId);
      case VIEW_SUBMISSION -> viewSubmission(root, userId, triggerId);
      default ->
          throw new IllegalArgumentException(
              "unsupported interaction type '"
                  + type
                  + "': Rebound handles block_actions and view_submission");
    };
  }

  private static SlackInteraction blockActions(JsonNode root, String userId, String triggerId) {
    JsonNode actions = root.path("actions");
    if (!actions.isArray() || actions.isEmpty()) {
      throw new IllegalArgumentException("block_actions payload has no actions");
    }
    JsonNode action = actions.get(0);
    String actionId = required(action, "action_id", "actions[0].action_id");
    JsonNode container = root.path("container");
    String channelId = text(root.path("channel").path("id"));
    if (channelId == null) {
      channelId = text(container.path("channel_id"));
    }
    String messageTs = text(root.path("message").path("ts"));
    if (messageTs == null) {
      messageTs = text(container.path("message_ts"));
    }
    return new SlackInteraction(
        BLOCK_ACTIONS,
        userId,
        actionId,
        text(action.path("value")),
        triggerId,
        channelId,
        messageTs,
        null,
        null,
        null);
  }

  private static SlackInteraction viewSubmission(JsonNode root, String userId, String triggerId) {
    JsonNode view = root.path("view");
    if (!view.isObject()) {
      throw new IllegalArgumentException("view_submission payload has no view");
    }
    String callbackId = required(view, "callback_id", "view.callback_id");
    String privateMetadata = text(view.path("private_metadata"));
    FixModal.Submission fix = null;
    if (FixModal.CALLBACK_ID.equals(callbackId)) {
      if (privateMetadata == null) {
        throw new IllegalArgumentException(
            "view_submission of fix_modal lacks view.private_metadata (the case id)");
      }
      fix = FixModal.parse(view.path("state").path("values"));
    }
    return new SlackInteraction(
        VIEW_SUBMISSION,
        userId,
        null,
        null,
        triggerId,
        null,
        null,
        callbackId,
        privateMetadata,
        fix);
  }

  private static String required(JsonNode node, String field, String path) {
    String value = text(node.path(field));
    if (value == null) {
      throw new IllegalArgumentException("the interactivity payload lacks " + path);
    }
    return value;
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }
}
