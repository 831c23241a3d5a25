package app.rebound.activities.slack;

/**
 * Slack answered {@code ok:false} with an error that no retry can cure ({@code channel_not_found},
 * {@code invalid_auth}, ...): a person has to change the configuration or the Slack app first.
 */
public final class SlackPermanentException extends SlackException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final String hint;

  public SlackPermanentException(String method, String error, String hint) {
    super(method, method + " failed with '" + error + "': " + hint, null);
    this.error = error;
    this.hint = hint;
  }

  /** Slack's error code, such as {@code channel_not_found}. */
  public String error() {
    return error;
  }

  /** What to change so that the call succeeds. */
  public String hint() {
    return hint;
  }
}
