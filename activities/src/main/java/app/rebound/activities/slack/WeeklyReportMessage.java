package app.rebound.activities.slack;

import static app.rebound.activities.slack.SlackText.mention;
import static app.rebound.activities.slack.SlackText.user;

import app.rebound.workflows.model.WeeklyReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The weekly pattern report as a Slack message: counts, rankings and a text bar chart. */
final class WeeklyReportMessage {
  static final int BAR_WIDTH = 10;
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final WeeklyReport report;
  private final BlockList blocks = new BlockList();

  WeeklyReportMessage(WeeklyReport report) {
    this.report = report;
  }

  RenderedMessage render() {
    int bad = report.weeks().stream().mapToInt(WeeklyReport.Week::badRatings).sum();
    int recovered = report.weeks().stream().mapToInt(WeeklyReport.Week::recovered).sum();
    String span =
        report.weeks().size() == 1 ? "this week" : "the last " + report.weeks().size() + " weeks";
    blocks.header(":bar_chart: Weekly CSAT patterns");
    blocks.section("*" + bad + " bad ratings, " + recovered + " recovered* in " + span + ".");
    blocks.section("*Per week*\n" + weeks());
    blocks.divider();
    blocks.section("*Top root causes*\n" + counts(report.topRootCauses()));
    blocks.section("*Product areas*\n" + counts(report.productAreas()));
    blocks.section("*Teammates with repeated bad ratings*\n" + teammates());
    blocks.divider();
    blocks.section("*Recovery rate by follow-up response time*\n" + chart());
    blocks.section("*Top recoverers*\n" + recoverers());
    blocks.context("Bad ratings are 1s, 2s and repeated 3s. Weeks start on Monday, team time.");
    String text =
        "Weekly CSAT patterns: " + bad + " bad ratings, " + recovered + " recovered in " + span;
    return new RenderedMessage(text, blocks.list());
  }

  /** One bar of {@link #BAR_WIDTH} cells, e.g. {@code █████░░░░░ 50%}, or a dash for no cases. */
  static String bar(Double rate) {
    if (rate == null) {
      return "░".repeat(BAR_WIDTH) + "   –";
    }
    int filled = (int) Math.round(Math.max(0, Math.min(1, rate)) * BAR_WIDTH);
    String percent = String.format(Locale.ROOT, "%3d%%", Math.round(rate * 100));
    return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " " + percent;
  }

  private String weeks() {
    StringBuilder table = new StringBuilder("```\nweek of   bad  recovered\n");
    for (WeeklyReport.Week week : report.weeks()) {
      table.append(
          String.format(
              Locale.ROOT,
              "%-8s %4d %10d%n",
              WEEK.format(week.weekStart()),
              week.badRatings(),
              week.recovered()));
    }
    return table.append("```").toString();
  }

  private String chart() {
    StringBuilder chart = new StringBuilder("```\n");
    for (WeeklyReport.ResponseBucket bucket : report.recoveryByResponseTime()) {
      String cases =
          bucket.cases() == 0 ? "no cases" : bucket.recovered() + " of " + bucket.cases();
      chart.append(
          String.format(
              Locale.ROOT, "%-10s %s  (%s)%n", bucket.bucket(), bar(bucket.rate()), cases));
    }
    return chart.append("```").toString();
  }

  private static String counts(List<WeeklyReport.Count> counts) {
    if (counts.isEmpty()) {
      return "_none recorded_";
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      WeeklyReport.Count count = counts.get(i);
      lines.add((i + 1) + ". " + user(count.name()) + " — " + count.count());
    }
    return String.join("\n", lines);
  }

  private String teammates() {
    if (report.repeatTeammates().isEmpty()) {
      return "_nobody had more than one_";
    }
    List<String> lines = new ArrayList<>();
    for (WeeklyReport.RepeatTeammate teammate : report.repeatTeammates()) {
      String who =
          teammate.name() == null
              ? user(teammate.teammate())
              : user(teammate.name()) + " (" + user(teammate.teammate()) + ")";
      lines.add("• " + who + " — " + teammate.count() + " bad ratings");
    }
    return String.join("\n", lines);
  }

  private String recoverers() {
    if (report.topRecoverers().isEmpty()) {
      return "_no recoveries yet_";
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < report.topRecoverers().size(); i++) {
      WeeklyReport.Recoverer recoverer = report.topRecoverers().get(i);
      lines.add(
          (i + 1)
              + ". "
              + mention(recoverer.owner())
              + " — "
              + recoverer.recovered()
              + " recovered");
    }
    return String.join("\n", lines);
  }
}
