package app.rebound.activities.slack;

import java.time.Duration;

/** Slack answered HTTP 429: the call may be tried again once {@link #retryAfter()} has passed. */
public final class SlackRateLimitedException extends SlackException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public SlackRateLimitedException(String method, Duration retryAfter) {
    super(method, method + " was rate limited by Slack; retry after " + retryAfter, null);
    this.retryAfter = retryAfter;
  }

  /** The delay from Slack's {@code Retry-After} header. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
