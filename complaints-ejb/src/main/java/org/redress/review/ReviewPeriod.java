package org.redress.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * The whole months a management review covers, in UTC like the KPI snapshots: from the first day of
 * {@code from} up to the end of {@code to}. At most {@value #MAX_MONTHS} months, none after the
 * current one.
 */
public record ReviewPeriod(YearMonth from, YearMonth to) implements Serializable {

  /** The longest review: two years. */
  public static final int MAX_MONTHS = 24;

  public ReviewPeriod {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A review period runs forwards: " + from + " to " + to);
    }
  }

  /**
   * The period a user asked for ({@code yyyy-MM} each), checked field by field against the current
   * month.
   */
  public static ReviewPeriod of(String fromMonth, String toMonth, YearMonth current) {
    List<FieldError> errors = new ArrayList<>();
    YearMonth from = month("fromMonth", fromMonth, errors);
    YearMonth to = month("toMonth", toMonth, errors);
    if (from != null && from.isAfter(current)) {
      errors.add(new FieldError("fromMonth", Messages.text("review.monthInFuture")));
    }
    if (to != null && to.isAfter(current)) {
      errors.add(new FieldError("toMonth", Messages.text("review.monthInFuture")));
    }
    if (errors.isEmpty() && to.isBefore(from)) {
      errors.add(new FieldError("toMonth", Messages.text("review.toBeforeFrom")));
    }
    if (errors.isEmpty() && ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
      errors.add(new FieldError("toMonth", Messages.text("review.tooLong", MAX_MONTHS)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ReviewPeriod(from, to);
  }

  private static YearMonth month(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, Messages.text("review.required")));
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, Messages.text("review.monthFormat")));
      return null;
    }
  }

  /** How many months the period covers. */
  public int length() {
    return (int) ChronoUnit.MONTHS.between(from, to) + 1;
  }

  /** The months of the period, oldest first. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /** The period of the same length just before this one, for the trend against it. */
  public ReviewPeriod previous() {
    return new ReviewPeriod(from.minusMonths(length()), from.minusMonths(1));
  }

  /** The first instant of the period (UTC). */
  public Instant start() {
    return start(from);
  }

  /** The first instant after the period (UTC). */
  public Instant end() {
    return start(to.plusMonths(1));
  }

  static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** {@code 2026-01 – 2026-06}, or one month alone. */
  public String label() {
    return from.equals(to) ? from.toString() : from + " – " + to;
  }
}
