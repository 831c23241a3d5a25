package app.rebound.api.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack interactivity requests for tests, in the form body Slack posts. */
public final class Slack {
  public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Slack-Signature";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Slack() {}

  /** A {@code block_actions} click of a button with {@code value} the case id. */
  public static ObjectNode click(
      String user, String actionId, String caseId, String channel, String messageTs) {
    ObjectNode payload = MAPPER.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("user").put("id", user).put("username", user.toLowerCase());
    payload.put("trigger_id", "1337.42.trigger" + System.nanoTime());
    payload.putObject("team").put("id", "T0TEAM");
    payload.putObject("channel").put("id", channel);
    payload.putObject("message").put("ts", messageTs).put("type", "message");
    payload
        .putObject("container")
        .put("type", "message")
        .put("channel_id", channel)
        .put("message_ts", messageTs);
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button");
    action.put("action_id", actionId);
    action.put("block_id", "case_actions");
    action.put("value", caseId);
    action.put("action_ts", Long.toString(System.currentTimeMillis() / 1000));
    return payload;
  }

  /**
   * A {@code view_submission} of the fix modal; a null argument leaves that input empty, as Slack
   * sends an untouched optional input.
   */
  public static ObjectNode fixSubmission(
      String user, String caseId, String rootCause, String productArea, String whatWasFixed) {
    ObjectNode payload = MAPPER.createObjectNode();
    payload.put("type", "view_submission");
    payload.putObject("user").put("id", user);
    payload.put("trigger_id", "1337.43.trigger" + System.nanoTime());
    ObjectNode view = payload.putObject("view");
    view.put("id", "V0FAKE");
    view.put("type", "modal");
    view.put("callback_id", "fix_modal");
    view.put("private_metadata", caseId);
    ObjectNode values = view.putObject("state").putObject("values");
    ObjectNode root = values.putObject("root_cause").putObject("root_cause");
    root.put("type", "static_select");
    if (rootCause == null) {
      root.putNull("selected_option");
    } else {
      root.putObject("selected_option").put("value", rootCause);
    }
    values
        .putObject("product_area")
        .putObject("product_area")
        .put("type", "plain_text_input")
        .put("value", productArea);
    values
        .putObject("what_was_fixed")
        .putObject("what_was_fixed")
        .put("type", "plain_text_input")
        .put("value", whatWasFixed);
    values
        .putObject("eta")
        .putObject("eta")
        .put("type", "datetimepicker")
        .putNull("selected_date_time");
    return payload;
  }

  /** The raw body Slack posts: {@code payload=<url-encoded JSON>}. */
  public static byte[] form(ObjectNode payload) {
    try {
      return ("payload="
              + URLEncoder.encode(MAPPER.writeValueAsString(payload), StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code X-Slack-Signature}: {@code v0=} and the hex HMAC-SHA256 of {@code v0:ts:body}. */
  public static String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              TestApp.SLACK_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
      mac.update(body);
      return "v0=" + HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
