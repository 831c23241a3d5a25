package app.rebound.activities.slack;

import app.rebound.workflows.model.WeeklyReport;
import java.time.LocalDate;
import java.util.List;

/** Weekly reports for the tests. */
final class WeeklyReports {
  private WeeklyReports() {}

  static WeeklyReport sample() {
    return new WeeklyReport(
        List.of(
            new WeeklyReport.Week(LocalDate.parse("2026-11-23"), 5, 2),
            new WeeklyReport.Week(LocalDate.parse("2026-11-30"), 3, 1)),
        List.of(new WeeklyReport.Count("billing issue", 3), new WeeklyReport.Count("other", 1)),
        List.of(new WeeklyReport.Count("billing", 2)),
        List.of(new WeeklyReport.RepeatTeammate("814400221", "Sam *Lead*", 2)),
        List.of(
            new WeeklyReport.ResponseBucket("under 1 h", 4, 3, 0.75),
            new WeeklyReport.ResponseBucket("1 to 2 h", 2, 1, 0.5),
            new WeeklyReport.ResponseBucket("2 to 24 h", 0, 0, null),
            new WeeklyReport.ResponseBucket("over 24 h", 1, 0, 0.0)),
        List.of(new WeeklyReport.Recoverer("U0REP1", 3)));
  }

  static WeeklyReport empty() {
    return new WeeklyReport(
        List.of(new WeeklyReport.Week(LocalDate.parse("2026-11-30"), 0, 0)),
        List.of(),
        List.of(),
        List.of(),
        WeeklyReport.BUCKETS.stream()
            .map(bucket -> new WeeklyReport.ResponseBucket(bucket, 0, 0, null))
            .toList(),
        List.of());
  }
}
