package app.rebound.workflows.playbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;

/**
 * A deadline as the playbook writes it: a fixed duration ({@code 15m}, {@code 1h}, {@code 2d}) or
 * {@code sameBusinessDay}. Its wire form is that same text, in YAML and in workflow payloads.
 */
public record DeadlineRule(Duration duration, boolean sameBusinessDay) {
  public static final String SAME_BUSINESS_DAY = "sameBusinessDay";

  public static DeadlineRule within(Duration duration) {
    return new DeadlineRule(duration, false);
  }

  public static DeadlineRule sameBusinessDayRule() {
    return new DeadlineRule(null, true);
  }

  /** Parses {@code sameBusinessDay} or a duration such as {@code 90s}; see {@link Durations}. */
  @JsonCreator
  public static DeadlineRule parse(String text) {
    if (SAME_BUSINESS_DAY.equals(text)) {
      return sameBusinessDayRule();
    }
    return within(Durations.parse(text));
  }

  @JsonValue
  public String text() {
    return sameBusinessDay ? SAME_BUSINESS_DAY : Durations.format(duration);
  }
}
