package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.CaseIds;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Escalation;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.Stage;
import app.rebound.workflows.playbook.Playbook;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseWorkflowTest {
  private static final String CONVERSATION = "310045667781234";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(CaseWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final FakeActivities fakes = new FakeActivities();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private String taskQueue;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.taskQueue = worker.getTaskQueue();
    worker.registerActivitiesImplementations(fakes.slack, fakes.store, fakes.intercom);
    env.registerSearchAttribute("CsatScore", IndexedValueType.INDEXED_VALUE_TYPE_INT);
    env.registerSearchAttribute("CaseStage", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    env.registerSearchAttribute("CaseOwner", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    env.start();
  }

  @Test
  void furiousRatingAlertsTheEscalationChannelAndMentionsManagers() {
    CaseWorkflow workflow = startCase(rating(1));

    SlackRequest alert = awaitSent(MessageKind.ALERT).get(0);

    assertThat(alert.channel()).isEqualTo("C0ESCALATE");
    assertThat(alert.mentions()).containsExactly(TestPlaybooks.MANAGER);
    CaseView view = workflow.view();
    assertThat(view.deadlines().claim()).isEqualTo(view.ratedAt().plus(Duration.ofMinutes(15)));
    assertThat(view.deadlines().followUp()).isEqualTo(view.ratedAt().plus(Duration.ofHours(1)));
    assertThat(view.stage()).isEqualTo(Stage.ALERTED);
  }

  @Test
  void theCaseRowIsWrittenBeforeTheAlertGoesOut() {
    startCase(rating(2));

    SlackRequest alert = awaitSent(MessageKind.ALERT).get(0);

    assertThat(fakes.rowBeforeAlert).containsEntry(alert.caseId(), true);
  }

  @Test
  void onlyManagersAndSeniorRepsMayClaimAFuriousCase() {
    CaseWorkflow workflow = startCase(rating(1));
    awaitSent(MessageKind.ALERT);

    assertThatThrownBy(() -> workflow.claim(new Actions.Claim(TestPlaybooks.REP)))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("Only managers and senior reps");
    CaseView claimed = workflow.claim(new Actions.Claim(TestPlaybooks.SENIOR));

    assertThat(claimed.owner()).isEqualTo(TestPlaybooks.SENIOR);
    assertThat(claimed.stage()).isEqualTo(Stage.CLAIMED);
    assertThat(fakes.rows.get(claimed.caseId()).owner()).isEqualTo(TestPlaybooks.SENIOR);
  }

  @Test
  void aSecondClaimIsRefusedNamingTheOwner() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));

    assertThatThrownBy(() -> workflow.claim(new Actions.Claim(TestPlaybooks.MANAGER)))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("already claimed by <@" + TestPlaybooks.REP + ">");

    assertThat(workflow.view().owner()).isEqualTo(TestPlaybooks.REP);
    assertThat(awaitSent(MessageKind.FOLLOW_UP_DRAFT)).hasSize(1);
  }

  @Test
  void unhappyRatingRunsTheWholeTimelineToARecoveredClose() {
    CaseWorkflow workflow = startCase(rating(2));
    assertThat(awaitSent(MessageKind.ALERT).get(0).channel()).isEqualTo("C0ALERTS");

    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null));
    CaseView fixed = workflow.fix(fix("billing issue", "Refunded the double charge", null));
    env.sleep(Duration.ofHours(48).plusMinutes(1));
    List<SlackRequest> prompts = awaitSent(MessageKind.CHECK_IN_PROMPT, 2);
    CaseView closed = workflow.checkIn(new Actions.CheckIn(TestPlaybooks.REP, Outcome.RECOVERED));

    assertThat(fixed.stage()).isEqualTo(Stage.FIXED);
    assertThat(fixed.deadlines().checkIn()).isEqualTo(fixed.fixedAt().plus(Duration.ofHours(72)));
    assertThat(prompts).extracting(SlackRequest::channel).contains(TestPlaybooks.REP, "C0ALERTS");
    assertThat(prompts).anySatisfy(p -> assertThat(p.threadTs()).isNotNull());
    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.RECOVERED);
    CaseView row = awaitRow(closed.caseId(), v -> v.closedAt() != null);
    assertThat(row.rootCause()).isEqualTo("billing issue");
    assertThat(row.fix()).isEqualTo("Refunded the double charge");
    assertThat(awaitSent(MessageKind.RECOVERED).get(0).channel()).isEqualTo("C0WINS");
    assertThat(WorkflowStub.fromTyped(workflow).getResult(CaseView.class).stage())
        .isEqualTo(Stage.CLOSED);
    replayAndRecord("recovered-2", closed.workflowId());
  }

  @Test
  void fixMayComeBeforeTheFollowUp() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));

    CaseView fixed = workflow.fix(fix("product bug", "Patched the export", null));
    assertThatThrownBy(
            () -> workflow.checkIn(new Actions.CheckIn(TestPlaybooks.REP, Outcome.RECOVERED)))
        .hasStackTraceContaining("follow-up");
    CaseView followed = workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null));
    CaseView closed = workflow.checkIn(new Actions.CheckIn(TestPlaybooks.REP, Outcome.NO_REPLY));

    assertThat(fixed.stage()).isEqualTo(Stage.FIXED);
    assertThat(followed.followedUpAt()).isNotNull();
    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.NO_REPLY);
    assertThat(fakes.sent(MessageKind.RECOVERED)).isEmpty();
  }

  @Test
  void actionsOutOfOrderAreRefused() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);

    assertThatThrownBy(() -> workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null)))
        .hasStackTraceContaining("Claim the case first");
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    assertThatThrownBy(() -> workflow.fix(fix("not a category", "x", null)))
        .hasStackTraceContaining("Pick a root cause from");
    assertThatThrownBy(() -> workflow.fix(fix("other", " ", null)))
        .hasStackTraceContaining("Say what was fixed");
    assertThatThrownBy(() -> workflow.followUp(new Actions.FollowUp("U0STRANGER", null)))
        .hasStackTraceContaining("Only the owner");

    assertThat(workflow.view().stage()).isEqualTo(Stage.CLAIMED);
  }

  @Test
  void missedClaimReAlertsTheEscalationChannel() {
    CaseWorkflow workflow = startCase(rating(1));
    awaitSent(MessageKind.ALERT);

    env.sleep(Duration.ofMinutes(16));
    SlackRequest realert = awaitSent(MessageKind.CLAIM_REALERT).get(0);

    assertThat(realert.channel()).isEqualTo("C0ESCALATE");
    assertThat(realert.mentions()).containsExactly(TestPlaybooks.MANAGER);
    CaseView view = awaitView(workflow, CaseView::overdue);
    assertThat(view.escalations())
        .extracting(Escalation::kind)
        .containsExactly(Escalation.CLAIM_MISSED);
    workflow.claim(new Actions.Claim(TestPlaybooks.MANAGER));
    assertThat(workflow.view().deadlines().claim()).isNull();
  }

  @Test
  void missedFollowUpEscalatesInTheThreadAndToOwnerAndHeadOfSupport() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));

    env.sleep(Duration.ofHours(4).plusMinutes(1));
    List<SlackRequest> escalations = awaitSent(MessageKind.ESCALATION, 3);

    assertThat(escalations)
        .extracting(SlackRequest::channel)
        .containsExactlyInAnyOrder("C0ALERTS", TestPlaybooks.REP, TestPlaybooks.HEAD);
    assertThat(escalations)
        .allSatisfy(e -> assertThat(e.escalation().kind()).isEqualTo(Escalation.FOLLOW_UP_MISSED));
    assertThat(awaitView(workflow, CaseView::overdue).overdue()).isTrue();
    assertThat(workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null)).overdue())
        .isFalse();
  }

  @Test
  void missedFollowUpWithoutOwnerGoesToTheManagers() {
    startCase(rating(2));
    awaitSent(MessageKind.ALERT);

    env.sleep(Duration.ofHours(4).plusMinutes(1));
    List<SlackRequest> escalations = awaitSent(MessageKind.ESCALATION, 3);

    assertThat(escalations)
        .extracting(SlackRequest::channel)
        .containsExactlyInAnyOrder("C0ALERTS", TestPlaybooks.MANAGER, TestPlaybooks.HEAD);
  }

  @Test
  void anEtaBecomesTheFixDeadlineAndIsEscalatedWhenMissed() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null));
    Instant eta = now().plus(Duration.ofHours(24));

    CaseView fixing = workflow.fix(fix("product bug", "", eta));
    env.sleep(Duration.ofHours(24).plusMinutes(1));
    List<SlackRequest> escalations = awaitSent(MessageKind.ESCALATION, 2);

    assertThat(fixing.stage()).isEqualTo(Stage.FIXING);
    assertThat(fixing.deadlines().fix()).isEqualTo(eta);
    assertThat(escalations)
        .allSatisfy(e -> assertThat(e.escalation().kind()).isEqualTo(Escalation.FIX_MISSED));
    assertThat(escalations.get(0).escalation().deadline()).isEqualTo(eta);
  }

  @Test
  void stillUnhappyGoesBackToFixAndASecondCheckInFollows() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null));
    workflow.fix(fix("wrong answer", "Corrected the answer", null));

    CaseView back = workflow.checkIn(new Actions.CheckIn(TestPlaybooks.REP, Outcome.STILL_UNHAPPY));
    workflow.fix(fix("documentation wrong", "Rewrote the help article", null));
    env.sleep(Duration.ofHours(49));
    awaitSent(MessageKind.CHECK_IN_PROMPT, 2);
    CaseView closed = workflow.checkIn(new Actions.CheckIn(TestPlaybooks.REP, Outcome.RECOVERED));

    assertThat(back.stage()).isEqualTo(Stage.FOLLOWED_UP);
    assertThat(back.fixedAt()).isNull();
    assertThat(back.deadlines().fix()).isNotNull();
    assertThat(closed.rootCause()).isEqualTo("documentation wrong");
    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    replayAndRecord("still-unhappy-2", closed.workflowId());
  }

  @Test
  void missedCheckInRemindsTheOwnerOnce() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    workflow.followUp(new Actions.FollowUp(TestPlaybooks.REP, null));
    workflow.fix(fix("slow response", "Added weekend cover", null));

    env.sleep(Duration.ofHours(73));
    List<SlackRequest> reminders = awaitSent(MessageKind.CHECK_IN_REMINDER);
    env.sleep(Duration.ofDays(5));

    assertThat(reminders.get(0).channel()).isEqualTo(TestPlaybooks.REP);
    assertThat(fakes.sent(MessageKind.CHECK_IN_REMINDER)).hasSize(1);
    assertThat(workflow.view().stage()).isEqualTo(Stage.CHECKING_IN);
  }

  @Test
  void teammateReplyInIntercomCountsAsTheFollowUp() {
    CaseWorkflow workflow = startCase(rating(2));
    awaitSent(MessageKind.ALERT);
    Instant replied = now().plusSeconds(60);

    workflow.teammateReplied(new Actions.TeammateReply("814400221", replied));
    CaseView view = awaitView(workflow, v -> v.followedUpAt() != null);

    assertThat(view.followedUpAt()).isEqualTo(replied);
    assertThat(view.followedUpBy()).isEqualTo("intercom:814400221");
    assertThat(view.deadlines().followUp()).isNull();
  }

  @Test
  void aRepeatedDeliveryNeverAlertsTwice() {
    Rating rating = rating(1);
    CaseWorkflow workflow = startCase(rating);
    awaitSent(MessageKind.ALERT);

    workflow.rate(rating);
    WorkflowStub.fromTyped(workflow).signal("rate", rating);
    workflow.claim(new Actions.Claim(TestPlaybooks.MANAGER));

    assertThat(fakes.sent(MessageKind.ALERT)).hasSize(1);
    assertThat(fakes.sent(MessageKind.RATING_CHANGED)).isEmpty();
  }

  @Test
  void aChangeFromTwoToOneEscalates() {
    Rating first = rating(2);
    CaseWorkflow workflow = startCase(first);
    awaitSent(MessageKind.ALERT);

    workflow.rate(changed(first, 1));
    CaseView view = awaitView(workflow, v -> v.score() == 1);

    assertThat(view.previousScores()).containsExactly(2);
    assertThat(view.escalations())
        .extracting(Escalation::kind)
        .contains(Escalation.RATING_WORSENED);
    assertThat(awaitSent(MessageKind.CLAIM_REALERT).get(0).channel()).isEqualTo("C0ESCALATE");
    assertThat(awaitSent(MessageKind.RATING_CHANGED)).hasSize(1);
    assertThat(view.deadlines().claim()).isNotNull();
  }

  @Test
  void aChangeFromBadToGoodStillAsksForTheRootCause() {
    Rating first = rating(2);
    CaseWorkflow workflow = startCase(first);
    awaitSent(MessageKind.ALERT);

    workflow.rate(changed(first, 5));
    CaseView waiting = awaitView(workflow, v -> v.stage() == Stage.AWAITING_ROOT_CAUSE);
    workflow.claim(new Actions.Claim(TestPlaybooks.REP));
    CaseView closed = workflow.fix(fix("slow response", null, null));

    assertThat(waiting.status()).isEqualTo(CaseView.OPEN);
    assertThat(waiting.deadlines().followUp()).isNull();
    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.RATING_CHANGED);
    assertThat(closed.rootCause()).isEqualTo("slow response");
  }

  @Test
  void theRootCauseOfAChangedRatingCanBeRecordedWithoutAClaim() {
    Rating first = rating(2);
    CaseWorkflow workflow = startCase(first);
    awaitSent(MessageKind.ALERT);
    workflow.rate(changed(first, 4));
    awaitView(workflow, v -> v.stage() == Stage.AWAITING_ROOT_CAUSE);

    CaseView closed = workflow.fix(fix("wrong answer", null, null));

    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    assertThat(closed.owner()).isEqualTo(TestPlaybooks.REP);
    assertThat(closed.rootCause()).isEqualTo("wrong answer");
  }

  @Test
  void aLateCopyOfAnEarlierRatingVersionIsIgnored() {
    Rating first = rating(2);
    CaseWorkflow workflow = startCase(first);
    awaitSent(MessageKind.ALERT);
    Rating worse = changed(first, 1);
    workflow.rate(worse);
    awaitView(workflow, v -> v.score() == 1);

    workflow.rate(
        new Rating(
            "notif-late",
            first.conversationId(),
            3,
            first.remark(),
            first.ratedAt(),
            first.ratedAt().plusSeconds(10),
            first.customer(),
            first.teammateId(),
            false,
            "webhook"));
    workflow.claim(new Actions.Claim(TestPlaybooks.MANAGER));

    assertThat(workflow.view().score()).isEqualTo(1);
    assertThat(workflow.view().previousScores()).containsExactly(2);
  }

  @Test
  void aFirstNeutralRatingIsALowKeyNoticeWithoutDeadlines() {
    CaseWorkflow workflow = startCase(rating(3));

    SlackRequest notice = awaitSent(MessageKind.NOTICE).get(0);

    assertThat(notice.channel()).isEqualTo("C0ALERTS");
    assertThat(workflow.view().deadlines().followUp()).isNull();
    assertThat(workflow.view().repeat()).isFalse();
    assertThat(fakes.sent(MessageKind.ALERT)).isEmpty();
  }

  @Test
  void aRepeatedNeutralRatingIsHandledLikeAnUnhappyOne() {
    fakes.neutralBefore = true;
    CaseWorkflow workflow = startCase(rating(3));

    SlackRequest alert = awaitSent(MessageKind.ALERT).get(0);

    assertThat(alert.channel()).isEqualTo("C0ALERTS");
    CaseView view = workflow.view();
    assertThat(view.repeat()).isTrue();
    assertThat(view.deadlines().followUp()).isEqualTo(view.ratedAt().plus(Duration.ofHours(4)));
  }

  @Test
  void happyAndDelightedRatingsAreCelebratedAndClosed() {
    startCase(rating(4));
    Rating five =
        new Rating(
            "notif-5", "999", 5, "Great", now(), now(), customer(), "814400221", false, "webhook");

    CaseView closed = startStub(five).getResult(CaseView.class);
    List<SlackRequest> wins = awaitSent(MessageKind.WIN, 2);

    assertThat(closed.status()).isEqualTo(CaseView.CLOSED);
    assertThat(wins).extracting(SlackRequest::channel).containsOnly("C0WINS");
    assertThat(wins)
        .filteredOn(w -> w.view().score() == 5)
        .singleElement()
        .extracting(SlackRequest::reviewUrl)
        .isEqualTo("https://example.com/review");
    assertThat(fakes.sent(MessageKind.ALERT)).isEmpty();
  }

  @Test
  void contextFromIntercomIsAddedToTheAlertAfterItIsOut() {
    fakes.context =
        new ConversationContext(
            "Double charge",
            List.of(new ConversationContext.Message("customer", "Mara", "Charged twice", 1L)),
            172800L,
            1,
            List.of("billing"),
            null,
            null,
            "Sam Teammate");
    CaseWorkflow workflow = startCase(rating(2));

    awaitSent(MessageKind.ALERT);
    CaseView view = awaitView(workflow, v -> "Sam Teammate".equals(v.teammateName()));
    List<SlackRequest> updates =
        poll(
            () -> List.copyOf(fakes.updates),
            list -> list.stream().anyMatch(u -> u.context().subject() != null),
            "alert update with context");

    assertThat(view.teammateName()).isEqualTo("Sam Teammate");
    assertThat(fakes.sent(MessageKind.ALERT).get(0).context().subject()).isNull();
    assertThat(updates)
        .anySatisfy(u -> assertThat(u.context().subject()).isEqualTo("Double charge"));
  }

  @Test
  void aPermanentSlackFailureBecomesAVisibleProblemAndTheCaseGoesOn() {
    fakes.failingChannels.add("C0ALERTS");
    CaseWorkflow workflow = startCase(rating(2));

    CaseView view = awaitView(workflow, v -> !v.problems().isEmpty());
    CaseView claimed = workflow.claim(new Actions.Claim(TestPlaybooks.REP));

    assertThat(view.problems().get(0)).contains("channel_not_found");
    assertThat(claimed.owner()).isEqualTo(TestPlaybooks.REP);
  }

  // ----- helpers -----

  private void replayAndRecord(String name, String workflowId) {
    WorkflowStub.fromTyped(client.newWorkflowStub(CaseWorkflow.class, workflowId))
        .getResult(CaseView.class);
    Histories.replayAndRecord(client, workflowId, name, CaseWorkflowImpl.class);
  }

  private CaseWorkflow startCase(Rating rating) {
    return client.newWorkflowStub(
        CaseWorkflow.class, startStub(rating).getExecution().getWorkflowId());
  }

  private WorkflowStub startStub(Rating rating) {
    String workflowId = CaseIds.workflowId(rating.conversationId());
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "CaseWorkflow",
            WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(taskQueue).build());
    stub.signalWithStart("rate", new Object[] {rating}, new Object[] {input(rating)});
    return stub;
  }

  private CaseInput input(Rating rating) {
    Playbook playbook = TestPlaybooks.standard();
    return new CaseInput(
        CaseIds.caseId(rating.conversationId(), 1),
        rating,
        playbook,
        new CaseInput.Links(
            "https://app.intercom.com", "q1w2e3r4", "http://localhost:8080", null, "default"),
        true);
  }

  private Rating rating(int score) {
    Instant now = now();
    return new Rating(
        "notif-" + score,
        CONVERSATION,
        score,
        "Charged twice 😡 *third* time",
        now,
        now,
        customer(),
        "814400221",
        false,
        "webhook");
  }

  private Rating changed(Rating rating, int score) {
    Instant later = now().plusSeconds(30);
    return new Rating(
        "notif-changed",
        rating.conversationId(),
        score,
        rating.remark(),
        rating.ratedAt(),
        later,
        rating.customer(),
        rating.teammateId(),
        false,
        "webhook");
  }

  private static Customer customer() {
    return new Customer("6781aa0c2b3f4d5e6f7a8b90", "cust-8812", "Mara Okafor", "mara@example.net");
  }

  private static Actions.Fix fix(String rootCause, String what, Instant eta) {
    return new Actions.Fix(TestPlaybooks.REP, rootCause, "billing", what, eta);
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  private List<SlackRequest> awaitSent(MessageKind kind) {
    return awaitSent(kind, 1);
  }

  private List<SlackRequest> awaitSent(MessageKind kind, int count) {
    return poll(() -> fakes.sent(kind), list -> list.size() >= count, kind + " x" + count);
  }

  private CaseView awaitView(CaseWorkflow workflow, Predicate<CaseView> condition) {
    return poll(workflow::view, v -> v != null && condition.test(v), "case view");
  }

  private CaseView awaitRow(String caseId, Predicate<CaseView> condition) {
    return poll(() -> fakes.rows.get(caseId), v -> v != null && condition.test(v), "case row");
  }

  private static <T> T poll(
      java.util.function.Supplier<T> supplier, Predicate<T> condition, String what) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    T value = supplier.get();
    while (!condition.test(value)) {
      if (System.nanoTime() > until) {
        throw new AssertionError("timed out waiting for " + what + "; last: " + value);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = supplier.get();
    }
    return value;
  }
}
