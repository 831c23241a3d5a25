package app.rebound.workflows.playbook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The team's rules: who is alerted where, who may claim, the deadlines by score, the business
 * calendar. Immutable, complete (every default filled in by {@link PlaybookLoader}) and carried in
 * each case workflow's input, so a case keeps the rules it started with.
 */
public record Playbook(
    String timezone,
    BusinessHours businessHours,
    List<LocalDate> holidays,
    Channels channels,
    List<String> managers,
    List<String> seniorReps,
    String headOfSupport,
    Map<Integer, ScoreRules> scores,
    CheckInRules checkIn,
    Duration reconcileEvery,
    WeeklyReport weeklyReport,
    List<String> rootCauses) {

  /** Copies every collection, so a playbook stays immutable however it was built. */
  public Playbook {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    managers = managers == null ? List.of() : List.copyOf(managers);
    seniorReps = seniorReps == null ? List.of() : List.copyOf(seniorReps);
    scores = scores == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scores));
    rootCauses = rootCauses == null ? List.of() : List.copyOf(rootCauses);
  }

  public record BusinessHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {
    public BusinessHours {
      days = days == null ? List.of() : List.copyOf(days);
    }
  }

  public record Channels(String alerts, String escalations, String wins, String reports) {}

  /**
   * The rules of one score. Null fields do not apply to that score.
   *
   * @param repeatWindow for 3s: how far back an earlier 3 of the same customer makes this one a 2
   * @param reviewUrl for 5s: where to ask the customer for a public review
   */
  public record ScoreRules(
      DeadlineRule claimWithin,
      DeadlineRule followUpWithin,
      DeadlineRule fixWithin,
      Duration repeatWindow,
      String reviewUrl) {
    public static final ScoreRules NONE = new ScoreRules(null, null, null, null, null);
  }

  public record CheckInRules(Duration after, Duration dueWithin) {}

  public record WeeklyReport(DayOfWeek day, LocalTime time, int weeks) {}

  /** The rules of a score, never null. */
  public ScoreRules rules(int score) {
    ScoreRules rules = scores == null ? null : scores.get(score);
    return rules == null ? ScoreRules.NONE : rules;
  }

  @JsonIgnore
  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  @JsonIgnore
  public BusinessCalendar calendar() {
    return new BusinessCalendar(zone(), businessHours, holidays);
  }

  /**
   * Whether this Slack user may claim a case of this score. Only managers and senior reps may claim
   * a 1; a playbook that names neither lets anyone claim it.
   */
  public boolean mayClaim(String user, int score) {
    if (score != 1 || (managers.isEmpty() && seniorReps.isEmpty())) {
      return true;
    }
    return managers.contains(user) || seniorReps.contains(user);
  }
}
