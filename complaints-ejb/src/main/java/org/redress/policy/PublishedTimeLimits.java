package org.redress.policy;

import java.time.Duration;

/**
 * The time limits complainants are told of (ISO 10002 7.1): acknowledgement, the usual response
 * time, the fastest response for urgent (critical) cases, and how long a closed case can be
 * reopened. They come from the standard service levels, in the unit their calendar counts in.
 */
public record PublishedTimeLimits(
    TimeLimit acknowledgeWithin,
    TimeLimit usualResponse,
    TimeLimit urgentResponse,
    int reopenWindowDays) {

  /** A time limit as people say it: "2 days", "8 working hours", "3 working days". */
  public record TimeLimit(long amount, Unit unit) {

    public enum Unit {
      HOURS,
      DAYS,
      WORKING_HOURS,
      WORKING_DAYS
    }

    /** The limit in whole days where it is whole days of the calendar, else in hours. */
    public static TimeLimit of(Duration within, BusinessCalendar calendar) {
      long hours = within.toHours();
      if (calendar.isAroundTheClock()) {
        return hours % 24 == 0
            ? new TimeLimit(hours / 24, Unit.DAYS)
            : new TimeLimit(hours, Unit.HOURS);
      }
      long day = calendar.workingDay().toMinutes();
      return within.toMinutes() % day == 0
          ? new TimeLimit(within.toMinutes() / day, Unit.WORKING_DAYS)
          : new TimeLimit(hours, Unit.WORKING_HOURS);
    }
  }
}
