package app.rebound.worker;

import app.rebound.workflows.CaseWorkflowImpl;
import app.rebound.workflows.ReconciliationWorkflowImpl;
import app.rebound.workflows.WeeklyReportWorkflowImpl;
import app.rebound.workflows.activities.CaseStoreActivities;
import app.rebound.workflows.activities.IntakeActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.activities.SlackActivities;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Temporal worker: polls the case task queue and runs Rebound's workflows and activities. Any
 * number of them may run against the same cluster.
 */
public final class ReboundWorker implements AutoCloseable {
  public static final String TASK_QUEUE = "rebound-cases";
  private static final Logger log = LoggerFactory.getLogger(ReboundWorker.class);

  private final WorkerFactory factory;
  private final Worker worker;

  public ReboundWorker(
      WorkflowClient client,
      SlackActivities slack,
      IntercomActivities intercom,
      CaseStoreActivities store,
      IntakeActivities intake) {
    this.factory = WorkerFactory.newInstance(client);
    this.worker = factory.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        CaseWorkflowImpl.class, ReconciliationWorkflowImpl.class, WeeklyReportWorkflowImpl.class);
    worker.registerActivitiesImplementations(slack, intercom, store, intake);
  }

  /** Registers more activities, such as the weekly report's; only before {@link #start()}. */
  public ReboundWorker withActivities(Object... activities) {
    worker.registerActivitiesImplementations(activities);
    return this;
  }

  public void start() {
    factory.start();
    log.info("Worker polling task queue {}", TASK_QUEUE);
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    log.info("Worker stopped");
  }
}
