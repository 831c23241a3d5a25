package app.rebound.worker;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.db.CaseStore;
import app.rebound.activities.db.CaseStoreActivitiesImpl;
import app.rebound.activities.db.Database;
import app.rebound.activities.db.DeliveryStore;
import app.rebound.workflows.ReconciliationWorkflow;
import app.rebound.workflows.activities.IntakeActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.CaseIds;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.ReconciliationInput;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.playbook.PlaybookLoader;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation and its intake in a {@link ReboundWorker} against the time-skipping Temporal
 * server and an H2 case database; only Slack and Intercom are fakes.
 */
class ReconciliationIntakeTest {
  private static final String CONVERSATION = "310045667789999";
  private static final Duration EVERY = Duration.ofMinutes(15);

  @TempDir Path tempDir;

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private Database database;
  private final List<IntercomActivities.RatingWindow> windows = new CopyOnWriteArrayList<>();
  private final List<IntakeActivities.Delivered> results = new CopyOnWriteArrayList<>();
  private IntakeActivitiesImpl intake;
  private ReboundWorker worker;

  @BeforeEach
  void start() {
    env = TestWorkflowEnvironment.newInstance();
    client = env.getWorkflowClient();
    database = Database.open(Database.devUrl(tempDir), "", "");
    RatingIntake ratings =
        new RatingIntake(
            client,
            new DeliveryStore(database.jdbi()),
            new CaseStore(database.jdbi()),
            PlaybookLoader.defaults(),
            appId ->
                new CaseInput.Links(
                    "https://app.intercom.com",
                    appId,
                    "http://localhost:8080",
                    "http://localhost:8233",
                    "default"),
            false);
    intake = new IntakeActivitiesImpl(ratings);
    worker =
        new ReboundWorker(
            client,
            new QuietSlack(),
            alwaysFinding(windows),
            new CaseStoreActivitiesImpl(new CaseStore(database.jdbi())),
            recording(intake));
    worker.start();
  }

  @AfterEach
  void stop() {
    worker.close();
    env.close();
    database.close();
  }

  @Test
  void deliveringTheSameReconciledRatingTwiceStartsOneCase() {
    IntakeActivities.Delivered first = intake.deliver(rating());
    IntakeActivities.Delivered second = intake.deliver(rating());

    assertThat(first.duplicate()).isFalse();
    assertThat(second.duplicate()).isTrue();
    assertThat(second.caseId()).isEqualTo(first.caseId());
    assertThat(events(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)).isEqualTo(1);
    assertThat(events(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)).isEqualTo(1);
    assertThat(deliveryStates()).containsExactly("done");
  }

  @Test
  void ratingFoundByTwoOverlappingRoundsBecomesOneCase() {
    ReconciliationWorkflow workflow =
        client.newWorkflowStub(
            ReconciliationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ReconciliationWorkflow.WORKFLOW_ID)
                .setTaskQueue(ReboundWorker.TASK_QUEUE)
                .build());

    WorkflowClient.start(workflow::run, new ReconciliationInput(now().minus(EVERY), EVERY, 0));
    await(() -> windows.size() >= 1);
    env.sleep(EVERY);
    await(() -> results.size() >= 2);

    assertThat(events(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)).isEqualTo(1);
    assertThat(events(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)).isEqualTo(1);
    assertThat(deliveryStates()).containsExactly("done");
    assertThat(results)
        .extracting(IntakeActivities.Delivered::duplicate)
        .containsExactly(false, true);
  }

  @Test
  void ensureRunningStartsTheReconciliationOnceLookingBackOneInterval() {
    Instant started = Instant.parse("2026-12-03T15:00:00Z");
    Clock clock = Clock.fixed(started, ZoneOffset.UTC);

    boolean first = Reconciliation.ensureRunning(client, EVERY, clock);
    boolean second = Reconciliation.ensureRunning(client, EVERY, clock);
    await(() -> windows.size() >= 1);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(windows.get(0).since()).isEqualTo(started.minus(EVERY));
    assertThat(
            client
                .newUntypedWorkflowStub(ReconciliationWorkflow.WORKFLOW_ID)
                .describe()
                .getStaticSummary())
        .isEqualTo(Reconciliation.summary(EVERY));
  }

  /** The intake as the worker runs it, keeping what each delivery came to. */
  private IntakeActivities recording(IntakeActivities delegate) {
    return rating -> {
      IntakeActivities.Delivered delivered = delegate.deliver(rating);
      results.add(delivered);
      return delivered;
    };
  }

  /** A Slack that accepts every message and posts nowhere. */
  private static final class QuietSlack implements SlackActivities {
    private int posted;

    @Override
    public synchronized SlackRef send(SlackRequest request) {
      posted++;
      return new SlackRef(request.channel(), "1733230000." + posted);
    }

    @Override
    public void update(SlackRequest request) {}
  }

  /** An Intercom that finds the same rating in every window, as overlapping rounds do. */
  private static IntercomActivities alwaysFinding(List<IntercomActivities.RatingWindow> windows) {
    return new IntercomActivities() {
      @Override
      public ConversationContext conversationContext(ContextRequest request) {
        return ConversationContext.EMPTY;
      }

      @Override
      public List<Rating> ratingsSince(RatingWindow window) {
        windows.add(window);
        return List.of(rating());
      }
    };
  }

  private long events(EventType type) {
    return client.fetchHistory(CaseIds.workflowId(CONVERSATION)).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .count();
  }

  private List<String> deliveryStates() {
    return database
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT state FROM deliveries").mapTo(String.class).list());
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
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

  private static Rating rating() {
    Instant at = Instant.parse("2026-12-03T14:05:55Z");
    return new Rating(
        null,
        CONVERSATION,
        1,
        "",
        at,
        at,
        new Customer("contact-1", null, "Ada", null),
        null,
        false,
        "reconciliation");
  }
}
