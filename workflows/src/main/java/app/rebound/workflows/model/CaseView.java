package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A case as people see it: the JSON of {@code GET /api/cases/{caseId}} and the row of the read
 * model. The workflow builds it from its state at every stage change; nothing reads it back into
 * the workflow.
 *
 * @param caseId {@code csat-<conversationId>}, with a suffix for later cases on the same
 *     conversation
 * @param workflowId the Temporal workflow that runs the case
 * @param status {@code open} or {@code closed}
 * @param overdue whether a deadline has passed without its step being done
 * @param teammate the Intercom admin id who handled the conversation
 * @param owner the Slack user id of the person who claimed the case
 * @param previousScores earlier scores of this case, oldest first, when the customer changed it
 * @param aiAgentParticipated whether Intercom's AI agent took part in the conversation
 * @param repeat whether a 3 is handled like a 2 because the customer gave a 3 recently
 * @param conversationUrl the conversation in Intercom's inbox
 * @param caseUrl the case on Rebound's dashboard
 * @param workflowUrl the case's workflow in the Temporal Web UI, or null
 * @param problems permanent failures (a Slack channel not found, say) that need an operator
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseView(
    String caseId,
    String workflowId,
    String conversationId,
    int score,
    List<Integer> previousScores,
    String status,
    Stage stage,
    boolean overdue,
    Customer customer,
    String teammate,
    String teammateName,
    String remark,
    String owner,
    Instant ratedAt,
    Instant claimedAt,
    Instant followedUpAt,
    String followedUpBy,
    Instant fixedAt,
    Instant checkInPromptedAt,
    Instant checkedInAt,
    Instant closedAt,
    Deadlines deadlines,
    List<Escalation> escalations,
    String rootCause,
    String productArea,
    String fix,
    Instant fixEta,
    Outcome outcome,
    boolean repeat,
    boolean aiAgentParticipated,
    String conversationUrl,
    String caseUrl,
    String workflowUrl,
    List<String> problems) {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";

  @JsonIgnore
  public boolean isOpen() {
    return OPEN.equals(status);
  }
}
