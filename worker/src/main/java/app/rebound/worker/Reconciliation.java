package app.rebound.worker;

import app.rebound.workflows.ReconciliationWorkflow;
import app.rebound.workflows.model.ReconciliationInput;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the one {@link ReconciliationWorkflow} of the namespace running. */
public final class Reconciliation {
  private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

  private Reconciliation() {}

  /**
   * Starts the reconciliation unless it already runs. A fresh one first looks back {@code every},
   * so a restart of the whole system misses no rating that the last round could have found.
   *
   * @return whether this call started it
   */
  public static boolean ensureRunning(WorkflowClient client, Duration every, Clock clock) {
    ReconciliationWorkflow workflow =
        client.newWorkflowStub(
            ReconciliationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ReconciliationWorkflow.WORKFLOW_ID)
                .setTaskQueue(ReboundWorker.TASK_QUEUE)
                .setStaticSummary(summary(every))
                .build());
    try {
      WorkflowClient.start(
          workflow::run, new ReconciliationInput(clock.instant().minus(every), every, 0));
      log.info("Reconciliation started: Intercom is asked for missed ratings every {}", every);
      return true;
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.info("Reconciliation already running; leaving it as it is");
      return false;
    }
  }

  static String summary(Duration every) {
    return "Finds CSAT ratings Intercom did not deliver, every " + every;
  }
}
