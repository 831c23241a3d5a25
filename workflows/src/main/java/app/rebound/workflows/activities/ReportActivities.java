package app.rebound.workflows.activities;

import app.rebound.workflows.model.SlackRef;
import io.temporal.activity.ActivityInterface;
import java.time.LocalDate;

/**
 * The weekly pattern report, as the report workflow sees it. Safe to run twice: a week's report is
 * posted once. A permanent Slack error is a non-retryable failure of type {@link
 * SlackActivities#PERMANENT_FAILURE}.
 */
@ActivityInterface
public interface ReportActivities {

  /** Counts the figures as of the request and posts them, unless this week's post is out. */
  WeeklyPost postWeekly(ReportRequest request);

  /**
   * @param weekStart the Monday of the week the report was made in
   * @param message where the post is
   * @param alreadyPosted whether an earlier run had posted it
   */
  record WeeklyPost(LocalDate weekStart, SlackRef message, boolean alreadyPosted) {}
}
