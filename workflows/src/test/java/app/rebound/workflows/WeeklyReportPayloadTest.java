package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.model.WeeklyReport;
import app.rebound.workflows.model.WeeklyReportInput;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyReportPayloadTest {
  private final DataConverter converter = DefaultDataConverter.newDefaultInstance();

  @Test
  void inputRequestAndPostSurviveTemporalsPayloadConverter() {
    WeeklyReportInput input =
        new WeeklyReportInput(
            "America/New_York", DayOfWeek.MONDAY, LocalTime.of(9, 0), 6, "C0REPORTS");
    ReportRequest request =
        new ReportRequest(Instant.parse("2026-12-07T14:00:00Z"), "America/New_York", 6, "C0R");
    ReportActivities.WeeklyPost post =
        new ReportActivities.WeeklyPost(
            LocalDate.parse("2026-12-07"), new SlackRef("C0R", "1733230000.1"), true);

    assertThat(roundTrip(input, WeeklyReportInput.class)).isEqualTo(input);
    assertThat(roundTrip(request, ReportRequest.class)).isEqualTo(request);
    assertThat(roundTrip(post, ReportActivities.WeeklyPost.class)).isEqualTo(post);
  }

  @Test
  void reportSurvivesTemporalsPayloadConverterWithItsNullRates() {
    WeeklyReport report =
        new WeeklyReport(
            List.of(new WeeklyReport.Week(LocalDate.parse("2026-11-30"), 3, 1)),
            List.of(new WeeklyReport.Count("billing issue", 3)),
            List.of(new WeeklyReport.Count("billing", 2)),
            List.of(new WeeklyReport.RepeatTeammate("814400221", "Sam", 2)),
            List.of(new WeeklyReport.ResponseBucket("under 1 h", 0, 0, null)),
            List.of(new WeeklyReport.Recoverer("U0REP1", 3)));

    String json = converter.toPayload(report).orElseThrow().getData().toStringUtf8();

    assertThat(roundTrip(report, WeeklyReport.class)).isEqualTo(report);
    assertThat(json).contains("\"weekStart\":\"2026-11-30\"").contains("\"rate\":null");
  }

  private <T> T roundTrip(T value, Class<T> type) {
    return converter.fromPayload(converter.toPayload(value).orElseThrow(), type, type);
  }
}
