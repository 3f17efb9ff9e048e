package org.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines counted in working time: hours, days off, holidays, time zones, summer time. */
class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday to Friday, 09:00 to 17:00 in Berlin; 1 May 2026 (a Friday) is a holiday. */
  private static BusinessCalendar office() {
    return new BusinessCalendar(
        "Office",
        "Europe/Berlin",
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0),
        17 * 60,
        Map.of(LocalDate.of(2026, 5, 1), "Labour Day"));
  }

  private static Instant berlin(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  @Test
  void timeWithinTheWorkingDayCountsFully() {
    assertThat(office().plusWorkingTime(berlin(4, 27, 10, 0), Duration.ofHours(3)))
        .isEqualTo(berlin(4, 27, 13, 0));
  }

  @Test
  void theRestCarriesOverToTheNextMorning() {
    // Monday 15:00 + 4 h = 2 h on Monday, 2 h on Tuesday from 09:00.
    assertThat(office().plusWorkingTime(berlin(4, 27, 15, 0), Duration.ofHours(4)))
        .isEqualTo(berlin(4, 28, 11, 0));
  }

  @Test
  void aComplaintOnFridayEveningIsDueOnMonday() {
    // Friday 24 April, 20:00: nothing counts until Monday 09:00.
    assertThat(office().plusWorkingTime(berlin(4, 24, 20, 0), Duration.ofHours(8)))
        .isEqualTo(berlin(4, 27, 17, 0));
  }

  @Test
  void holidaysDoNotCount() {
    // Thursday 30 April 16:00 + 2 h: 1 h on Thursday, Friday 1 May is a holiday, 1 h on Monday.
    assertThat(office().plusWorkingTime(berlin(4, 30, 16, 0), Duration.ofHours(2)))
        .isEqualTo(berlin(5, 4, 10, 0));
  }

  @Test
  void theWorkingDayIsInTheCalendarsTimeZoneAcrossSummerTime() {
    // Clocks go forward on Sunday 29 March 2026; Friday 27 March 16:00 + 2 h ends Monday 10:00
    // Berlin time, which is 08:00 UTC (one hour earlier in UTC than in winter).
    Instant due = office().plusWorkingTime(berlin(3, 27, 16, 0), Duration.ofHours(2));
    assertThat(due).isEqualTo(berlin(3, 30, 10, 0));
    assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void workingTimeBetweenTwoMomentsLeavesOutNightsWeekendsAndHolidays() {
    BusinessCalendar office = office();
    // Thursday 30 April 12:00 to Monday 4 May 12:00: 5 h Thursday, holiday, weekend, 3 h Monday.
    assertThat(office.workingTimeBetween(berlin(4, 30, 12, 0), berlin(5, 4, 12, 0)))
        .isEqualTo(Duration.ofHours(8));
    assertThat(office.workingTimeBetween(berlin(5, 4, 12, 0), berlin(4, 30, 12, 0)))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void addingTheWorkingTimeBetweenTwoMomentsLandsOnTheLaterOne() {
    BusinessCalendar office = office();
    Instant from = berlin(4, 29, 11, 30);
    Instant to = berlin(5, 5, 14, 15);
    assertThat(office.plusWorkingTime(from, office.workingTimeBetween(from, to))).isEqualTo(to);
  }

  @Test
  void aroundTheClockCountsElapsedTime() {
    BusinessCalendar always =
        new BusinessCalendar(
            "Always",
            "UTC",
            EnumSet.allOf(DayOfWeek.class),
            LocalTime.MIDNIGHT,
            BusinessCalendar.END_OF_DAY,
            Map.of());
    Instant start = Instant.parse("2026-04-24T20:00:00Z");
    assertThat(always.plusWorkingTime(start, Duration.ofHours(48)))
        .isEqualTo(start.plus(Duration.ofDays(2)));
    assertThat(always.isAroundTheClock()).isTrue();
    assertThat(office().isAroundTheClock()).isFalse();
  }

  @Test
  void aCalendarWithoutWorkingDaysOrWithAnEmptyDayIsRefused() {
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    "None", "UTC", EnumSet.noneOf(DayOfWeek.class), LocalTime.NOON, 900, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    "Backwards",
                    "UTC",
                    EnumSet.of(DayOfWeek.MONDAY),
                    LocalTime.of(17, 0),
                    9 * 60,
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
