package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime NINE = LocalTime.of(9, 0);

  @Test
  void nextIsTheComingMondayAtNineInTheTeamZone() {
    Instant thursday = Instant.parse("2026-12-03T18:00:00Z");

    Instant next = WeeklySchedule.next(thursday, NEW_YORK, DayOfWeek.MONDAY, NINE);

    assertThat(next).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
  }

  @Test
  void mondayBeforeNineIsDueTheSameMorning() {
    Instant mondayEarly = Instant.parse("2026-12-07T13:59:00Z");

    Instant next = WeeklySchedule.next(mondayEarly, NEW_YORK, DayOfWeek.MONDAY, NINE);

    assertThat(next).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
  }

  @Test
  void exactlyAtTheDueTimeTheNextIsAWeekLater() {
    Instant due = Instant.parse("2026-12-07T14:00:00Z");

    Instant next = WeeklySchedule.next(due, NEW_YORK, DayOfWeek.MONDAY, NINE);

    assertThat(next).isEqualTo(Instant.parse("2026-12-14T14:00:00Z"));
  }

  @Test
  void nineStaysNineLocalWhenTheClocksGoBack() {
    Instant lastMondayOfSummerTime = Instant.parse("2026-10-26T13:00:00Z");

    Instant next = WeeklySchedule.next(lastMondayOfSummerTime, NEW_YORK, DayOfWeek.MONDAY, NINE);

    assertThat(next).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
  }

  @Test
  void nineStaysNineLocalWhenTheClocksGoForward() {
    Instant lastMondayOfWinterTime = Instant.parse("2027-03-08T14:00:00Z");

    Instant next = WeeklySchedule.next(lastMondayOfWinterTime, NEW_YORK, DayOfWeek.MONDAY, NINE);

    assertThat(next).isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
  }
}
