package app.rebound.workflows.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  /**
   * Business hours are written {@code MON-FRI 09:00-18:00} or {@code SUN,MON 00:00-02:30}; holidays
   * are separated by {@code |}. 2026-12-03 is a Thursday; US daylight saving starts on Sunday
   * 2026-03-08 and ends on Sunday 2026-11-01, the EU's on 2026-03-29 and 2026-10-25.
   */
  @ParameterizedTest(name = "{0}: rated {1} in {2} -> due {5}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          # case                            ; rated at              ; zone             ; hours                 ; holidays              ; due at
          during hours (SPEC example)       ; 2026-12-03T14:05:55Z  ; America/New_York ; MON-FRI 09:00-18:00   ;                       ; 2026-12-03T23:00:00Z
          before opening                    ; 2026-12-03T06:30:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-03T18:00:00Z
          exactly at opening                ; 2026-12-03T09:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-03T18:00:00Z
          one second before closing         ; 2026-12-03T17:59:59Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-03T18:00:00Z
          exactly at closing is after hours ; 2026-12-03T18:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-04T18:00:00Z
          after hours                       ; 2026-12-03T21:15:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-04T18:00:00Z
          Friday evening to Monday          ; 2026-12-04T19:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-07T18:00:00Z
          Saturday to Monday                ; 2026-12-05T11:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-07T18:00:00Z
          Sunday to Monday                  ; 2026-12-06T23:59:59Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-07T18:00:00Z
          Monday before opening             ; 2026-12-07T00:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ;                       ; 2026-12-07T18:00:00Z
          holiday midweek                   ; 2026-12-24T10:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ; 2026-12-24            ; 2026-12-25T18:00:00Z
          holiday on Friday to Monday       ; 2026-12-25T10:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ; 2026-12-25            ; 2026-12-28T18:00:00Z
          evening before two holidays       ; 2026-12-23T19:00:00Z  ; UTC              ; MON-FRI 09:00-18:00   ; 2026-12-24|2026-12-25 ; 2026-12-28T18:00:00Z
          UTC date is a holiday, local not  ; 2026-12-25T02:00:00Z  ; Pacific/Honolulu ; MON-FRI 09:00-18:00   ; 2026-12-25            ; 2026-12-25T04:00:00Z
          Sunday-to-Thursday week           ; 2026-12-04T10:00:00Z  ; Asia/Dubai       ; SUN-THU 08:00-17:00   ;                       ; 2026-12-06T13:00:00Z
          New York Friday before DST starts ; 2026-03-06T15:00:00Z  ; America/New_York ; MON-FRI 09:00-18:00   ;                       ; 2026-03-06T23:00:00Z
          New York day before DST starts    ; 2026-03-07T15:00:00Z  ; America/New_York ; MON-FRI 09:00-18:00   ;                       ; 2026-03-09T22:00:00Z
          New York Friday night over DST    ; 2026-03-06T23:30:00Z  ; America/New_York ; MON-FRI 09:00-18:00   ;                       ; 2026-03-09T22:00:00Z
          New York day before DST ends      ; 2026-10-31T14:00:00Z  ; America/New_York ; MON-FRI 09:00-18:00   ;                       ; 2026-11-02T23:00:00Z
          New York day DST ends, weekend on ; 2026-11-01T05:30:00Z  ; America/New_York ; MON-SUN 09:00-18:00   ;                       ; 2026-11-01T23:00:00Z
          closing in the DST gap moves on   ; 2026-03-08T06:00:00Z  ; America/New_York ; MON-SUN 00:00-02:30   ;                       ; 2026-03-08T07:30:00Z
          Berlin during hours in summer     ; 2026-07-15T08:00:00Z  ; Europe/Berlin    ; MON-FRI 09:00-18:00   ;                       ; 2026-07-15T16:00:00Z
          Berlin Friday evening over DST    ; 2026-03-27T17:30:00Z  ; Europe/Berlin    ; MON-FRI 09:00-18:00   ;                       ; 2026-03-30T16:00:00Z
          Berlin after hours, UTC in hours  ; 2026-12-03T17:30:00Z  ; Europe/Berlin    ; MON-FRI 09:00-18:00   ;                       ; 2026-12-04T17:00:00Z
          Tokyo Friday morning, UTC Thursday; 2026-12-03T23:30:00Z  ; Asia/Tokyo       ; MON-FRI 09:00-18:00   ;                       ; 2026-12-04T09:00:00Z
          Tokyo Saturday, UTC Friday        ; 2026-12-04T16:00:00Z  ; Asia/Tokyo       ; MON-FRI 09:00-18:00   ;                       ; 2026-12-07T09:00:00Z
          Tokyo holiday on local date       ; 2026-12-24T20:00:00Z  ; Asia/Tokyo       ; MON-FRI 09:00-18:00   ; 2026-12-25            ; 2026-12-28T09:00:00Z
          """)
  void sameBusinessDayIsTheEndOfTheRatingsBusinessDayInTheTeamsZone(
      String name, Instant ratedAt, ZoneId zone, String hours, String holidays, Instant dueAt) {
    BusinessCalendar calendar = new BusinessCalendar(zone, hours(hours), holidays(holidays));

    Instant due = calendar.sameBusinessDay(ratedAt);

    assertThat(due).as(name).isEqualTo(dueAt);
  }

  @Test
  void aDurationRuleCountsFromTheStartRegardlessOfBusinessHours() {
    BusinessCalendar calendar =
        new BusinessCalendar(ZoneId.of("UTC"), hours("MON-FRI 09:00-18:00"), List.of());
    Instant saturdayNight = Instant.parse("2026-12-05T23:00:00Z");

    Instant due = calendar.deadline(saturdayNight, DeadlineRule.within(Duration.ofHours(1)));

    assertThat(due).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
  }

  @Test
  void aSameBusinessDayRuleUsesTheCalendar() {
    BusinessCalendar calendar =
        new BusinessCalendar(ZoneId.of("UTC"), hours("MON-FRI 09:00-18:00"), List.of());

    Instant due =
        calendar.deadline(
            Instant.parse("2026-12-05T23:00:00Z"), DeadlineRule.sameBusinessDayRule());

    assertThat(due).isEqualTo(Instant.parse("2026-12-07T18:00:00Z"));
  }

  @Test
  void noRuleMeansNoDeadline() {
    BusinessCalendar calendar =
        new BusinessCalendar(ZoneId.of("UTC"), hours("MON-FRI 09:00-18:00"), List.of());

    assertThat(calendar.deadline(Instant.parse("2026-12-05T23:00:00Z"), null)).isNull();
  }

  @Test
  void aHolidayIsNotABusinessDay() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            ZoneId.of("UTC"), hours("MON-FRI 09:00-18:00"), List.of(LocalDate.parse("2026-12-25")));

    assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-25"))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-24"))).isTrue();
    assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-26"))).isFalse();
  }

  @Test
  void manyHolidaysOnTheOnlyBusinessDayPushTheDeadlineWeeksOut() {
    List<LocalDate> mondays =
        List.of(
            LocalDate.parse("2026-12-07"),
            LocalDate.parse("2026-12-14"),
            LocalDate.parse("2026-12-21"));
    BusinessCalendar calendar =
        new BusinessCalendar(ZoneId.of("UTC"), hours("MON 09:00-18:00"), mondays);

    Instant due = calendar.sameBusinessDay(Instant.parse("2026-12-03T10:00:00Z"));

    assertThat(due).isEqualTo(Instant.parse("2026-12-28T18:00:00Z"));
  }

  @Test
  void aCalendarWithNoBusinessDaysIsRefused() {
    Playbook.BusinessHours none =
        new Playbook.BusinessHours(List.of(), LocalTime.of(9, 0), LocalTime.of(18, 0));

    assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), none, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no business days");
  }

  @Test
  void businessHoursThatEndBeforeTheyStartAreRefused() {
    Playbook.BusinessHours backwards =
        new Playbook.BusinessHours(
            List.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(9, 0));

    assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), backwards, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end after they start");
  }

  /** {@code MON-FRI 09:00-18:00}, {@code SUN-THU ...} (ranges wrap) or {@code MON,WED ...}. */
  private static Playbook.BusinessHours hours(String text) {
    String[] parts = text.split(" ");
    String[] times = parts[1].split("-");
    return new Playbook.BusinessHours(
        days(parts[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
  }

  private static List<DayOfWeek> days(String text) {
    List<DayOfWeek> days = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] range = part.split("-");
      DayOfWeek first = day(range[0]);
      DayOfWeek last = day(range[range.length - 1]);
      for (DayOfWeek day = first; ; day = day.plus(1)) {
        days.add(day);
        if (day == last) {
          break;
        }
      }
    }
    return days;
  }

  private static DayOfWeek day(String abbreviation) {
    return Arrays.stream(DayOfWeek.values())
        .filter(d -> d.name().startsWith(abbreviation))
        .findFirst()
        .orElseThrow();
  }

  private static List<LocalDate> holidays(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\|")).map(LocalDate::parse).toList();
  }
}
