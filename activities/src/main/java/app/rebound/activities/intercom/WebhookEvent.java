package app.rebound.activities.intercom;

import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.Rating;
import java.time.Instant;

/** One Intercom webhook delivery, mapped to what Rebound does with it. */
public sealed interface WebhookEvent {

  /** Intercom's notification id (the body's top-level {@code id}), or null when absent. */
  String notificationId();

  /** The {@code ping} topic Intercom sends when a webhook is set up; nothing to do. */
  record Ping(String notificationId) implements WebhookEvent {}

  /** {@code conversation.rating.added}: starts or updates the conversation's case. */
  record RatingAdded(String notificationId, Rating rating) implements WebhookEvent {}

  /**
   * {@code conversation.admin.replied}: a teammate replied on the conversation.
   *
   * @param adminId the admin who replied, or null when the body names none
   * @param at when the reply was made
   */
  record AdminReplied(String notificationId, String conversationId, String adminId, Instant at)
      implements WebhookEvent {

    public Actions.TeammateReply toTeammateReply() {
      return new Actions.TeammateReply(adminId, at);
    }
  }

  /** Any other topic: answered with 200 and otherwise ignored. */
  record Other(String notificationId, String topic) implements WebhookEvent {}
}
