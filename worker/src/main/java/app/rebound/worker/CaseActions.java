package app.rebound.worker;

import app.rebound.activities.db.CaseStore;
import app.rebound.workflows.CaseWorkflow;
import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.CaseIds;
import app.rebound.workflows.model.CaseView;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People's actions on a case, from Slack buttons and the REST API alike: each becomes an update of
 * the case's workflow, whose validator decides whether the action is allowed now.
 */
public final class CaseActions {
  private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

  private final WorkflowClient client;
  private final CaseStore cases;

  public CaseActions(WorkflowClient client, CaseStore cases) {
    this.client = client;
    this.cases = cases;
  }

  /** No case has this id. */
  public static final class NoSuchCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchCaseException(String caseId) {
      super("No case " + caseId);
    }
  }

  /** The case refused the action; the message says why, in words a person can act on. */
  public static final class ActionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ActionRefusedException(String message) {
      super(message);
    }
  }

  public CaseView claim(String caseId, Actions.Claim claim) {
    return act(caseId, workflow -> workflow.claim(claim));
  }

  public CaseView followUp(String caseId, Actions.FollowUp followUp) {
    return act(caseId, workflow -> workflow.followUp(followUp));
  }

  public CaseView fix(String caseId, Actions.Fix fix) {
    return act(caseId, workflow -> workflow.fix(fix));
  }

  public CaseView checkIn(String caseId, Actions.CheckIn checkIn) {
    return act(caseId, workflow -> workflow.checkIn(checkIn));
  }

  /** Intercom saw a teammate reply: the running case of the conversation hears of it, if any. */
  public void teammateReplied(String conversationId, Actions.TeammateReply reply) {
    try {
      client
          .newWorkflowStub(CaseWorkflow.class, CaseIds.workflowId(conversationId))
          .teammateReplied(reply);
    } catch (WorkflowNotFoundException e) {
      log.debug("Teammate reply on conversation {} with no open case", conversationId);
    }
  }

  private CaseView act(String caseId, Function<CaseWorkflow, CaseView> action) {
    CaseView current = cases.find(caseId).orElseThrow(() -> new NoSuchCaseException(caseId));
    if (!current.isOpen()) {
      throw new ActionRefusedException("The case is closed.");
    }
    CaseWorkflow workflow = client.newWorkflowStub(CaseWorkflow.class, current.workflowId());
    try {
      return action.apply(workflow);
    } catch (WorkflowUpdateException e) {
      throw new ActionRefusedException(reason(e));
    } catch (WorkflowNotFoundException e) {
      throw new ActionRefusedException("The case is closed.");
    }
  }

  private static String reason(WorkflowUpdateException e) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof ApplicationFailure failure) {
        return failure.getOriginalMessage();
      }
      if (cause instanceof TemporalFailure failure && cause.getCause() == null) {
        return failure.getOriginalMessage();
      }
      cause = cause.getCause();
    }
    return "The case refused the action.";
  }
}
