package app.rebound.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.rebound.workflows.WeeklyReportWorkflow;
import app.rebound.workflows.WeeklyReportWorkflowImpl;
import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.playbook.Playbook;
import app.rebound.workflows.playbook.PlaybookLoader;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WeeklyReportStarterTest {
  private static final Playbook NEW_YORK = PlaybookLoader.parse("timezone: America/New_York\n");

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          // A Thursday, 13:00 in New York.
          .setInitialTime(Instant.parse("2026-12-03T18:00:00Z"))
          .setDoNotStart(true)
          .build();

  private final List<ReportRequest> requests = new CopyOnWriteArrayList<>();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;

  @BeforeEach
  void start(TestWorkflowEnvironment env, WorkflowClient client) {
    this.env = env;
    this.client = client;
    Worker worker = env.newWorker(ReboundWorker.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(WeeklyReportWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        (ReportActivities)
            request -> {
              requests.add(request);
              return new ReportActivities.WeeklyPost(
                  LocalDate.parse("2026-12-07"), new SlackRef(request.channel(), "1.2"), false);
            });
    env.start();
  }

  @Test
  void everyWorkerStartLandsOnTheOneRunningWorkflow() {
    Playbook playbook = NEW_YORK;

    WeeklyReportStarter.ensureRunning(client, playbook);
    WeeklyReportStarter.ensureRunning(client, playbook);
    env.sleep(Duration.ofDays(4).plusHours(1));

    assertThat(requests)
        .containsExactly(
            new ReportRequest(
                Instant.parse("2026-12-07T14:00:00Z"),
                "America/New_York",
                6,
                playbook.channels().reports()));
    assertThat(
            client
                .newUntypedWorkflowStub(WeeklyReportWorkflow.WORKFLOW_ID)
                .describe()
                .getWorkflowExecutionInfo()
                .getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
  }

  @Test
  void aWorkerWithAnotherPlaybookReschedulesTheRunningWorkflow() {
    WeeklyReportStarter.ensureRunning(client, NEW_YORK);
    Playbook later =
        PlaybookLoader.parse(
            "timezone: America/New_York\nweeklyReport: {day: MON, time: \"10:30\", weeks: 4}\n");

    WeeklyReportStarter.ensureRunning(client, later);
    env.sleep(Duration.ofDays(4).plusHours(3));

    assertThat(requests)
        .extracting(ReportRequest::asOf, ReportRequest::weeks)
        .containsExactly(tuple(Instant.parse("2026-12-07T15:30:00Z"), 4));
  }
}
