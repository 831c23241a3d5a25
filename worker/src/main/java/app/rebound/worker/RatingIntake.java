package app.rebound.worker;

import app.rebound.activities.db.CaseFilter;
import app.rebound.activities.db.CaseStore;
import app.rebound.activities.db.Delivery;
import app.rebound.activities.db.DeliveryStore;
import app.rebound.workflows.CaseSearchAttributes;
import app.rebound.workflows.CaseWorkflow;
import app.rebound.workflows.model.CaseIds;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.playbook.Playbook;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns a rating delivery into a case: the webhook and reconciliation both come through here, so a
 * rating is handled the same way whichever way it arrived.
 *
 * <p>Duplicates are caught twice. The deliveries table stops a rating seen before, even after its
 * case closed; a running case ignores a rating version it already has, which covers two copies of
 * one delivery racing each other.
 */
public final class RatingIntake {
  private static final Logger log = LoggerFactory.getLogger(RatingIntake.class);

  private final WorkflowClient client;
  private final DeliveryStore deliveries;
  private final CaseStore cases;
  private final Playbook playbook;
  private final LinksFactory links;
  private final boolean searchAttributes;

  /** Builds the links of a case from the Intercom workspace a delivery came from. */
  @FunctionalInterface
  public interface LinksFactory {
    CaseInput.Links forApp(String intercomAppId);
  }

  public RatingIntake(
      WorkflowClient client,
      DeliveryStore deliveries,
      CaseStore cases,
      Playbook playbook,
      LinksFactory links,
      boolean searchAttributes) {
    this.client = client;
    this.deliveries = deliveries;
    this.cases = cases;
    this.playbook = playbook;
    this.links = links;
    this.searchAttributes = searchAttributes;
  }

  /** What became of a delivery. */
  public record Result(String caseId, boolean duplicate) {}

  /**
   * Starts the rating's case, or signals the running one. If Temporal cannot be reached the
   * delivery stays pending and the exception propagates, so that Intercom's retry (or the next
   * reconciliation) delivers it again: a rating is never lost and never doubled.
   */
  public Result receive(Rating rating, String intercomAppId) {
    MDC.put("conversationId", rating.conversationId());
    try {
      Delivery delivery =
          deliveries.begin(rating.notificationId(), rating.conversationId(), rating.version());
      if (!delivery.needsHandling()) {
        log.info("Duplicate rating delivery ignored");
        return new Result(delivery.caseId(), true);
      }
      List<CaseView> existing =
          cases.list(CaseFilter.all().withConversationId(rating.conversationId()));
      for (CaseView earlier : existing) {
        if (earlier.ratedAt() != null && !earlier.ratedAt().isBefore(rating.version())) {
          // A late copy of a rating older than a case already made: starting a case for it would
          // fire every long-passed deadline at once.
          log.info("Stale rating delivery ignored: case {} is newer", earlier.caseId());
          deliveries.complete(delivery, earlier.caseId());
          return new Result(earlier.caseId(), true);
        }
      }
      String caseId = nextCaseId(rating.conversationId(), existing);
      CaseInput input =
          new CaseInput(caseId, rating, playbook, links.forApp(intercomAppId), searchAttributes);
      CaseWorkflow workflow = client.newWorkflowStub(CaseWorkflow.class, options(rating));
      BatchRequest request = client.newSignalWithStartRequest();
      request.add(workflow::run, input);
      request.add(workflow::rate, rating);
      client.signalWithStart(request);
      deliveries.complete(delivery, caseId);
      log.info("Rating {} delivered to case {}", rating.score(), caseId);
      return new Result(caseId, false);
    } finally {
      MDC.remove("conversationId");
    }
  }

  /**
   * The id a new case on this conversation would get. If a case is running, signal-with-start lands
   * on it and this id is not used.
   */
  private static String nextCaseId(String conversationId, List<CaseView> existing) {
    boolean open = existing.stream().anyMatch(CaseView::isOpen);
    int n = existing.size();
    return CaseIds.caseId(conversationId, open ? Math.max(n, 1) : n + 1);
  }

  private WorkflowOptions options(Rating rating) {
    WorkflowOptions.Builder options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(CaseIds.workflowId(rating.conversationId()))
            .setTaskQueue(ReboundWorker.TASK_QUEUE)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
            .setStaticSummary(summary(rating));
    if (searchAttributes) {
      options.setTypedSearchAttributes(
          SearchAttributes.newBuilder()
              .set(CaseSearchAttributes.SCORE, (long) rating.score())
              .set(CaseSearchAttributes.STAGE, "alerted")
              .build());
    }
    return options.build();
  }

  /** The summary line of the Temporal UI: score, who, which conversation. No email, no remark. */
  static String summary(Rating rating) {
    String who = rating.customer() == null ? "a customer" : rating.customer().displayName();
    if (rating.customer() != null && who.equals(rating.customer().email())) {
      who = "customer " + rating.customer().id();
    }
    return "CSAT "
        + rating.score()
        + " from "
        + who
        + " on conversation "
        + rating.conversationId();
  }
}
