package app.rebound.workflows;

import app.rebound.workflows.activities.CaseStoreActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Escalation;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.model.Stage;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The case state machine. Signal and update handlers only change state and bump a revision; the
 * main loop does every piece of I/O (Slack, the database) and then marks the revision saved, which
 * is what an update waits for before it answers. So an action's answer always describes a case
 * whose row is already written.
 */
public class CaseWorkflowImpl implements CaseWorkflow {
  private static final Logger log = Workflow.getLogger(CaseWorkflowImpl.class);
  private static final String SAVE_BEFORE_ALERT = "save-before-alert";
  private static final String UPDATE_ALERT_ON_CHANGE = "update-alert-on-change";

  private final SlackActivities slack =
      Workflow.newActivityStub(
          SlackActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setScheduleToCloseTimeout(Duration.ofMinutes(15))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setMaximumInterval(Duration.ofMinutes(1))
                      .setDoNotRetry(SlackActivities.PERMANENT_FAILURE)
                      .build())
              .build());

  /** Context is a nicety: a few quick tries, then the alert stays as the webhook had it. */
  private final IntercomActivities intercom =
      Workflow.newActivityStub(
          IntercomActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(15))
              .setScheduleToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(4).build())
              .build());

  private final CaseStoreActivities store =
      Workflow.newActivityStub(
          CaseStoreActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(20))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofSeconds(30)).build())
              .build());

  private CaseState state;
  private boolean searchAttributes;
  private int revision;
  private int savedRevision = -1;
  private boolean alertStale;
  private SlackRef alert;
  private CaseView alertShows;
  private ConversationContext context = ConversationContext.EMPTY;
  private Promise<ConversationContext> contextPromise;
  private final List<Rating> pendingRatings = new ArrayList<>();
  private final List<SlackRequest> outgoing = new ArrayList<>();

  @Override
  public CaseView run(CaseInput input) {
    state = new CaseState(input, Workflow.getInfo().getWorkflowId());
    searchAttributes = input.searchAttributes();
    Rating rating = input.rating();

    if (rating.score() == 3) {
      Instant since = now().minus(state.playbook.rules(3).repeatWindow());
      state.repeat =
          store.hadNeutralSince(
              new CaseStoreActivities.RepeatQuery(
                  rating.customer().id(), rating.customer().externalId(), since, state.caseId));
      state.recovery = state.repeat;
    }

    if (rating.score() >= 4) {
      celebrate();
      return state.view();
    }

    // Version 1 writes the row before the alert goes out, so that a click on the alert always
    // finds its case; older histories posted first.
    if (Workflow.getVersion(SAVE_BEFORE_ALERT, Workflow.DEFAULT_VERSION, 1) >= 1) {
      save();
    }
    postAlert();
    contextPromise =
        Async.function(
            intercom::conversationContext,
            new IntercomActivities.ContextRequest(
                rating.conversationId(), rating.customer().id(), rating.teammateId()));
    flush();

    while (!state.isClosed()) {
      waitForWork();
      applyContext();
      applyRatings();
      if (state.mayClose()) {
        closeCase();
      }
      flush();
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    return state.view();
  }

  // ----- signals and updates: state changes only -----

  @Override
  public void rate(Rating rating) {
    if (state == null || state.seenRatings.contains(CaseState.ratingKey(rating))) {
      return;
    }
    pendingRatings.add(rating);
  }

  @Override
  public void teammateReplied(Actions.TeammateReply reply) {
    if (state == null
        || state.isClosed()
        || state.followedUpAt != null
        || reply.at() == null
        || !reply.at().isAfter(state.rating.ratedAt())) {
      return;
    }
    state.followedUpAt = reply.at();
    state.followedUpBy = "intercom:" + reply.adminId();
    changed();
  }

  @Override
  public void validateClaim(Actions.Claim claim) {
    requireOpen();
    requireActor(claim.actor());
    if (state.owner != null) {
      throw refused("This case is already claimed by <@" + state.owner + ">.");
    }
    if (!state.playbook.mayClaim(claim.actor(), state.effectiveScore())) {
      throw refused("Only managers and senior reps may claim a score-1 case.");
    }
  }

  @Override
  public CaseView claim(Actions.Claim claim) {
    state.owner = claim.actor();
    state.claimedAt = now();
    outgoing.add(request(MessageKind.FOLLOW_UP_DRAFT, "follow_up_draft", claim.actor(), null));
    return changedAndSaved();
  }

  @Override
  public void validateFollowUp(Actions.FollowUp followUp) {
    requireOwnerActs(followUp.actor());
    if (state.followedUpAt != null) {
      throw refused("The follow-up is already recorded (" + state.followedUpAt + ").");
    }
    Instant at = followUp.at();
    if (at != null && (at.isBefore(state.rating.ratedAt()) || at.isAfter(now()))) {
      throw refused("The follow-up time must lie between the rating and now.");
    }
  }

  @Override
  public CaseView followUp(Actions.FollowUp followUp) {
    state.followedUpAt = followUp.at() != null ? followUp.at() : now();
    state.followedUpBy = followUp.actor();
    return changedAndSaved();
  }

  @Override
  public void validateFix(Actions.Fix fix) {
    if (state != null && state.stage == Stage.AWAITING_ROOT_CAUSE && state.owner == null) {
      // Only the root cause is left to record; whoever records it becomes the owner.
      requireOpen();
      requireActor(fix.actor());
    } else {
      requireOwnerActs(fix.actor());
    }
    if (state.fixedAt != null) {
      throw refused("The fix is already recorded; record the check-in next.");
    }
    if (fix.rootCause() == null || !state.playbook.rootCauses().contains(fix.rootCause())) {
      throw refused("Pick a root cause from: " + String.join(", ", state.playbook.rootCauses()));
    }
    boolean rootCauseOnly = state.stage == Stage.AWAITING_ROOT_CAUSE || !state.recovery;
    if (fix.eta() != null) {
      if (!fix.eta().isAfter(now())) {
        throw refused("The ETA must be in the future.");
      }
    } else if (!rootCauseOnly && (fix.whatWasFixed() == null || fix.whatWasFixed().isBlank())) {
      throw refused("Say what was fixed, or give an ETA for a fix that needs more time.");
    }
  }

  @Override
  public CaseView fix(Actions.Fix fix) {
    if (state.owner == null) {
      state.owner = fix.actor();
      state.claimedAt = now();
    }
    state.rootCause = fix.rootCause();
    state.productArea = blankToNull(fix.productArea());
    if (fix.eta() != null) {
      state.fixEta = fix.eta();
      if (fix.whatWasFixed() != null && !fix.whatWasFixed().isBlank()) {
        state.fix = fix.whatWasFixed();
      }
    } else {
      state.fix = blankToNull(fix.whatWasFixed());
      state.fixedAt = now();
      state.fixCycle++;
      state.checkInPromptedAt = null;
    }
    return changedAndSaved();
  }

  @Override
  public void validateCheckIn(Actions.CheckIn checkIn) {
    requireOwnerActs(checkIn.actor());
    if (checkIn.outcome() == null || checkIn.outcome() == Outcome.RATING_CHANGED) {
      throw refused("The check-in outcome is recovered, still_unhappy or no_reply.");
    }
    if (!state.recovery || state.fixedAt == null) {
      throw refused("Record the fix before the check-in.");
    }
    if (state.followedUpAt == null) {
      throw refused("Record the follow-up with the customer before the check-in.");
    }
  }

  @Override
  public CaseView checkIn(Actions.CheckIn checkIn) {
    state.checkedInAt = now();
    if (checkIn.outcome() == Outcome.STILL_UNHAPPY) {
      // Back to Fix: the fix deadline runs again from now, on the same business-day rule.
      state.fixedAt = null;
      state.fixEta = null;
      state.checkedInAt = null;
      state.checkInPromptedAt = null;
      state.deadlineBase = now();
      state.outcome = null;
      state.firedTimers.removeIf(key -> key.startsWith(CaseState.TimerKind.FIX.name()));
    } else {
      state.outcome = checkIn.outcome();
    }
    return changedAndSaved();
  }

  @Override
  public CaseView view() {
    return state == null ? null : state.view();
  }

  // ----- the main loop's steps -----

  private void waitForWork() {
    CaseState.NextTimer next = state.nextTimer();
    if (next == null) {
      Workflow.await(this::hasWork);
      return;
    }
    Duration delay = Duration.between(now(), next.at());
    if (delay.isNegative()) {
      delay = Duration.ZERO;
    }
    Promise<?>[] timer = new Promise<?>[1];
    Duration wait = delay;
    CancellationScope scope =
        Workflow.newCancellationScope(
            () ->
                timer[0] =
                    Workflow.newTimer(
                        wait, TimerOptions.newBuilder().setSummary(next.summary()).build()));
    scope.run();
    Workflow.await(() -> timer[0].isCompleted() || hasWork());
    if (timer[0].isCompleted()) {
      fire(next);
    } else {
      scope.cancel();
      // The cancelled timer fails its promise; reading it here keeps the SDK from warning.
      timer[0].exceptionally(failure -> null);
    }
  }

  private boolean hasWork() {
    return revision != savedRevision
        || !pendingRatings.isEmpty()
        || (contextPromise != null && contextPromise.isCompleted());
  }

  private void fire(CaseState.NextTimer timer) {
    state.firedTimers.add(timer.key());
    Instant at = timer.at();
    switch (timer.kind()) {
      case CLAIM -> {
        escalate(Escalation.CLAIM_MISSED, at);
        outgoing.add(
            request(
                    MessageKind.CLAIM_REALERT,
                    "claim_missed:" + at,
                    state.playbook.channels().escalations(),
                    null)
                .withMentions(state.playbook.managers()));
      }
      case FOLLOW_UP -> escalateMissed(Escalation.FOLLOW_UP_MISSED, at);
      case FIX -> escalateMissed(Escalation.FIX_MISSED, at);
      case CHECK_IN_PROMPT -> {
        state.checkInPromptedAt = now();
        String key = "check_in_prompt:" + state.fixCycle;
        outgoing.add(request(MessageKind.CHECK_IN_PROMPT, key + ":dm", state.owner, null));
        if (alert != null) {
          outgoing.add(
              request(MessageKind.CHECK_IN_PROMPT, key + ":thread", alert.channel(), alert.ts()));
        }
      }
      case CHECK_IN_DUE -> {
        escalate(Escalation.CHECK_IN_MISSED, at);
        outgoing.add(
            request(
                    MessageKind.CHECK_IN_REMINDER,
                    "check_in_missed:" + state.fixCycle,
                    state.owner,
                    null)
                .withEscalation(last()));
      }
    }
    changed();
  }

  /**
   * A missed follow-up or fix: the alert's thread, the owner (or managers), the head of support.
   */
  private void escalateMissed(String kind, Instant deadline) {
    escalate(kind, deadline);
    Escalation escalation = last();
    String key = kind + ":" + deadline;
    Set<String> people = new LinkedHashSet<>();
    if (state.owner != null) {
      people.add(state.owner);
    } else {
      people.addAll(state.playbook.managers());
    }
    if (state.playbook.headOfSupport() != null) {
      people.add(state.playbook.headOfSupport());
    }
    if (alert != null) {
      outgoing.add(
          request(MessageKind.ESCALATION, key + ":thread", alert.channel(), alert.ts())
              .withMentions(List.copyOf(people))
              .withEscalation(escalation));
    }
    for (String person : people) {
      outgoing.add(
          request(MessageKind.ESCALATION, key + ":dm:" + person, person, null)
              .withEscalation(escalation));
    }
  }

  private void escalate(String kind, Instant deadline) {
    state.escalations.add(new Escalation(kind, now(), deadline));
    log.info("Case escalated: {} (deadline {})", kind, deadline);
  }

  private Escalation last() {
    return state.escalations.get(state.escalations.size() - 1);
  }

  private void applyContext() {
    if (contextPromise == null || !contextPromise.isCompleted()) {
      return;
    }
    try {
      context = contextPromise.get();
      if (context.teammateName() != null) {
        state.teammateName = context.teammateName();
      }
      // Without an Intercom token the context is empty and the alert has nothing to add.
      alertStale =
          Workflow.getVersion(UPDATE_ALERT_ON_CHANGE, Workflow.DEFAULT_VERSION, 1) < 1
              || !ConversationContext.EMPTY.equals(context);
    } catch (ActivityFailure e) {
      log.warn("No conversation context from Intercom; the alert stays as the webhook had it", e);
    }
    contextPromise = null;
    changed();
  }

  private void applyRatings() {
    List<Rating> ratings = new ArrayList<>(pendingRatings);
    pendingRatings.clear();
    for (Rating rating : ratings) {
      if (!state.seenRatings.add(CaseState.ratingKey(rating)) || state.isClosed()) {
        continue;
      }
      if (!rating.version().isAfter(state.rating.version())) {
        // A late copy of an earlier version: the case already has something newer.
        continue;
      }
      int before = state.rating.score();
      if (rating.score() == before) {
        state.rating = rating;
        continue;
      }
      state.previousScores.add(before);
      state.rating = rating;
      outgoing.add(rateChangeMessage(before, rating.score()));
      if (rating.score() >= 3 && before <= 2 || rating.score() >= 4) {
        state.outcome = Outcome.RATING_CHANGED;
      } else if (rating.score() < before) {
        state.recovery = true;
        state.deadlineBase = now();
        escalate(Escalation.RATING_WORSENED, now());
        outgoing.add(
            request(
                    MessageKind.CLAIM_REALERT,
                    "rating_worsened:" + rating.version(),
                    state.playbook.channels().escalations(),
                    null)
                .withMentions(state.playbook.managers()));
      }
      changed();
    }
  }

  private SlackRequest rateChangeMessage(int before, int after) {
    String channel = alert != null ? alert.channel() : state.playbook.channels().alerts();
    String thread = alert != null ? alert.ts() : null;
    return request(
        MessageKind.RATING_CHANGED, "rating_changed:" + before + "->" + after, channel, thread);
  }

  private void postAlert() {
    boolean furious = state.effectiveScore() == 1;
    MessageKind kind = state.recovery ? MessageKind.ALERT : MessageKind.NOTICE;
    String channel =
        furious ? state.playbook.channels().escalations() : state.playbook.channels().alerts();
    SlackRequest request = request(kind, "alert", channel, null);
    if (furious) {
      request = request.withMentions(state.playbook.managers());
    }
    alert = send(request);
    alertShows = request.view();
  }

  private void celebrate() {
    state.close(now());
    String reviewUrl = state.rating.score() == 5 ? state.playbook.rules(5).reviewUrl() : null;
    send(
        request(MessageKind.WIN, "win", state.playbook.channels().wins(), null)
            .withReviewUrl(reviewUrl));
    save();
  }

  private void closeCase() {
    state.close(now());
    if (state.outcome == Outcome.RECOVERED && state.rating.score() <= 2) {
      outgoing.add(
          request(MessageKind.RECOVERED, "recovered", state.playbook.channels().wins(), null));
    }
    log.info("Case closed with outcome {}", state.outcome);
    changed();
  }

  /** Does the I/O that the state changes since the last flush call for, then marks them saved. */
  private void flush() {
    int target = revision;
    state.restage();
    List<SlackRequest> messages = new ArrayList<>(outgoing);
    outgoing.clear();
    for (SlackRequest message : messages) {
      send(message.withView(state.view()));
    }
    CaseView shown = state.view();
    boolean alertChanged =
        Workflow.getVersion(UPDATE_ALERT_ON_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1
            ? !shown.equals(alertShows)
            : target != savedRevision;
    if (alert != null && (alertStale || alertChanged)) {
      // Slack rate-limits chat.update per channel: rewrite the alert only when it would change.
      update(request(state.recovery ? MessageKind.ALERT : MessageKind.NOTICE, "alert", null, null));
      alertStale = false;
      alertShows = shown;
    }
    save();
    savedRevision = target;
  }

  private void save() {
    state.restage();
    store.save(state.view());
    Workflow.setCurrentDetails(state.details());
    if (searchAttributes) {
      Workflow.upsertTypedSearchAttributes(
          CaseSearchAttributes.SCORE.valueSet((long) state.rating.score()),
          CaseSearchAttributes.STAGE.valueSet(state.stage.wireName()),
          state.owner == null
              ? CaseSearchAttributes.OWNER.valueUnset()
              : CaseSearchAttributes.OWNER.valueSet(state.owner));
    }
  }

  private SlackRef send(SlackRequest request) {
    if (request.channel() == null) {
      return null;
    }
    try {
      return slack.send(request);
    } catch (ActivityFailure e) {
      problem(request, e);
      return null;
    }
  }

  private void update(SlackRequest request) {
    try {
      slack.update(request);
    } catch (ActivityFailure e) {
      problem(request, e);
    }
  }

  private void problem(SlackRequest request, ActivityFailure failure) {
    String reason =
        failure.getCause() instanceof ApplicationFailure app
            ? app.getOriginalMessage()
            : String.valueOf(failure.getCause());
    String problem = "Slack " + request.kind().name().toLowerCase() + " not delivered: " + reason;
    log.warn("{}; the case goes on without it", problem);
    state.problems.add(problem);
  }

  // ----- helpers -----

  private SlackRequest request(MessageKind kind, String key, String channel, String threadTs) {
    return new SlackRequest(
        state.caseId,
        key,
        kind,
        channel,
        threadTs,
        List.of(),
        state.view(),
        context,
        null,
        state.playbook.timezone(),
        null);
  }

  private void changed() {
    revision++;
  }

  private CaseView changedAndSaved() {
    changed();
    int mine = revision;
    Workflow.await(() -> savedRevision >= mine);
    return state.view();
  }

  private void requireOpen() {
    if (state == null) {
      throw refused("The case is still starting; try again in a moment.");
    }
    if (state.isClosed()) {
      throw refused("The case is closed.");
    }
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw refused("Say who acts (a Slack user id).");
    }
  }

  private void requireOwnerActs(String actor) {
    requireOpen();
    requireActor(actor);
    if (state.owner == null) {
      throw refused("Claim the case first.");
    }
    if (!state.owner.equals(actor) && !state.playbook.managers().contains(actor)) {
      throw refused("Only the owner, <@" + state.owner + ">, or a manager may do that.");
    }
  }

  /** An update validator's rejection: the caller sees the message, the history keeps nothing. */
  private static IllegalStateException refused(String message) {
    return new IllegalStateException(message);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
