package app.rebound.workflows.activities;

import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Rating;
import io.temporal.activity.ActivityInterface;
import java.time.Instant;
import java.util.List;

/** Intercom's REST API 2.x, read-only. */
@ActivityInterface
public interface IntercomActivities {

  /**
   * The conversation's subject, last messages, statistics and tags, and the names of the customer
   * and the teammate. Without an access token it returns {@link ConversationContext#EMPTY}.
   */
  ConversationContext conversationContext(ContextRequest request);

  /**
   * @param customerId the contact id, to look up name and email the webhook lacked
   * @param teammateId the admin id, to look up the teammate's name; may be null
   */
  record ContextRequest(String conversationId, String customerId, String teammateId) {}

  /**
   * The ratings Intercom recorded in the window, for the reconciliation, with source {@code
   * reconciliation} and no notification id. Without an access token it returns none.
   */
  List<Rating> ratingsSince(RatingWindow window);

  /** The half-open window {@code [since, until)} of rating times to look for. */
  record RatingWindow(Instant since, Instant until) {}
}
