package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.model.WeeklyReportInput;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WeeklyReportWorkflowTest {
  private static final WeeklyReportInput MONDAY_NINE =
      new WeeklyReportInput(
          "America/New_York", DayOfWeek.MONDAY, LocalTime.of(9, 0), 6, "C0REPORTS");

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(WeeklyReportWorkflowImpl.class)
          // A Thursday, 13:00 in New York.
          .setInitialTime(Instant.parse("2026-12-03T18:00:00Z"))
          .setDoNotStart(true)
          .build();

  private final FakeReports reports = new FakeReports();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private String taskQueue;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.taskQueue = worker.getTaskQueue();
    worker.registerActivitiesImplementations(reports);
    env.start();
  }

  @Test
  void nothingIsPostedBeforeMondayMorning() {
    start(MONDAY_NINE);

    env.sleep(Duration.ofDays(3).plusHours(19).plusMinutes(59));

    assertThat(reports.requests).isEmpty();
  }

  @Test
  void firstPostIsTheNextMondayAtNineNewYorkTimeAndTheSecondAWeekLater() {
    start(MONDAY_NINE);

    env.sleep(Duration.ofDays(4).plusHours(1));
    List<ReportRequest> afterFirst = List.copyOf(reports.requests);
    env.sleep(Duration.ofDays(7));

    assertThat(afterFirst)
        .containsExactly(
            new ReportRequest(
                Instant.parse("2026-12-07T14:00:00Z"), "America/New_York", 6, "C0REPORTS"));
    assertThat(reports.requests)
        .extracting(ReportRequest::asOf)
        .containsExactly(
            Instant.parse("2026-12-07T14:00:00Z"), Instant.parse("2026-12-14T14:00:00Z"));
  }

  @Test
  void postsGoOnEveryWeekAcrossContinueAsNew() {
    start(MONDAY_NINE);

    env.sleep(Duration.ofDays(4 + 7L * WeeklyReportWorkflowImpl.ROUNDS_PER_RUN).plusHours(1));

    assertThat(reports.requests).hasSize(WeeklyReportWorkflowImpl.ROUNDS_PER_RUN + 1);
    assertThat(reports.requests.get(WeeklyReportWorkflowImpl.ROUNDS_PER_RUN).asOf())
        .isEqualTo(
            Instant.parse("2026-12-07T14:00:00Z")
                .plus(Duration.ofDays(7L * WeeklyReportWorkflowImpl.ROUNDS_PER_RUN)));
  }

  @Test
  void rescheduleMovesTheNextPost() {
    WeeklyReportWorkflow workflow = start(MONDAY_NINE);
    env.sleep(Duration.ofHours(1));

    workflow.reschedule(
        new WeeklyReportInput(
            "Europe/Berlin", DayOfWeek.FRIDAY, LocalTime.of(8, 30), 4, "C0OTHER"));
    env.sleep(Duration.ofDays(1).plusHours(1));

    assertThat(reports.requests)
        .containsExactly(
            new ReportRequest(
                Instant.parse("2026-12-04T07:30:00Z"), "Europe/Berlin", 4, "C0OTHER"));
    Histories.replayAndRecord(
        client,
        WeeklyReportWorkflow.WORKFLOW_ID,
        "weekly-rescheduled",
        WeeklyReportWorkflowImpl.class);
  }

  private WeeklyReportWorkflow start(WeeklyReportInput input) {
    WeeklyReportWorkflow workflow =
        client.newWorkflowStub(
            WeeklyReportWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WeeklyReportWorkflow.WORKFLOW_ID)
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(workflow::run, input);
    return workflow;
  }

  static final class FakeReports implements ReportActivities {
    final List<ReportRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public WeeklyPost postWeekly(ReportRequest request) {
      requests.add(request);
      LocalDate week = request.asOf().atZone(ZoneId.of(request.timezone())).toLocalDate();
      return new WeeklyPost(week, new SlackRef(request.channel(), "1733230000.1"), false);
    }
  }
}
