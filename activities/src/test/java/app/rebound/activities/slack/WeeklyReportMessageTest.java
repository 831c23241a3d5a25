package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeeklyReportMessageTest {
  private final MessageRenderer renderer = new MessageRenderer();

  @Test
  void barFillsOneCellPerTenPercent() {
    assertThat(WeeklyReportMessage.bar(0.5)).isEqualTo("█████░░░░░  50%");
    assertThat(WeeklyReportMessage.bar(0.75)).isEqualTo("████████░░  75%");
    assertThat(WeeklyReportMessage.bar(1.0)).isEqualTo("██████████ 100%");
    assertThat(WeeklyReportMessage.bar(0.0)).isEqualTo("░░░░░░░░░░   0%");
    assertThat(WeeklyReportMessage.bar(null)).isEqualTo("░░░░░░░░░░   –");
  }

  @Test
  void reportShowsWeeksCausesTeammatesChartAndRecoverers() {
    RenderedMessage message = renderer.renderWeeklyReport(WeeklyReports.sample());

    String text = BlockText.of(message.blocksJson());
    assertThat(text)
        .contains("Weekly CSAT patterns")
        .contains("8 bad ratings, 3 recovered* in the last 2 weeks")
        .contains("23 Nov      5          2", "30 Nov      3          1")
        .contains("1. billing issue — 3", "2. other — 1")
        .contains("1. billing — 2")
        .contains("(814400221) — 2 bad ratings")
        .contains("under 1 h  ████████░░  75%  (3 of 4)")
        .contains("1 to 2 h   █████░░░░░  50%  (1 of 2)")
        .contains("2 to 24 h  ░░░░░░░░░░   –  (no cases)")
        .contains("1. <@U0REP1> — 3 recovered");
    assertThat(message.text())
        .isEqualTo("Weekly CSAT patterns: 8 bad ratings, 3 recovered in the last 2 weeks");
  }

  @Test
  void teammateNamesCannotFormat() {
    RenderedMessage message = renderer.renderWeeklyReport(WeeklyReports.sample());

    assertThat(BlockText.of(message.blocksJson())).doesNotContain("*Lead*").contains("Lead");
  }

  @Test
  void anEmptyWeekSaysSoInsteadOfShowingEmptyLists() {
    RenderedMessage message = renderer.renderWeeklyReport(WeeklyReports.empty());

    assertThat(BlockText.of(message.blocksJson()))
        .contains("0 bad ratings, 0 recovered* in this week")
        .contains("_none recorded_", "_nobody had more than one_", "_no recoveries yet_");
  }
}
