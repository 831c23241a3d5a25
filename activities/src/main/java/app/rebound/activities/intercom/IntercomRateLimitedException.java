package app.rebound.activities.intercom;

import java.time.Instant;

/** Intercom answered 429; the call may be repeated from {@link #resetAt()} on. */
public class IntercomRateLimitedException extends IntercomException {

  private final Instant resetAt;

  public IntercomRateLimitedException(String message, Instant resetAt) {
    super(message, null);
    this.resetAt = resetAt;
  }

  /** When Intercom's rate-limit window resets ({@code X-RateLimit-Reset}). */
  public Instant resetAt() {
    return resetAt;
  }
}
