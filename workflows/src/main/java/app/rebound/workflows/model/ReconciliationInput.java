package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;

/**
 * @param since the earliest rating time the next round looks for
 * @param every the pause between two rounds (the playbook's {@code reconcileEvery})
 * @param rounds how many rounds one run makes before it continues as new, to keep its history
 *     small; zero or less means {@link #DEFAULT_ROUNDS}
 */
public record ReconciliationInput(Instant since, Duration every, int rounds) {
  public static final int DEFAULT_ROUNDS = 100;

  public ReconciliationInput withSince(Instant next) {
    return new ReconciliationInput(next, every, rounds);
  }

  @JsonIgnore
  public int roundsPerRun() {
    return rounds > 0 ? rounds : DEFAULT_ROUNDS;
  }
}
