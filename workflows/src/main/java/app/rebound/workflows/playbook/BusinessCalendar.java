package app.rebound.workflows.playbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The team's working time: its zone, business days and hours, and holidays. Pure and
 * deterministic, so workflows can use it.
 */
public final class BusinessCalendar {
  private final ZoneId zone;
  private final Playbook.BusinessHours hours;
  private final List<LocalDate> holidays;

  public BusinessCalendar(ZoneId zone, Playbook.BusinessHours hours, List<LocalDate> holidays) {
    this.zone = zone;
    this.hours = hours;
    this.holidays = List.copyOf(holidays);
  }

  /**
   * The end of business hours on the day of {@code at} in the team's zone; for an instant after
   * hours, on a non-business day or on a holiday, the end of the next business day.
   */
  public Instant sameBusinessDay(Instant at) {
    throw new UnsupportedOperationException("being written");
  }

  /** The deadline that {@code rule} sets for something that started at {@code from}. */
  public Instant deadline(Instant from, DeadlineRule rule) {
    if (rule == null) {
      return null;
    }
    return rule.sameBusinessDay() ? sameBusinessDay(from) : from.plus(rule.duration());
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
}
