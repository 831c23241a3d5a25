package app.rebound.workflows;

import app.rebound.workflows.model.WeeklyReportInput;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Posts the weekly pattern report to the reports channel every week at the playbook's day and time
 * in the team's zone. One runs per namespace, with the workflow id {@link #WORKFLOW_ID}; it never
 * ends, and continues as new every few weeks to keep its history short.
 */
@WorkflowInterface
public interface WeeklyReportWorkflow {
  String WORKFLOW_ID = "rebound-weekly-report";

  @WorkflowMethod
  void run(WeeklyReportInput input);

  /** New settings, from a worker started with another playbook; the next post follows them. */
  @SignalMethod
  void reschedule(WeeklyReportInput input);
}
