package app.rebound.workflows;

import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Rating;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One recovery case: from the rating through alert, claim, follow-up, fix and check-in to the
 * closed record. The workflow id is {@code csat-<conversationId>}.
 *
 * <p>Ratings arrive by signal-with-start, so a repeated delivery lands on the running case and is
 * ignored there. People's actions are updates: a refused action (a second claim, a fix before the
 * claim) is rejected by its validator with a message that says why, and leaves no trace in the
 * history.
 */
@WorkflowInterface
public interface CaseWorkflow {

  @WorkflowMethod
  CaseView run(CaseInput input);

  /** A rating delivery for this conversation: the first one, a duplicate, or a changed score. */
  @SignalMethod
  void rate(Rating rating);

  /** Intercom saw a teammate reply on the conversation. */
  @SignalMethod
  void teammateReplied(Actions.TeammateReply reply);

  @UpdateMethod
  CaseView claim(Actions.Claim claim);

  @UpdateValidatorMethod(updateName = "claim")
  void validateClaim(Actions.Claim claim);

  @UpdateMethod
  CaseView followUp(Actions.FollowUp followUp);

  @UpdateValidatorMethod(updateName = "followUp")
  void validateFollowUp(Actions.FollowUp followUp);

  @UpdateMethod
  CaseView fix(Actions.Fix fix);

  @UpdateValidatorMethod(updateName = "fix")
  void validateFix(Actions.Fix fix);

  @UpdateMethod
  CaseView checkIn(Actions.CheckIn checkIn);

  @UpdateValidatorMethod(updateName = "checkIn")
  void validateCheckIn(Actions.CheckIn checkIn);

  @QueryMethod
  CaseView view();
}
