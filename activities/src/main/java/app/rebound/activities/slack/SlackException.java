package app.rebound.activities.slack;

/**
 * A Slack Web API call that did not succeed. Subclasses say whether trying again can help: {@link
 * SlackPermanentException} never, {@link SlackRateLimitedException} after the delay Slack asked
 * for, {@link SlackTransientException} after Temporal's usual backoff.
 */
public abstract class SlackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;

  SlackException(String method, String message, Throwable cause) {
    super(message, cause);
    this.method = method;
  }

  /** The Web API method that failed, such as {@code chat.postMessage}. */
  public String method() {
    return method;
  }
}
