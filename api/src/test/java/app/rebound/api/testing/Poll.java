package app.rebound.api.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something that the workflow does asynchronously. */
public final class Poll {
  private static final long INTERVAL_MILLIS = 50;

  private Poll() {}

  /**
   * The first non-null value of {@code probe} within {@code timeout}.
   *
   * @throws AssertionError naming {@code what} when none came
   */
  public static <T> T until(Duration timeout, String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }
}
