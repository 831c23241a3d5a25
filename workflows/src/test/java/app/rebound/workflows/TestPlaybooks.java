package app.rebound.workflows;

import app.rebound.workflows.playbook.DeadlineRule;
import app.rebound.workflows.playbook.Playbook;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Playbooks for tests, built by hand so that each test states the rules it relies on. */
final class TestPlaybooks {
  static final String MANAGER = "U0MANAGER1";
  static final String SENIOR = "U0SENIOR1";
  static final String REP = "U0REP1";
  static final String HEAD = "U0HEAD";

  private TestPlaybooks() {}

  /** SPEC §1's rules with fixed-duration fix deadlines (8h), in UTC, 09:00 to 18:00. */
  static Playbook standard() {
    return new Playbook(
        "UTC",
        new Playbook.BusinessHours(
            List.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0)),
        List.of(),
        new Playbook.Channels("C0ALERTS", "C0ESCALATE", "C0WINS", "C0REPORTS"),
        List.of(MANAGER),
        List.of(SENIOR),
        HEAD,
        Map.of(
            1,
            new Playbook.ScoreRules(
                DeadlineRule.within(Duration.ofMinutes(15)),
                DeadlineRule.within(Duration.ofHours(1)),
                DeadlineRule.within(Duration.ofHours(8)),
                null,
                null),
            2,
            new Playbook.ScoreRules(
                null,
                DeadlineRule.within(Duration.ofHours(4)),
                DeadlineRule.within(Duration.ofHours(8)),
                null,
                null),
            3,
            new Playbook.ScoreRules(null, null, null, Duration.ofDays(90), null),
            5,
            new Playbook.ScoreRules(null, null, null, null, "https://example.com/review")),
        new Playbook.CheckInRules(Duration.ofHours(48), Duration.ofHours(72)),
        Duration.ofMinutes(15),
        new Playbook.WeeklyReport(DayOfWeek.MONDAY, LocalTime.of(9, 0), 6),
        List.of(
            "slow response",
            "wrong answer",
            "product bug",
            "billing issue",
            "missing feature",
            "documentation wrong",
            "other"));
  }
}
