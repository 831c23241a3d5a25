package app.rebound.workflows;

import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.model.WeeklyReportInput;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;

/**
 * Waits on a named timer until the next post is due, posts, and waits again. A failed post is
 * logged and skipped: next week's report still goes out.
 */
public class WeeklyReportWorkflowImpl implements WeeklyReportWorkflow {
  /** Posts per run before continuing as new: a year of history would be needlessly long. */
  static final int ROUNDS_PER_RUN = 8;

  private static final Logger log = Workflow.getLogger(WeeklyReportWorkflowImpl.class);

  private final ReportActivities reports =
      Workflow.newActivityStub(
          ReportActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setScheduleToCloseTimeout(Duration.ofHours(2))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setMaximumInterval(Duration.ofMinutes(5))
                      .setDoNotRetry(SlackActivities.PERMANENT_FAILURE)
                      .build())
              .build());

  private WeeklyReportInput settings;
  private boolean rescheduled;

  @Override
  public void run(WeeklyReportInput input) {
    settings = input;
    for (int round = 0; round < ROUNDS_PER_RUN; round++) {
      Instant due = waitUntilDue();
      post(due);
    }
    Workflow.continueAsNew(settings);
  }

  @Override
  public void reschedule(WeeklyReportInput input) {
    if (input != null && !input.equals(settings)) {
      settings = input;
      rescheduled = true;
    }
  }

  /** Sleeps until the next post is due under the current settings, and returns when that was. */
  private Instant waitUntilDue() {
    while (true) {
      rescheduled = false;
      Instant now = Instant.ofEpochMilli(Workflow.currentTimeMillis());
      Instant due =
          WeeklySchedule.next(now, ZoneId.of(settings.timezone()), settings.day(), settings.time());
      Workflow.setCurrentDetails("Next weekly report to " + settings.channel() + " at " + due);
      Promise<?>[] timer = new Promise<?>[1];
      CancellationScope scope =
          Workflow.newCancellationScope(
              () ->
                  timer[0] =
                      Workflow.newTimer(
                          Duration.between(now, due),
                          TimerOptions.newBuilder().setSummary("weekly report " + due).build()));
      scope.run();
      Workflow.await(() -> timer[0].isCompleted() || rescheduled);
      if (timer[0].isCompleted()) {
        return due;
      }
      scope.cancel();
      // The cancelled timer fails its promise; reading it here keeps the SDK from warning.
      timer[0].exceptionally(failure -> null);
    }
  }

  private void post(Instant due) {
    ReportRequest request =
        new ReportRequest(due, settings.timezone(), settings.weeks(), settings.channel());
    try {
      ReportActivities.WeeklyPost posted = reports.postWeekly(request);
      log.info("Weekly report of the week of {} is in {}", posted.weekStart(), posted.message());
    } catch (ActivityFailure e) {
      log.error(
          "The weekly report due at {} was not posted; the next one is due in a week", due, e);
    }
  }
}
