package app.rebound.workflows.activities;

import app.rebound.workflows.model.ConversationContext;
import io.temporal.activity.ActivityInterface;

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
}
