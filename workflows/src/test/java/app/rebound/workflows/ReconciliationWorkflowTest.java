package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.activities.IntakeActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.ReconciliationInput;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReconciliationWorkflowTest {
  private static final Duration EVERY = Duration.ofMinutes(15);
  private static final String WORKFLOW_ID = "reconciliation-under-test";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(ReconciliationWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final FakeIntercom intercom = new FakeIntercom();
  private final List<Rating> delivered = new CopyOnWriteArrayList<>();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private String taskQueue;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.taskQueue = worker.getTaskQueue();
    IntakeActivities intake =
        rating -> {
          delivered.add(rating);
          return new IntakeActivities.Delivered("case-" + rating.conversationId(), false);
        };
    worker.registerActivitiesImplementations(intercom, intake);
    env.start();
  }

  @Test
  void firstRoundAsksForTheRatingsSinceTheStartAndDeliversEachOnce() {
    Instant startedAt = Instant.ofEpochMilli(env.currentTimeMillis());
    Instant since = startedAt.minus(EVERY);
    intercom.answers.add(List.of(rating("101", 1), rating("102", 2)));

    startReconciliation(since, 0);
    await(() -> delivered.size() >= 2);

    IntercomActivities.RatingWindow first = intercom.windows.get(0);
    assertThat(first.since()).isEqualTo(since);
    assertThat(first.until()).isBetween(startedAt, startedAt.plus(Duration.ofMinutes(1)));
    assertThat(delivered).extracting(Rating::conversationId).containsExactly("101", "102");
  }

  @Test
  void nextRoundStartsAnOverlapBeforeTheLastRoundsEnd() {
    Instant since = Instant.ofEpochMilli(env.currentTimeMillis()).minus(EVERY);
    intercom.answers.add(List.of(rating("101", 1)));
    intercom.answers.add(List.of());

    startReconciliation(since, 0);
    await(() -> intercom.windows.size() >= 1);
    env.sleep(EVERY);
    await(() -> intercom.windows.size() >= 2);

    IntercomActivities.RatingWindow first = intercom.windows.get(0);
    IntercomActivities.RatingWindow second = intercom.windows.get(1);
    assertThat(second.since()).isEqualTo(first.until().minus(ReconciliationWorkflowImpl.OVERLAP));
    assertThat(Duration.between(first.until(), second.until())).isGreaterThanOrEqualTo(EVERY);
    assertThat(delivered).hasSize(1);
  }

  @Test
  void intercomFailureKeepsTheLoopGoingAndTheNextRoundRetriesTheSameWindowStart() {
    Instant since = Instant.ofEpochMilli(env.currentTimeMillis()).minus(EVERY);
    intercom.failNext = true;
    intercom.answers.add(List.of(rating("103", 2)));

    startReconciliation(since, 0);
    await(() -> intercom.windows.size() >= 1);
    env.sleep(EVERY);
    await(() -> delivered.size() >= 1);

    assertThat(intercom.windows).hasSize(2);
    assertThat(intercom.windows.get(1).since()).isEqualTo(since);
    assertThat(delivered).extracting(Rating::conversationId).containsExactly("103");
    assertThat(client.newUntypedWorkflowStub(WORKFLOW_ID).describe().getStatus().name())
        .isEqualTo("WORKFLOW_EXECUTION_STATUS_RUNNING");
    Histories.replayAndRecord(
        client, WORKFLOW_ID, "reconciliation-retry", ReconciliationWorkflowImpl.class);
  }

  @Test
  void waitsOnANamedTimerOfTheConfiguredInterval() {
    startReconciliation(Instant.ofEpochMilli(env.currentTimeMillis()), 0);
    await(() -> !timers().isEmpty());

    HistoryEvent timer = timers().get(0);

    assertThat(timer.getTimerStartedEventAttributes().getStartToFireTimeout().getSeconds())
        .isEqualTo(EVERY.getSeconds());
    assertThat(timer.getUserMetadata().getSummary().getData().toStringUtf8())
        .contains("next reconciliation at");
  }

  @Test
  void continuesAsNewAfterItsRoundsCarryingTheWindowStartOn() {
    Instant since = Instant.ofEpochMilli(env.currentTimeMillis()).minus(EVERY);
    String firstRun = startReconciliation(since, 2);
    await(() -> intercom.windows.size() >= 1);
    env.sleep(EVERY);
    await(() -> intercom.windows.size() >= 2);
    env.sleep(EVERY);
    await(() -> intercom.windows.size() >= 3);

    String currentRun =
        client.newUntypedWorkflowStub(WORKFLOW_ID).describe().getExecution().getRunId();

    assertThat(currentRun).isNotEqualTo(firstRun);
    assertThat(intercom.windows.get(2).since())
        .isEqualTo(intercom.windows.get(1).until().minus(ReconciliationWorkflowImpl.OVERLAP));
  }

  private String startReconciliation(Instant since, int rounds) {
    ReconciliationWorkflow workflow =
        client.newWorkflowStub(
            ReconciliationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WORKFLOW_ID)
                .setTaskQueue(taskQueue)
                .build());
    return WorkflowClient.start(workflow::run, new ReconciliationInput(since, EVERY, rounds))
        .getRunId();
  }

  private List<HistoryEvent> timers() {
    List<HistoryEvent> timers = new ArrayList<>();
    for (HistoryEvent event : client.fetchHistory(WORKFLOW_ID).getEvents()) {
      if (event.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED) {
        timers.add(event);
      }
    }
    return timers;
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 seconds");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Rating rating(String conversationId, int score) {
    Instant at = Instant.parse("2026-12-03T14:05:55Z");
    return new Rating(
        null,
        conversationId,
        score,
        "",
        at,
        at,
        new Customer("contact-" + conversationId, null, "Ada", null),
        null,
        false,
        "reconciliation");
  }

  /** Answers each window with the next queued list of ratings, or fails once when asked to. */
  static final class FakeIntercom implements IntercomActivities {
    final List<RatingWindow> windows = new CopyOnWriteArrayList<>();
    final Queue<List<Rating>> answers = new ConcurrentLinkedQueue<>();
    volatile boolean failNext;

    @Override
    public ConversationContext conversationContext(ContextRequest request) {
      return ConversationContext.EMPTY;
    }

    @Override
    public List<Rating> ratingsSince(RatingWindow window) {
      windows.add(window);
      if (failNext) {
        failNext = false;
        throw ApplicationFailure.newNonRetryableFailure("Intercom is down", "IntercomUnavailable");
      }
      List<Rating> answer = answers.poll();
      return answer == null ? List.of() : answer;
    }
  }
}
