package app.rebound.workflows.model;

import java.time.Instant;

/** The deadlines of a case; a null deadline does not apply (or not yet). */
public record Deadlines(Instant claim, Instant followUp, Instant fix, Instant checkIn) {
  public static final Deadlines NONE = new Deadlines(null, null, null, null);
}
