package app.rebound.activities.slack;

import java.util.regex.Pattern;

/** Making text safe for Slack's mrkdwn and keeping it within Slack's limits. */
final class SlackText {
  static final int HEADER_LIMIT = 150;
  static final int SECTION_LIMIT = 3000;
  static final int FIELD_LIMIT = 2000;
  static final int BUTTON_TEXT_LIMIT = 75;

  private static final String ELLIPSIS = "…";
  private static final String ZERO_WIDTH_SPACE = "\u200B";
  private static final Pattern SLACK_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  private SlackText() {}

  /** Escapes the three characters Slack treats as markup: {@code &}, {@code <} and {@code >}. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * Text that someone outside Rebound wrote (a remark, a name, a message), shown exactly as
   * written. Besides escaping, each of mrkdwn's formatting marks ({@code * _ ~ `}) is fenced by
   * zero-width spaces: mrkdwn has no escape for them, and a mark that does not touch a word
   * boundary is not treated as formatting.
   */
  static String user(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    String escaped = escape(text);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '*' || c == '_' || c == '~' || c == '`') {
        out.append(ZERO_WIDTH_SPACE).append(c).append(ZERO_WIDTH_SPACE);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Every line of {@code mrkdwn} as a block quote. */
  static String quote(String mrkdwn) {
    return "> " + mrkdwn.replace("\n", "\n> ");
  }

  /** A mention of a Slack user id; anything that is not a user id is shown as escaped text. */
  static String mention(String userId) {
    if (userId != null && SLACK_ID.matcher(userId).matches()) {
      return "<@" + userId + ">";
    }
    return user(userId);
  }

  /** A mrkdwn link; the URL keeps Slack's markup characters out of the link syntax. */
  static String link(String url, String label) {
    if (url == null || url.isBlank()) {
      return escape(label);
    }
    String safeUrl =
        url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    return "<" + safeUrl + "|" + escape(label) + ">";
  }

  /**
   * Cuts {@code text} to at most {@code limit} UTF-16 units, ending in an ellipsis. The cut never
   * splits a surrogate pair (an emoji) nor an escaped entity such as {@code &amp;}.
   */
  static String truncate(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    int end = limit - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    int amp = text.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp > end - 5) {
      int semicolon = text.indexOf(';', amp);
      if (semicolon < 0 || semicolon >= end) {
        end = amp;
      }
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
