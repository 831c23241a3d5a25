package app.rebound.workflows.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaybookLoaderTest {
  /** The example of SPEC §2, word for word. */
  static final String SPEC_EXAMPLE =
      """
      timezone: America/New_York
      businessHours: {days: [MON, TUE, WED, THU, FRI], start: "09:00", end: "18:00"}
      holidays: [2026-12-25]
      channels: {alerts: C0ALERTS, escalations: C0ESCALATE, wins: C0WINS, reports: C0REPORTS}
      managers: [U0MANAGER1, U0MANAGER2]     # may claim score-1 cases, get escalations
      seniorReps: [U0SENIOR1]                # may claim score-1 cases
      headOfSupport: U0HEAD
      scores:
        1: {claimWithin: 15m, followUpWithin: 1h, fixWithin: sameBusinessDay}
        2: {followUpWithin: sameBusinessDay, fixWithin: sameBusinessDay}
        3: {repeatWindow: 90d}
        5: {reviewUrl: "https://example.com/review"}
      checkIn: {after: 48h, dueWithin: 72h}
      reconcileEvery: 15m
      weeklyReport: {day: MON, time: "09:00", weeks: 6}
      rootCauses: [slow response, wrong answer, product bug, billing issue,
                   missing feature, documentation wrong, other]
      """;

  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private static final List<String> SPEC_ROOT_CAUSES =
      List.of(
          "slow response",
          "wrong answer",
          "product bug",
          "billing issue",
          "missing feature",
          "documentation wrong",
          "other");

  @Test
  void defaultsFollowSpecSectionOne() {
    Playbook playbook = PlaybookLoader.defaults();

    assertThat(playbook.timezone()).isEqualTo("UTC");
    assertThat(playbook.businessHours())
        .isEqualTo(new Playbook.BusinessHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0)));
    assertThat(playbook.holidays()).isEmpty();
    assertThat(playbook.channels())
        .isEqualTo(
            new Playbook.Channels("csat-alerts", "csat-escalations", "csat-wins", "csat-reports"));
    assertThat(playbook.managers()).isEmpty();
    assertThat(playbook.seniorReps()).isEmpty();
    assertThat(playbook.headOfSupport()).isNull();
    assertThat(playbook.rules(1))
        .isEqualTo(
            new Playbook.ScoreRules(
                DeadlineRule.parse("15m"),
                DeadlineRule.parse("1h"),
                DeadlineRule.sameBusinessDayRule(),
                null,
                null));
    assertThat(playbook.rules(2))
        .isEqualTo(
            new Playbook.ScoreRules(
                null,
                DeadlineRule.sameBusinessDayRule(),
                DeadlineRule.sameBusinessDayRule(),
                null,
                null));
    assertThat(playbook.rules(3).repeatWindow()).isEqualTo(Duration.ofDays(90));
    assertThat(playbook.rules(4)).isEqualTo(Playbook.ScoreRules.NONE);
    assertThat(playbook.rules(5).reviewUrl()).isNull();
    assertThat(playbook.scores()).containsOnlyKeys(1, 2, 3, 4, 5);
    assertThat(playbook.checkIn())
        .isEqualTo(new Playbook.CheckInRules(Duration.ofHours(48), Duration.ofHours(72)));
    assertThat(playbook.reconcileEvery()).isEqualTo(Duration.ofMinutes(15));
    assertThat(playbook.weeklyReport())
        .isEqualTo(new Playbook.WeeklyReport(DayOfWeek.MONDAY, LocalTime.of(9, 0), 6));
    assertThat(playbook.rootCauses()).isEqualTo(SPEC_ROOT_CAUSES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "# nothing but a comment\n", "---\n"})
  void emptyTextGivesTheDefaults(String yaml) {
    Playbook playbook = PlaybookLoader.parse(yaml);

    assertThat(playbook).isEqualTo(PlaybookLoader.defaults());
  }

  @Test
  void theSpecExampleParsesToItsValues() {
    Playbook playbook = PlaybookLoader.parse(SPEC_EXAMPLE);

    assertThat(playbook.timezone()).isEqualTo("America/New_York");
    assertThat(playbook.businessHours())
        .isEqualTo(new Playbook.BusinessHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0)));
    assertThat(playbook.holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    assertThat(playbook.channels())
        .isEqualTo(new Playbook.Channels("C0ALERTS", "C0ESCALATE", "C0WINS", "C0REPORTS"));
    assertThat(playbook.managers()).containsExactly("U0MANAGER1", "U0MANAGER2");
    assertThat(playbook.seniorReps()).containsExactly("U0SENIOR1");
    assertThat(playbook.headOfSupport()).isEqualTo("U0HEAD");
    assertThat(playbook.rules(1)).isEqualTo(PlaybookLoader.defaults().rules(1));
    assertThat(playbook.rules(2)).isEqualTo(PlaybookLoader.defaults().rules(2));
    assertThat(playbook.rules(3).repeatWindow()).isEqualTo(Duration.ofDays(90));
    assertThat(playbook.rules(5).reviewUrl()).isEqualTo("https://example.com/review");
    assertThat(playbook.checkIn())
        .isEqualTo(new Playbook.CheckInRules(Duration.ofHours(48), Duration.ofHours(72)));
    assertThat(playbook.reconcileEvery()).isEqualTo(Duration.ofMinutes(15));
    assertThat(playbook.weeklyReport())
        .isEqualTo(new Playbook.WeeklyReport(DayOfWeek.MONDAY, LocalTime.of(9, 0), 6));
    assertThat(playbook.rootCauses()).isEqualTo(SPEC_ROOT_CAUSES);
  }

  @Test
  void aPartialScoreKeepsThatScoresOtherRules() {
    Playbook playbook = PlaybookLoader.parse("scores: {1: {claimWithin: 5m}}");

    assertThat(playbook.rules(1))
        .isEqualTo(
            new Playbook.ScoreRules(
                DeadlineRule.parse("5m"),
                DeadlineRule.parse("1h"),
                DeadlineRule.sameBusinessDayRule(),
                null,
                null));
    assertThat(playbook.rules(2)).isEqualTo(PlaybookLoader.defaults().rules(2));
    assertThat(playbook.rules(3)).isEqualTo(PlaybookLoader.defaults().rules(3));
  }

  @Test
  void partialMappingsMergeOverTheDefaultsKeyByKey() {
    String yaml =
        """
        businessHours: {end: "17:00"}
        channels: {alerts: C0ALERTS}
        checkIn: {after: 24h}
        weeklyReport: {weeks: 8}
        """;

    Playbook playbook = PlaybookLoader.parse(yaml);

    assertThat(playbook.businessHours())
        .isEqualTo(new Playbook.BusinessHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(playbook.channels())
        .isEqualTo(
            new Playbook.Channels("C0ALERTS", "csat-escalations", "csat-wins", "csat-reports"));
    assertThat(playbook.checkIn())
        .isEqualTo(new Playbook.CheckInRules(Duration.ofHours(24), Duration.ofHours(72)));
    assertThat(playbook.weeklyReport())
        .isEqualTo(new Playbook.WeeklyReport(DayOfWeek.MONDAY, LocalTime.of(9, 0), 8));
    assertThat(playbook.timezone()).isEqualTo("UTC");
  }

  @Test
  void anExplicitNullRemovesAScoreRule() {
    Playbook playbook = PlaybookLoader.parse("scores: {2: {fixWithin: null}}");

    assertThat(playbook.rules(2).fixWithin()).isNull();
    assertThat(playbook.rules(2).followUpWithin()).isEqualTo(DeadlineRule.sameBusinessDayRule());
  }

  @Test
  void daysAreReadInAnyCaseOrOrderAndKeptInWeekOrder() {
    Playbook playbook = PlaybookLoader.parse("businessHours: {days: [sun, Thursday, MON, mon]}");

    assertThat(playbook.businessHours().days())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void unquotedTimesAndEmptyListsAreRead() {
    String yaml =
        """
        businessHours: {start: 08:30, end: 9:45}
        managers:
        headOfSupport:
        """;

    Playbook playbook = PlaybookLoader.parse(yaml);

    assertThat(playbook.businessHours().start()).isEqualTo(LocalTime.of(8, 30));
    assertThat(playbook.businessHours().end()).isEqualTo(LocalTime.of(9, 45));
    assertThat(playbook.managers()).isEmpty();
    assertThat(playbook.headOfSupport()).isNull();
  }

  @Test
  void holidaysAreSortedAndCountedOnce() {
    Playbook playbook = PlaybookLoader.parse("holidays: [2026-12-25, 2026-01-01, 2026-12-25]");

    assertThat(playbook.holidays())
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
  }

  @Test
  void theParsedCalendarUsesTheTeamsZoneAndHolidays() {
    Playbook playbook = PlaybookLoader.parse(SPEC_EXAMPLE);

    assertThat(playbook.calendar().sameBusinessDay(Instant.parse("2026-12-24T23:30:00Z")))
        .isEqualTo(Instant.parse("2026-12-28T23:00:00Z"));
  }

  @Test
  void listsAreImmutable() {
    Playbook playbook = PlaybookLoader.parse(SPEC_EXAMPLE);

    assertThatThrownBy(() -> playbook.managers().add("U0INTRUDER"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> playbook.holidays().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> playbook.rootCauses().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> playbook.businessHours().days().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> playbook.scores().remove(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Each row: the YAML, then text that the message must contain (the key path first). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          scores: {1: {claimWithin: 15x}}                | scores.1.claimWithin: '15x' is not a duration (write 90s, 15m, 1h or 2d)
          scores: {2: {followUpWithin: 0m}}              | scores.2.followUpWithin: '0m' is not a positive duration
          scores: {1: {fixWithin: samebusinessday}}      | scores.1.fixWithin: 'samebusinessday' is not a duration
          scores: {3: {repeatWindow: sameBusinessDay}}   | scores.3.repeatWindow: 'sameBusinessDay' is not a duration
          scores: {1: {claimWithin: 15}}                 | scores.1.claimWithin: '15' is not a duration
          scores: {6: {claimWithin: 5m}}                 | scores.6: '6' is not a score (scores run from 1 to 5)
          scores: {0: {}}                                | scores.0: '0' is not a score
          scores: {one: {}}                              | scores.one: 'one' is not a score
          scores: {1: 15m}                               | scores.1: expected a mapping
          scores: {1: {claimwithin: 5m}}                 | scores.1.claimwithin: unknown key (did you mean claimWithin?)
          scores: {4: {claimWithin: 5m}}                 | scores.4.claimWithin: unknown key
          scores: {3: {claimWithin: 5m}}                 | scores.3.claimWithin: unknown key
          scores: {5: {reviewUrl: example.com}}          | scores.5.reviewUrl: 'example.com' is not a web link
          timezone: Mars/Base                            | timezone: 'Mars/Base' is not a time zone
          timezone: [UTC]                                | timezone: expected a time zone
          escalation: C0ESCALATE                         | escalation: unknown key
          timezon: UTC                                   | timezon: unknown key (did you mean timezone?)
          channels: {escalation: C0ESCALATE}             | channels.escalation: unknown key (did you mean escalations?)
          channels: {alerts: ""}                         | channels.alerts: expected a Slack channel id or name, not nothing
          channels: {alerts: csat alerts}                | channels.alerts: 'csat alerts' is not a Slack channel id or name
          channels: C0ALERTS                             | channels: expected a mapping
          businessHours: {start: "9am"}                  | businessHours.start: '9am' is not a time of day
          businessHours: {start: "25:00"}                | businessHours.start: '25:00' is not a time of day
          businessHours: {start: 900}                    | businessHours.start: '900' is not a time of day
          businessHours: {start: "18:00", end: "09:00"}  | businessHours.end: 09:00 must be after businessHours.start, 18:00
          businessHours: {start: "09:00", end: "09:00"}  | businessHours.end: 09:00 must be after
          businessHours: {days: []}                      | businessHours.days: name at least one business day
          businessHours: {days: [MON, FUN]}              | businessHours.days[1]: 'FUN' is not a day
          businessHours: {days: MON}                     | businessHours.days: expected a list such as [MON, TUE, WED, THU, FRI]
          holidays: [2026-12-25, 2026-13-01]             | holidays[1]: '2026-13-01' is not a date (write it as 2026-12-25)
          holidays: 2026-12-25                           | holidays: expected a list
          managers: U0MANAGER1                           | managers: expected a list
          managers: [U0MANAGER1, [U0X]]                  | managers[1]: expected a Slack user id
          seniorReps: [""]                               | seniorReps[0]: expected a Slack user id, not nothing
          headOfSupport: {id: U0HEAD}                    | headOfSupport: expected a Slack user id
          checkIn: {after: 2 days}                       | checkIn.after: '2 days' is not a duration
          checkIn: {after: 72h, dueWithin: 48h}          | checkIn.dueWithin: 2d must be longer than checkIn.after, 3d
          reconcileEvery: 30s                            | reconcileEvery: 30s is too often (at least 1m
          reconcileEvery:                                | reconcileEvery: expected a duration
          weeklyReport: {day: Funday}                    | weeklyReport.day: 'Funday' is not a day
          weeklyReport: {time: "9 o'clock"}              | weeklyReport.time: '9 o'clock' is not a time of day
          weeklyReport: {weeks: 0}                       | weeklyReport.weeks: 0 is out of range (expected a whole number of weeks from 1 to 52)
          weeklyReport: {weeks: six}                     | weeklyReport.weeks: expected a whole number of weeks
          weeklyReport: {week: 6}                        | weeklyReport.week: unknown key (did you mean weeks?)
          rootCauses: []                                 | rootCauses: list at least one root cause
          rootCauses:                                    | rootCauses: list at least one root cause
          rootCauses: [other, Other]                     | rootCauses[1]: 'Other' is listed twice
          rootCauses: slow response                      | rootCauses: expected a list
          [timezone, UTC]                                | the playbook: expected a mapping
          """)
  void aBadValueIsRefusedWithAMessageNamingItsKey(String yaml, String expected) {
    assertThatThrownBy(() -> PlaybookLoader.parse(yaml))
        .isInstanceOf(InvalidPlaybookException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void aRootCauseTooLongForASlackMenuIsRefused() {
    String yaml = "rootCauses: [other, " + "x".repeat(76) + "]";

    assertThatThrownBy(() -> PlaybookLoader.parse(yaml))
        .isInstanceOf(InvalidPlaybookException.class)
        .hasMessageStartingWith("rootCauses[1]: ")
        .hasMessageContaining("at most 75 characters");
  }

  @Test
  void malformedYamlIsRefusedWithItsLine() {
    String yaml =
        """
        timezone: UTC
        managers: [U0MANAGER1
        headOfSupport: U0HEAD
        """;

    assertThatThrownBy(() -> PlaybookLoader.parse(yaml))
        .isInstanceOf(InvalidPlaybookException.class)
        .hasMessageStartingWith("the playbook is not valid YAML at line ")
        .hasMessageMatching("(?s).*line [23], column \\d+: .+")
        .hasMessageContaining("expected ',' or ']'")
        .hasMessageNotContaining("in 'reader'");
  }

  @Test
  void aKeyWrittenTwiceIsRefused() {
    String yaml =
        """
        timezone: UTC
        timezone: Europe/Berlin
        """;

    assertThatThrownBy(() -> PlaybookLoader.parse(yaml))
        .isInstanceOf(InvalidPlaybookException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("timezone");
  }
}
