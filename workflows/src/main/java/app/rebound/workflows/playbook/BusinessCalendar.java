package app.rebound.workflows.playbook;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The team's working time: its zone, business days and hours, and holidays. Pure and deterministic,
 * so workflows can use it.
 *
 * <p>Dates and times of day are always read in the team's zone, never in UTC: a rating at 23:30 UTC
 * on a Thursday is Friday morning in Tokyo. Business hours are wall-clock times, so a day's closing
 * time stays 18:00 local across a daylight-saving change even though its UTC instant moves.
 */
public final class BusinessCalendar {
  private final ZoneId zone;
  private final Playbook.BusinessHours hours;
  private final List<LocalDate> holidays;
  private final Set<DayOfWeek> businessDays;
  private final Set<LocalDate> holidaySet;

  /**
   * @throws IllegalArgumentException when there are no business days or the hours end no later than
   *     they start, because no deadline could ever be computed
   */
  public BusinessCalendar(ZoneId zone, Playbook.BusinessHours hours, List<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.holidays = List.copyOf(holidays);
    if (hours.days() == null || hours.days().isEmpty()) {
      throw new IllegalArgumentException(
          "business hours name no business days, so no same-business-day deadline exists");
    }
    if (hours.start() == null || hours.end() == null || !hours.end().isAfter(hours.start())) {
      throw new IllegalArgumentException(
          "business hours must end after they start, not " + hours.start() + "-" + hours.end());
    }
    this.businessDays = EnumSet.copyOf(hours.days());
    this.holidaySet = Set.copyOf(this.holidays);
  }

  /**
   * The end of business hours on the day of {@code at} in the team's zone; for an instant after
   * hours, on a non-business day or on a holiday, the end of the next business day. An instant
   * before opening on a business day is due at that day's end.
   *
   * <p>The closing time itself counts as after hours: a rating at exactly 18:00 is due at the end
   * of the next business day, since nobody is left to act on it that day.
   */
  public Instant sameBusinessDay(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate();
    if (isBusinessDay(day) && at.isBefore(closing(day))) {
      return closing(day);
    }
    return closing(nextBusinessDay(day));
  }

  /** The deadline that {@code rule} sets for something that started at {@code from}. */
  public Instant deadline(Instant from, DeadlineRule rule) {
    if (rule == null) {
      return null;
    }
    return rule.sameBusinessDay() ? sameBusinessDay(from) : from.plus(rule.duration());
  }

  /** Whether {@code day} is one of the business days of the week and not a holiday. */
  public boolean isBusinessDay(LocalDate day) {
    return businessDays.contains(day.getDayOfWeek()) && !holidaySet.contains(day);
  }

  public ZoneId zone() {
    return zone;
  }

  Playbook.BusinessHours hours() {
    return hours;
  }

  List<LocalDate> holidays() {
    return holidays;
  }

  /**
   * The instant at which business hours end on {@code day}. When the closing time falls into a
   * daylight-saving gap, ZonedDateTime moves it later by the length of the gap; in an overlap it
   * takes the earlier of the two instants.
   */
  private Instant closing(LocalDate day) {
    return ZonedDateTime.of(day, hours.end(), zone).toInstant();
  }

  private LocalDate nextBusinessDay(LocalDate after) {
    // Every week has a business day, and each holiday can cost at most one more week.
    int limit = 7 * (holidaySet.size() + 1);
    LocalDate day = after.plusDays(1);
    for (int i = 0; i < limit && !isBusinessDay(day); i++) {
      day = day.plusDays(1);
    }
    return day;
  }
}
