package app.rebound.worker;

import app.rebound.workflows.WeeklyReportWorkflow;
import app.rebound.workflows.model.WeeklyReportInput;
import app.rebound.workflows.playbook.Playbook;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the one weekly report workflow runs and follows this process's playbook. Every worker
 * does this at startup: signal-with-start starts the workflow when none runs and otherwise only
 * hands the running one the playbook's settings, so any number of workers agree on one workflow.
 */
public final class WeeklyReportStarter {
  private static final Logger log = LoggerFactory.getLogger(WeeklyReportStarter.class);

  private WeeklyReportStarter() {}

  /** The report settings of the playbook: its day, time, weeks, zone and reports channel. */
  public static WeeklyReportInput input(Playbook playbook) {
    Playbook.WeeklyReport report = playbook.weeklyReport();
    return new WeeklyReportInput(
        playbook.timezone(),
        report.day(),
        report.time(),
        report.weeks(),
        playbook.channels().reports());
  }

  /**
   * Starts or reschedules {@link WeeklyReportWorkflow#WORKFLOW_ID}. A failure is logged and not
   * thrown: the worker still runs cases, and the next worker start tries again.
   */
  public static void ensureRunning(WorkflowClient client, Playbook playbook) {
    WeeklyReportInput input = input(playbook);
    try {
      WeeklyReportWorkflow workflow =
          client.newWorkflowStub(
              WeeklyReportWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(WeeklyReportWorkflow.WORKFLOW_ID)
                  .setTaskQueue(ReboundWorker.TASK_QUEUE)
                  .setStaticSummary("Weekly CSAT pattern report to " + input.channel())
                  .build());
      BatchRequest request = client.newSignalWithStartRequest();
      request.add(workflow::run, input);
      request.add(workflow::reschedule, input);
      client.signalWithStart(request);
      log.info(
          "Weekly report runs every {} at {} {} to {}",
          input.day(),
          input.time(),
          input.timezone(),
          input.channel());
    } catch (RuntimeException e) {
      log.error(
          "Could not start the weekly report workflow {}; no weekly report is posted until a"
              + " worker starts it",
          WeeklyReportWorkflow.WORKFLOW_ID,
          e);
    }
  }
}
