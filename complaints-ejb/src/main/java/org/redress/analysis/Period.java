package org.redress.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One day, week or month, in UTC: the complaints from {@link #from()} up to {@link #to()}. */
public record Period(PeriodKind kind, LocalDate start) implements Serializable {

  public Period {
    if (!kind.startOf(start).equals(start)) {
      throw new IllegalArgumentException(start + " does not start a " + kind);
    }
  }

  /** The period of {@code kind} that contains {@code day}. */
  public static Period containing(PeriodKind kind, LocalDate day) {
    return new Period(kind, kind.startOf(day));
  }

  public Instant from() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant to() {
    return kind.next(start).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Period previous(int back) {
    return new Period(kind, kind.minus(start, back));
  }
}
