package app.rebound.activities.slack;

/**
 * A failure that may pass by itself: a network error, a timeout, an HTTP 5xx or one of Slack's
 * {@code internal_error}-like answers.
 */
public final class SlackTransientException extends SlackException {
  private static final long serialVersionUID = 1L;

  public SlackTransientException(String method, String message, Throwable cause) {
    super(method, method + " failed and may succeed later: " + message, cause);
  }
}
