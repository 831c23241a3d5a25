package app.rebound.workflows.playbook;

import java.time.Duration;

/** The playbook's duration syntax: a whole number and one unit, {@code 90s 15m 1h 2d}. */
public final class Durations {
  private Durations() {}

  public static Duration parse(String text) {
    throw new UnsupportedOperationException("being written");
  }

  public static String format(Duration duration) {
    throw new UnsupportedOperationException("being written");
  }
}
