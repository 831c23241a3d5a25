package app.rebound.workflows;

import app.rebound.workflows.model.ReconciliationInput;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Finds the ratings Intercom failed to deliver: every {@code every} it asks Intercom for the
 * ratings since the last round and hands each one to the intake, as if its webhook had arrived. One
 * runs per namespace, with the workflow id {@value #WORKFLOW_ID}; it never ends on its own.
 */
@WorkflowInterface
public interface ReconciliationWorkflow {
  String WORKFLOW_ID = "rebound-reconciliation";

  @WorkflowMethod
  void run(ReconciliationInput input);
}
