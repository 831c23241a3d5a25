package app.rebound.activities.db;

/**
 * What {@link DeliveryStore#begin} found out about a rating delivery.
 *
 * @param id the delivery's row, to pass to {@link DeliveryStore#complete} or {@link
 *     DeliveryStore#abandon}
 * @param status whether the delivery is new, a retry of an unfinished one, or a duplicate
 * @param caseId the case that a finished delivery went to; null unless {@link Status#DUPLICATE}
 */
public record Delivery(long id, Status status, String caseId) {

  public enum Status {
    /** First seen now; a pending row records it. */
    NEW,
    /**
     * Seen before but not finished: an earlier attempt (or one running right now) did not complete
     * it. Handle it again; the workflow ignores a rating it already has.
     */
    RETRY,
    /** Handled already, under either key: do nothing. */
    DUPLICATE
  }

  /** Whether the rating still has to be handed to its workflow. */
  public boolean needsHandling() {
    return status != Status.DUPLICATE;
  }
}
