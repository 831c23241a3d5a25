package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly pattern figures: the JSON of {@code GET /api/reports/weekly} and the content of the
 * weekly Slack post. A bad rating is a case scored 1 or 2, a repeated 3, or a case whose score was
 * 1 or 2 before the customer changed it.
 *
 * @param weeks the last N weeks, oldest first, each starting on Monday in the team's zone; the last
 *     one is the current week
 * @param topRootCauses the most frequent root causes of bad ratings in the window
 * @param productAreas the most frequent product areas of bad ratings in the window
 * @param repeatTeammates teammates with two or more bad ratings in the window
 * @param recoveryByResponseTime closed bad cases in the window by how soon the follow-up came,
 *     always the four buckets of {@link #BUCKETS} in that order
 * @param topRecoverers the owners of the most cases recovered in the window
 */
public record WeeklyReport(
    List<Week> weeks,
    List<Count> topRootCauses,
    List<Count> productAreas,
    List<RepeatTeammate> repeatTeammates,
    List<ResponseBucket> recoveryByResponseTime,
    List<Recoverer> topRecoverers) {

  /** The response-time buckets, as they are named on the wire. */
  public static final List<String> BUCKETS =
      List.of("under 1 h", "1 to 2 h", "2 to 24 h", "over 24 h");

  public WeeklyReport {
    weeks = List.copyOf(weeks);
    topRootCauses = List.copyOf(topRootCauses);
    productAreas = List.copyOf(productAreas);
    repeatTeammates = List.copyOf(repeatTeammates);
    recoveryByResponseTime = List.copyOf(recoveryByResponseTime);
    topRecoverers = List.copyOf(topRecoverers);
  }

  /**
   * @param weekStart the Monday the week starts on, in the team's zone
   * @param badRatings bad ratings given in the week
   * @param recovered cases closed as recovered in the week
   */
  public record Week(
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate weekStart,
      int badRatings,
      int recovered) {}

  public record Count(String name, int count) {}

  /**
   * @param teammate the Intercom admin id
   * @param name the admin's name as the latest case knew it, or null
   */
  public record RepeatTeammate(String teammate, String name, int count) {}

  /**
   * @param rate {@code recovered / cases}, or null when the bucket has no cases
   */
  public record ResponseBucket(String bucket, int cases, int recovered, Double rate) {}

  /**
   * @param owner the Slack user id of the case owner
   */
  public record Recoverer(String owner, int recovered) {}

  /** The week the report was made in: the last of {@link #weeks}, or null when there are none. */
  @JsonIgnore
  public LocalDate currentWeek() {
    return weeks.isEmpty() ? null : weeks.get(weeks.size() - 1).weekStart();
  }
}
