package app.rebound.workflows.model;

import java.util.List;

/**
 * What Intercom knows about a rated conversation beyond the webhook, shown in the alert so that the
 * owner can find the root cause before reaching out. Any field may be null or empty when Intercom
 * did not answer.
 *
 * @param subject the conversation's subject or title, plain text
 * @param messages the last few customer and teammate messages, oldest first, never internal notes
 * @param secondsToFirstReply Intercom's {@code statistics.time_to_admin_reply}
 * @param reopens Intercom's {@code statistics.count_reopens}
 * @param tags tag names
 * @param customerName the contact's name from Intercom, when the webhook lacked it
 * @param customerEmail the contact's email from Intercom, when the webhook lacked it
 * @param teammateName the handling admin's name
 */
public record ConversationContext(
    String subject,
    List<Message> messages,
    Long secondsToFirstReply,
    Integer reopens,
    List<String> tags,
    String customerName,
    String customerEmail,
    String teammateName) {

  public static final ConversationContext EMPTY =
      new ConversationContext(null, List.of(), null, null, List.of(), null, null, null);

  /**
   * One message of the conversation.
   *
   * @param author {@code customer} or {@code teammate}
   * @param authorName who wrote it, when known
   * @param text the body as plain text, HTML stripped
   * @param at epoch seconds
   */
  public record Message(String author, String authorName, String text, long at) {}
}
