package app.rebound.workflows;

import app.rebound.workflows.activities.IntakeActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.ReconciliationInput;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;

/**
 * Each round asks Intercom for {@code [since, now)}, delivers what it finds, and moves {@code
 * since} to {@code now} minus {@link #OVERLAP}. A round that fails leaves {@code since} where it
 * was, so the next round asks for the same ratings again; the loop itself never fails.
 */
public class ReconciliationWorkflowImpl implements ReconciliationWorkflow {
  /**
   * Intercom's search index lags behind its ratings, so each window reaches back a little into the
   * last one. The intake drops the ratings it has seen, so the overlap costs nothing.
   */
  public static final Duration OVERLAP = Duration.ofMinutes(2);

  private static final Logger log = Workflow.getLogger(ReconciliationWorkflowImpl.class);

  /** A round gives up after a few minutes; the next round asks for the same window. */
  private final IntercomActivities intercom =
      Workflow.newActivityStub(
          IntercomActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setScheduleToCloseTimeout(Duration.ofMinutes(5))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(5))
                      .setMaximumAttempts(4)
                      .build())
              .build());

  private final IntakeActivities intake =
      Workflow.newActivityStub(
          IntakeActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setScheduleToCloseTimeout(Duration.ofMinutes(5))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofSeconds(30)).build())
              .build());

  @Override
  public void run(ReconciliationInput input) {
    Duration every = input.every();
    Instant since = input.since() != null ? input.since() : now().minus(every);
    for (int round = 0; round < input.roundsPerRun(); round++) {
      since = reconcile(since);
      Instant next = now().plus(every);
      Workflow.newTimer(
              every, TimerOptions.newBuilder().setSummary("next reconciliation at " + next).build())
          .get();
    }
    Workflow.continueAsNew(input.withSince(since));
  }

  /** One round; returns where the next one starts. */
  private Instant reconcile(Instant since) {
    Instant until = now();
    List<Rating> ratings;
    try {
      ratings = intercom.ratingsSince(new IntercomActivities.RatingWindow(since, until));
    } catch (ActivityFailure e) {
      log.warn("Intercom could not list ratings since {}; the next round asks again", since, e);
      Workflow.setCurrentDetails(
          "Round at " + until + ": Intercom failed (" + reason(e) + "); retrying from " + since);
      return since;
    }

    int created = 0;
    int duplicates = 0;
    int failed = 0;
    for (Rating rating : ratings) {
      try {
        if (intake.deliver(rating).duplicate()) {
          duplicates++;
        } else {
          created++;
        }
      } catch (ActivityFailure e) {
        failed++;
        log.warn(
            "Rating on conversation {} not delivered; the next round tries it again",
            rating.conversationId(),
            e);
      }
    }
    Workflow.setCurrentDetails(
        "Round at "
            + until
            + " over ["
            + since
            + ", "
            + until
            + "): "
            + ratings.size()
            + " ratings, "
            + created
            + " delivered, "
            + duplicates
            + " duplicates, "
            + failed
            + " failed");
    if (failed > 0) {
      return since;
    }
    Instant next = until.minus(OVERLAP);
    return next.isAfter(since) ? next : since;
  }

  private static String reason(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure app
        ? app.getOriginalMessage()
        : String.valueOf(failure.getCause());
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
