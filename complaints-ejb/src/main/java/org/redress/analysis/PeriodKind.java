package org.redress.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods KPI snapshots are taken for: calendar days, ISO weeks (from Monday), months. */
public enum PeriodKind {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the period that contains {@code day}. */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /** The first day of the period {@code back} periods before the one starting on {@code start}. */
  public LocalDate minus(LocalDate start, int back) {
    return switch (this) {
      case DAY -> start.minusDays(back);
      case WEEK -> start.minusWeeks(back);
      case MONTH -> start.minusMonths(back);
    };
  }
}
