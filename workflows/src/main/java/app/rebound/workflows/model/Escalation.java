package app.rebound.workflows.model;

import java.time.Instant;

/**
 * One missed deadline and what Rebound did about it.
 *
 * @param kind {@code claim_missed}, {@code follow_up_missed}, {@code fix_missed} or {@code
 *     check_in_missed}
 * @param at when the escalation happened
 * @param deadline the deadline that was missed
 */
public record Escalation(String kind, Instant at, Instant deadline) {
  public static final String CLAIM_MISSED = "claim_missed";
  public static final String FOLLOW_UP_MISSED = "follow_up_missed";
  public static final String FIX_MISSED = "fix_missed";
  public static final String CHECK_IN_MISSED = "check_in_missed";
  public static final String RATING_WORSENED = "rating_worsened";
}
