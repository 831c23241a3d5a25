package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.WeeklyReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

class WeeklyFiguresTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** A Thursday: the current week started on Monday 30 November. */
  private static final Instant AS_OF = Instant.parse("2026-12-03T18:00:00Z");

  private int next;

  @EachDatabase
  void weeksStartOnMondayInTheTeamZoneOldestFirstEndingWithTheCurrentWeek(Database db) {
    WeeklyFigures figures = new WeeklyFigures(db.jdbi());

    WeeklyReport report = figures.compute(AS_OF, NEW_YORK, 6);

    assertThat(report.weeks())
        .extracting(WeeklyReport.Week::weekStart)
        .containsExactly(
            LocalDate.parse("2026-10-26"),
            LocalDate.parse("2026-11-02"),
            LocalDate.parse("2026-11-09"),
            LocalDate.parse("2026-11-16"),
            LocalDate.parse("2026-11-23"),
            LocalDate.parse("2026-11-30"));
    assertThat(report.weeks()).allSatisfy(week -> assertThat(week.badRatings()).isZero());
    assertThat(report.recoveryByResponseTime())
        .extracting(WeeklyReport.ResponseBucket::bucket)
        .containsExactlyElementsOf(WeeklyReport.BUCKETS);
    assertThat(report.recoveryByResponseTime())
        .allSatisfy(bucket -> assertThat(bucket.rate()).isNull());
  }

  @EachDatabase
  void badRatingsFallInTheWeekOfTheTeamZoneNotOfUtc(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    // Sunday 29 November 23:30 in New York, already Monday in UTC.
    store.save(bad("2026-11-30T04:30:00Z").build());
    // Monday 30 November 00:30 in New York.
    store.save(bad("2026-11-30T05:30:00Z").build());
    // Sunday 25 October 23:30 EDT: the day before the window opens.
    store.save(bad("2026-10-26T03:30:00Z").build());
    // Monday 26 October 00:30 EDT: the first hour of the window.
    store.save(bad("2026-10-26T04:30:00Z").build());
    // Monday 2 November 00:30 EST, the day after the clocks went back.
    store.save(bad("2026-11-02T05:30:00Z").build());
    // After the instant the report is made at.
    store.save(bad("2026-12-03T18:30:00Z").build());

    WeeklyReport report = new WeeklyFigures(db.jdbi()).compute(AS_OF, NEW_YORK, 6);

    assertThat(report.weeks())
        .extracting(WeeklyReport.Week::badRatings)
        .containsExactly(1, 1, 0, 0, 1, 1);
  }

  @EachDatabase
  void onlyOnesTwosRepeatedThreesAndChangedBadScoresAreBadRatings(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    String monday = "2026-11-30T15:00:00Z";
    store.save(bad(monday).score(1).build());
    store.save(bad(monday).score(2).build());
    store.save(bad(monday).score(3).build());
    store.save(bad(monday).score(3).repeat().build());
    store.save(bad(monday).score(4).build());
    store.save(bad(monday).score(5).previousScores(List.of(1)).build());

    WeeklyReport report = new WeeklyFigures(db.jdbi()).compute(AS_OF, NEW_YORK, 1);

    assertThat(report.weeks())
        .singleElement()
        .satisfies(w -> assertThat(w.badRatings()).isEqualTo(4));
  }

  @EachDatabase
  void recoveriesCountInTheWeekTheCaseClosedAndCreditTheirOwners(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    // Rated before the window, recovered in its first week.
    store.save(
        bad("2026-10-20T15:00:00Z")
            .owner("U0REP1")
            .closed("2026-10-27T15:00:00Z", Outcome.RECOVERED)
            .build());
    store.save(
        bad("2026-11-30T15:00:00Z")
            .owner("U0REP1")
            .closed("2026-12-01T15:00:00Z", Outcome.RECOVERED)
            .build());
    store.save(
        bad("2026-11-30T15:00:00Z")
            .owner("U0REP2")
            .closed("2026-12-02T15:00:00Z", Outcome.RECOVERED)
            .build());
    store.save(
        bad("2026-11-30T15:00:00Z")
            .owner("U0REP2")
            .closed("2026-12-02T16:00:00Z", Outcome.STILL_UNHAPPY)
            .build());

    WeeklyReport report = new WeeklyFigures(db.jdbi()).compute(AS_OF, NEW_YORK, 6);

    assertThat(report.weeks())
        .extracting(WeeklyReport.Week::recovered)
        .containsExactly(1, 0, 0, 0, 0, 2);
    assertThat(report.topRecoverers())
        .containsExactly(
            new WeeklyReport.Recoverer("U0REP1", 2), new WeeklyReport.Recoverer("U0REP2", 1));
  }

  @EachDatabase
  void topRootCausesAndProductAreasComeFromBadRatingsInTheWindow(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    String inWindow = "2026-11-10T15:00:00Z";
    store.save(bad(inWindow).rootCause("billing issue").productArea("Billing").build());
    store.save(bad(inWindow).rootCause("billing issue").productArea(" billing ").build());
    store.save(bad(inWindow).rootCause("billing issue").productArea("exports").build());
    store.save(bad(inWindow).rootCause("slow response").build());
    store.save(bad(inWindow).rootCause("product bug").build());
    store.save(bad(inWindow).rootCause("wrong answer").build());
    store.save(bad(inWindow).rootCause("documentation wrong").build());
    store.save(bad(inWindow).rootCause("other").build());
    store.save(bad(inWindow).score(4).rootCause("missing feature").build());
    store.save(bad("2026-10-01T15:00:00Z").rootCause("missing feature").build());

    WeeklyReport report = new WeeklyFigures(db.jdbi()).compute(AS_OF, NEW_YORK, 6);

    assertThat(report.topRootCauses())
        .containsExactly(
            new WeeklyReport.Count("billing issue", 3),
            new WeeklyReport.Count("documentation wrong", 1),
            new WeeklyReport.Count("other", 1),
            new WeeklyReport.Count("product bug", 1),
            new WeeklyReport.Count("slow response", 1));
    assertThat(report.productAreas())
        .containsExactly(
            new WeeklyReport.Count("billing", 2), new WeeklyReport.Count("exports", 1));
  }

  @EachDatabase
  void teammatesWithTwoOrMoreBadRatingsAreNamedByTheirLatestCase(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(bad("2026-11-10T15:00:00Z").teammate("814400221", "Samantha").build());
    store.save(bad("2026-11-20T15:00:00Z").teammate("814400221", "Sam").build());
    store.save(bad("2026-11-21T15:00:00Z").teammate("991267715", "Alex").build());
    store.save(bad("2026-11-21T15:00:00Z").score(5).teammate("991267715", "Alex").build());

    WeeklyReport report = new WeeklyFigures(db.jdbi()).compute(AS_OF, NEW_YORK, 6);

    assertThat(report.repeatTeammates())
        .containsExactly(new WeeklyReport.RepeatTeammate("814400221", "Sam", 2));
  }

  @EachDatabase
  void recoveryRateIsByFollowUpResponseTimeOverClosedBadCases(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    String rated = "2026-11-30T15:00:00Z";
    store.save(followedUp(rated, Duration.ofMinutes(30), Outcome.RECOVERED));
    store.save(followedUp(rated, Duration.ofMinutes(59), Outcome.RECOVERED));
    store.save(followedUp(rated, Duration.ofMinutes(59), Outcome.RECOVERED));
    store.save(followedUp(rated, Duration.ofMinutes(50), Outcome.NO_REPLY));
    store.save(followedUp(rated, Duration.ofHours(1), Outcome.STILL_UNHAPPY));
    store.save(followedUp(rated, Duration.ofHours(24), Outcome.RECOVERED));
    store.save(bad(rated).followedUpAfter(Duration.ofHours(3)).build());

    WeeklyReport report =
        new WeeklyFigures(db.jdbi()).compute(Instant.parse("2026-12-06T12:00:00Z"), NEW_YORK, 6);

    assertThat(report.recoveryByResponseTime())
        .containsExactly(
            new WeeklyReport.ResponseBucket("under 1 h", 4, 3, 0.75),
            new WeeklyReport.ResponseBucket("1 to 2 h", 1, 0, 0.0),
            new WeeklyReport.ResponseBucket("2 to 24 h", 0, 0, null),
            new WeeklyReport.ResponseBucket("over 24 h", 1, 1, 1.0));
  }

  @EachDatabase
  void weeksOutsideOneToFiftyTwoAreRefused(Database db) {
    WeeklyFigures figures = new WeeklyFigures(db.jdbi());

    assertThatThrownBy(() -> figures.compute(AS_OF, NEW_YORK, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 52");
    assertThatThrownBy(() -> figures.compute(AS_OF, NEW_YORK, 53))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private CaseView followedUp(String rated, Duration after, Outcome outcome) {
    Instant followUp = Instant.parse(rated).plus(after);
    return bad(rated)
        .followedUpAfter(after)
        .closed(followUp.plus(Duration.ofDays(2)).toString(), outcome)
        .build();
  }

  private CaseViews bad(String ratedAt) {
    next++;
    return CaseViews.aCase("9000" + next).ratedAt(ratedAt);
  }
}
