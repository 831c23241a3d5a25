package app.rebound.workflows;

import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Deadlines;
import app.rebound.workflows.model.Escalation;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.Stage;
import app.rebound.workflows.playbook.BusinessCalendar;
import app.rebound.workflows.playbook.Playbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a case knows, and the rules that follow from it: which deadlines apply, which one
 * comes next, whether the case may close. Pure and deterministic: the workflow feeds it the current
 * time; nothing here reads a clock or does I/O, so it is tested on its own.
 */
final class CaseState {

  /** The kind of thing a timer waits for. */
  enum TimerKind {
    CLAIM(Escalation.CLAIM_MISSED, "claim deadline"),
    FOLLOW_UP(Escalation.FOLLOW_UP_MISSED, "follow-up deadline"),
    FIX(Escalation.FIX_MISSED, "fix deadline"),
    CHECK_IN_PROMPT(null, "check-in prompt"),
    CHECK_IN_DUE(Escalation.CHECK_IN_MISSED, "check-in deadline");

    final String escalation;
    final String label;

    TimerKind(String escalation, String label) {
      this.escalation = escalation;
      this.label = label;
    }
  }

  /** The next thing to wait for: its kind and when. */
  record NextTimer(TimerKind kind, Instant at) {
    String key() {
      return kind.name() + "@" + at;
    }

    String summary() {
      return kind.label + " " + at;
    }
  }

  final String caseId;
  final String workflowId;
  final Playbook playbook;
  final BusinessCalendar calendar;
  final CaseInput.Links links;

  Rating rating;
  final List<Integer> previousScores = new ArrayList<>();
  final Set<String> seenRatings = new HashSet<>();
  boolean repeat;

  /** Whether the case follows the recovery timeline (a 1, a 2, or a repeated 3). */
  boolean recovery;

  /** When the current score's deadlines started: the rating, or the change to a worse score. */
  Instant deadlineBase;

  String teammateName;
  String owner;
  Instant claimedAt;
  Instant followedUpAt;
  String followedUpBy;
  Instant fixedAt;
  Instant fixEta;
  String fix;
  String rootCause;
  String productArea;
  int fixCycle;
  Instant checkInPromptedAt;
  Instant checkedInAt;
  Outcome outcome;
  Stage stage = Stage.ALERTED;
  Instant closedAt;
  final List<Escalation> escalations = new ArrayList<>();
  final Set<String> firedTimers = new HashSet<>();
  final List<String> problems = new ArrayList<>();

  CaseState(CaseInput input, String workflowId) {
    this.caseId = input.caseId();
    this.workflowId = workflowId;
    this.playbook = input.playbook();
    this.calendar = playbook.calendar();
    this.links = input.links();
    this.rating = input.rating();
    this.deadlineBase = rating.ratedAt();
    this.recovery = rating.isBad();
    seenRatings.add(ratingKey(rating));
  }

  static String ratingKey(Rating rating) {
    return rating.score() + "@" + rating.version();
  }

  /** The score whose rules apply: a repeated 3 is handled exactly like a 2. */
  int effectiveScore() {
    return repeat && rating.score() == 3 ? 2 : rating.score();
  }

  boolean isClosed() {
    return stage == Stage.CLOSED;
  }

  boolean isCelebration() {
    return rating.score() >= 4 && outcome == null;
  }

  Playbook.ScoreRules rules() {
    return playbook.rules(effectiveScore());
  }

  Deadlines deadlines() {
    if (!recovery || isClosed() || stage == Stage.AWAITING_ROOT_CAUSE) {
      return Deadlines.NONE;
    }
    Playbook.ScoreRules rules = rules();
    Instant claim = owner == null ? calendar.deadline(deadlineBase, rules.claimWithin()) : null;
    Instant followUp =
        followedUpAt == null ? calendar.deadline(deadlineBase, rules.followUpWithin()) : null;
    Instant fixBy = null;
    if (fixedAt == null) {
      fixBy = fixEta != null ? fixEta : calendar.deadline(deadlineBase, rules.fixWithin());
    }
    Instant checkIn =
        fixedAt != null && checkedInAt == null
            ? fixedAt.plus(playbook.checkIn().dueWithin())
            : null;
    return new Deadlines(claim, followUp, fixBy, checkIn);
  }

  /** The earliest timer that has not fired yet, or null when the case waits only for people. */
  NextTimer nextTimer() {
    Deadlines deadlines = deadlines();
    List<NextTimer> candidates = new ArrayList<>();
    add(candidates, TimerKind.CLAIM, deadlines.claim());
    add(candidates, TimerKind.FOLLOW_UP, deadlines.followUp());
    add(candidates, TimerKind.FIX, deadlines.fix());
    if (deadlines.checkIn() != null && checkInPromptedAt == null) {
      add(candidates, TimerKind.CHECK_IN_PROMPT, fixedAt.plus(playbook.checkIn().after()));
    }
    add(candidates, TimerKind.CHECK_IN_DUE, deadlines.checkIn());
    NextTimer next = null;
    for (NextTimer candidate : candidates) {
      if (next == null || candidate.at().isBefore(next.at())) {
        next = candidate;
      }
    }
    return next;
  }

  private void add(List<NextTimer> candidates, TimerKind kind, Instant at) {
    if (at != null && !firedTimers.contains(kind.name() + "@" + at)) {
      candidates.add(new NextTimer(kind, at));
    }
  }

  /** Whether a deadline whose step is still not done has already passed. */
  boolean overdue() {
    Deadlines deadlines = deadlines();
    return fired(TimerKind.CLAIM, deadlines.claim())
        || fired(TimerKind.FOLLOW_UP, deadlines.followUp())
        || fired(TimerKind.FIX, deadlines.fix())
        || fired(TimerKind.CHECK_IN_DUE, deadlines.checkIn());
  }

  private boolean fired(TimerKind kind, Instant at) {
    return at != null && firedTimers.contains(kind.name() + "@" + at);
  }

  /** Recomputes the stage from the milestones reached; closing is decided by {@link #mayClose}. */
  void restage() {
    if (isClosed()) {
      return;
    }
    if (outcome == Outcome.RATING_CHANGED) {
      stage = Stage.AWAITING_ROOT_CAUSE;
    } else if (fixedAt != null && checkInPromptedAt != null) {
      stage = Stage.CHECKING_IN;
    } else if (fixedAt != null) {
      stage = Stage.FIXED;
    } else if (fixEta != null) {
      stage = Stage.FIXING;
    } else if (followedUpAt != null) {
      stage = Stage.FOLLOWED_UP;
    } else if (owner != null) {
      stage = Stage.CLAIMED;
    } else {
      stage = Stage.ALERTED;
    }
  }

  /** A case never closes without a root cause; a recovery case also needs its check-in. */
  boolean mayClose() {
    if (isClosed() || rootCause == null) {
      return false;
    }
    if (outcome == Outcome.RATING_CHANGED || !recovery) {
      return true;
    }
    return fixedAt != null
        && followedUpAt != null
        && (outcome == Outcome.RECOVERED || outcome == Outcome.NO_REPLY);
  }

  void close(Instant now) {
    stage = Stage.CLOSED;
    closedAt = now;
  }

  /** What the current-details line of the Temporal UI says. */
  String details() {
    StringBuilder text = new StringBuilder();
    text.append("Score ").append(rating.score());
    if (repeat) {
      text.append(" (repeat 3)");
    }
    text.append(" · stage ").append(stage.wireName());
    text.append(" · owner ").append(owner == null ? "none" : owner);
    if (overdue()) {
      text.append(" · OVERDUE");
    }
    NextTimer next = nextTimer();
    if (next != null) {
      text.append(" · next: ").append(next.kind().label).append(" at ").append(next.at());
    }
    if (!problems.isEmpty()) {
      text.append(" · problem: ").append(problems.get(problems.size() - 1));
    }
    return text.toString();
  }

  CaseView view() {
    return new CaseView(
        caseId,
        workflowId,
        rating.conversationId(),
        rating.score(),
        List.copyOf(previousScores),
        isClosed() ? CaseView.CLOSED : CaseView.OPEN,
        stage,
        overdue(),
        rating.customer(),
        rating.teammateId(),
        teammateName,
        rating.remark(),
        owner,
        rating.ratedAt(),
        claimedAt,
        followedUpAt,
        followedUpBy,
        fixedAt,
        checkInPromptedAt,
        checkedInAt,
        closedAt,
        deadlines(),
        List.copyOf(escalations),
        rootCause,
        productArea,
        fix,
        fixEta,
        outcome,
        repeat,
        rating.aiAgentParticipated(),
        links.conversationUrl(rating.conversationId()),
        links.caseUrl(caseId),
        links.workflowUrl(workflowId),
        List.copyOf(problems));
  }
}
