package org.redress.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.redress.analysis.Kpi;
import org.redress.platform.CallerLocale;
import org.redress.platform.Messages;

/** How the report writes its figures for people: in the review's language, units spelled out. */
final class ReviewText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private ReviewText() {}

  /** A KPI's value with its unit, or "no data". */
  static String value(Kpi kpi, BigDecimal value) {
    if (value == null) {
      return Messages.text("report.noData");
    }
    return switch (kpi.unit()) {
      case COUNT -> number(value, 0);
      case PERCENT -> number(value, 1) + " %";
      case HOURS -> number(value, 1) + " h";
      case AMOUNT -> number(value, 2);
      case SCORE -> number(value, 2) + " / 5";
    };
  }

  /** The change from the period before, signed, in the KPI's unit; empty without both values. */
  static String change(Kpi kpi, BigDecimal value, BigDecimal previous) {
    if (value == null || previous == null) {
      return "";
    }
    BigDecimal difference = value.subtract(previous);
    String sign = difference.signum() > 0 ? "+" : "";
    return switch (kpi.unit()) {
      case COUNT -> sign + number(difference, 0);
      case PERCENT -> sign + number(difference, 1) + " pp";
      case HOURS -> sign + number(difference, 1) + " h";
      case AMOUNT -> sign + number(difference, 2);
      case SCORE -> sign + number(difference, 2);
    };
  }

  static String number(BigDecimal value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(CallerLocale.current());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  static String number(long value) {
    return NumberFormat.getIntegerInstance(CallerLocale.current()).format(value);
  }

  static String average(Double value) {
    return value == null
        ? Messages.text("report.noData")
        : number(BigDecimal.valueOf(value), 2) + " / 5";
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant) + " UTC";
  }

  static String kpi(Kpi kpi) {
    return Messages.text("report.kpi." + kpi.name());
  }

  /** The KPI's name; an amount with its currency. */
  static String kpi(Kpi kpi, String currency) {
    return kpi.unit() == Kpi.Unit.AMOUNT && currency != null
        ? kpi(kpi) + " (" + currency + ")"
        : kpi(kpi);
  }
}
