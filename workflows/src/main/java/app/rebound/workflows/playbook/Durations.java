package app.rebound.workflows.playbook;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The playbook's duration syntax: a positive whole number and one unit, {@code s}, {@code m},
 * {@code h} or {@code d}, as in {@code 90s 15m 1h 2d}. Nothing else is accepted: no spaces inside,
 * no combined units, no zero, no capital letters ({@code M} could be read as months).
 */
public final class Durations {
  /**
   * The longest duration accepted. A timer further out than this is a typo, and keeping every value
   * small keeps {@code Instant.plus} from overflowing inside a workflow.
   */
  public static final Duration MAX = Duration.ofDays(3650);

  static final String ACCEPTED = "write 90s, 15m, 1h or 2d";

  private static final Pattern SYNTAX = Pattern.compile("([0-9]+)([smhd])");

  private Durations() {}

  /**
   * Reads {@code 90s}, {@code 15m}, {@code 1h} or {@code 2d}.
   *
   * @throws IllegalArgumentException for anything else, saying what is accepted
   */
  public static Duration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a duration is missing (" + ACCEPTED + ")");
    }
    Matcher matcher = SYNTAX.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (" + ACCEPTED + ")");
    }
    String digits = matcher.group(1);
    if (digits.length() > 9) {
      throw new IllegalArgumentException(
          "'" + text + "' is longer than the longest duration accepted, " + format(MAX));
    }
    long amount = Long.parseLong(digits);
    if (amount == 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a positive duration (" + ACCEPTED + ")");
    }
    Duration duration =
        switch (matcher.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    if (duration.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is longer than the longest duration accepted, " + format(MAX));
    }
    return duration;
  }

  /**
   * Writes {@code duration} in the largest unit that divides it exactly: 90 seconds is {@code 90s},
   * 3600 seconds {@code 1h}, 90 minutes {@code 90m}. {@code parse(format(d))} equals {@code d}.
   *
   * @throws IllegalArgumentException for a duration that is not a positive whole number of seconds
   */
  public static String format(Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
      throw new IllegalArgumentException(
          "only a positive whole number of seconds can be written as a duration, not " + duration);
    }
    long seconds = duration.getSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
