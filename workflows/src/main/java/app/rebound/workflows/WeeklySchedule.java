package app.rebound.workflows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The wall-clock time of the weekly report, turned into instants in the team's zone. */
final class WeeklySchedule {
  private WeeklySchedule() {}

  /**
   * The first {@code day} at {@code time} in the zone strictly after {@code now}. The time is
   * local, so 09:00 stays 09:00 across a DST change; a time that falls into a spring-forward gap
   * moves forward by the gap, and one that occurs twice in the autumn is taken the first time.
   */
  static Instant next(Instant now, ZoneId zone, DayOfWeek day, LocalTime time) {
    LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
    Instant candidate = ZonedDateTime.of(date, time, zone).toInstant();
    if (candidate.isAfter(now)) {
      return candidate;
    }
    return ZonedDateTime.of(date.plusWeeks(1), time, zone).toInstant();
  }
}
