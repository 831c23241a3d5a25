package app.rebound.activities.db;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The received Intercom rating deliveries, so that the same rating never makes a second case,
 * whenever it arrives. A delivery is identified by its notification id and, independently, by its
 * conversation and rating version ({@code updated_at}); a match on either is the same delivery.
 *
 * <p>The caller records the delivery with {@link #begin}, hands the rating to its workflow, then
 * {@link #complete}s it. If handing over fails, the pending row stays (or is {@link #abandon}ed),
 * so that Intercom's next attempt, or reconciliation, handles it again: nothing is lost.
 */
public final class DeliveryStore {
  private static final String PENDING = "pending";
  private static final String DONE = "done";
  private static final int BEGIN_ATTEMPTS = 5;

  private final Jdbi jdbi;
  private final Clock clock;

  public DeliveryStore(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  public DeliveryStore(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a delivery, or tells what an earlier one of the same rating came to. Of concurrent
   * calls for the same delivery exactly one gets {@link Delivery.Status#NEW}.
   *
   * @param notificationId Intercom's notification id; null for a rating found by reconciliation
   * @param conversationId the rated conversation
   * @param ratingVersion the rating's {@code updated_at} (see {@code Rating.version()})
   */
  public Delivery begin(String notificationId, String conversationId, Instant ratingVersion) {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(ratingVersion, "ratingVersion");
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.withHandle(
            handle -> beginOnce(handle, notificationId, conversationId, ratingVersion));
      } catch (RuntimeException e) {
        // Another begin inserted the same delivery between our look-up and our insert: the next
        // look-up finds its row.
        if (attempt >= BEGIN_ATTEMPTS || !SqlConflicts.isConflict(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Marks a delivery done: its rating is with the case's workflow.
   *
   * @return false when it was done already or no longer exists
   */
  public boolean complete(Delivery delivery, String caseId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE deliveries SET state = :done, case_id = :caseId,"
                            + " completed_at = :now WHERE id = :id AND state = :pending")
                    .bind("done", DONE)
                    .bind("pending", PENDING)
                    .bind("caseId", caseId)
                    .bindByType("now", now, Instant.class)
                    .bind("id", delivery.id())
                    .execute())
        > 0;
  }

  /**
   * Forgets a delivery that could not be handled, so that its next arrival is {@link
   * Delivery.Status#NEW} again. A done delivery stays.
   */
  public void abandon(Delivery delivery) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM deliveries WHERE id = :id AND state = :pending")
                .bind("id", delivery.id())
                .bind("pending", PENDING)
                .execute());
  }

  private Delivery beginOnce(
      Handle handle, String notificationId, String conversationId, Instant ratingVersion) {
    Query lookUp =
        handle
            .createQuery(
                "SELECT id, state, case_id FROM deliveries"
                    + " WHERE (conversation_id = :conversationId AND rating_version = :version)"
                    + (notificationId != null ? " OR notification_id = :notificationId" : "")
                    + " ORDER BY id")
            .bind("conversationId", conversationId)
            .bindByType("version", ratingVersion, Instant.class);
    if (notificationId != null) {
      lookUp.bind("notificationId", notificationId);
    }
    List<Delivery> earlier =
        lookUp
            .map(
                (rs, ctx) ->
                    new Delivery(
                        rs.getLong("id"),
                        DONE.equals(rs.getString("state"))
                            ? Delivery.Status.DUPLICATE
                            : Delivery.Status.RETRY,
                        rs.getString("case_id")))
            .list();
    if (!earlier.isEmpty()) {
      return earlier.stream()
          .filter(d -> d.status() == Delivery.Status.DUPLICATE)
          .findFirst()
          .orElse(new Delivery(earlier.get(0).id(), Delivery.Status.RETRY, null));
    }
    long id =
        handle
            .createUpdate(
                "INSERT INTO deliveries (notification_id, conversation_id, rating_version, state,"
                    + " received_at) VALUES (:notificationId, :conversationId, :version,"
                    + " :pending, :now)")
            .bind("notificationId", notificationId)
            .bind("conversationId", conversationId)
            .bindByType("version", ratingVersion, Instant.class)
            .bind("pending", PENDING)
            .bindByType("now", clock.instant().truncatedTo(ChronoUnit.MICROS), Instant.class)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new Delivery(id, Delivery.Status.NEW, null);
  }
}
