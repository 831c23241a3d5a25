package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One CSAT rating delivery, mapped from Intercom's payload to Rebound's own type.
 *
 * @param notificationId Intercom's notification id, or null when the rating came from
 *     reconciliation
 * @param conversationId the rated conversation
 * @param score 1 (furious) to 5 (delighted)
 * @param remark what the customer wrote with the rating, possibly empty
 * @param ratedAt when the customer first rated ({@code conversation_rating.created_at})
 * @param updatedAt when the rating last changed ({@code conversation_rating.updated_at}); two
 *     deliveries with the same conversation and updatedAt are the same rating
 * @param teammateId the Intercom admin who handled the conversation, null when none
 * @param aiAgentParticipated whether Intercom's AI agent took part in the conversation
 * @param source {@code webhook} or {@code reconciliation}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rating(
    String notificationId,
    String conversationId,
    int score,
    String remark,
    Instant ratedAt,
    Instant updatedAt,
    Customer customer,
    String teammateId,
    boolean aiAgentParticipated,
    String source) {

  /** The instant that identifies this version of the rating. */
  @JsonIgnore
  public Instant version() {
    return updatedAt != null ? updatedAt : ratedAt;
  }

  @JsonIgnore
  public boolean isBad() {
    return score <= 2;
  }
}
