package org.redress.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The arithmetic behind the KPIs, kept apart from the database so that every figure on the
 * dashboard can be checked by hand: percentiles by the nearest-rank method and rates as
 * percentages, each "no data" (null) when nothing was there to measure.
 */
public final class Statistics {

  private Statistics() {}

  /**
   * The nearest-rank percentile: the smallest value such that at least {@code percent} per cent of
   * the values are less than or equal to it. Null for no values.
   */
  public static Long percentile(long[] values, int length, double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
    }
    if (length == 0) {
      return null;
    }
    long[] sorted = Arrays.copyOf(values, length);
    Arrays.sort(sorted);
    // percent * length first: 90 * 10 / 100 is exactly 9, 0.9 * 10 need not be.
    int rank = (int) Math.ceil(percent * length / 100.0);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** {@code part} of {@code whole} in per cent, two decimals; null when the whole is zero. */
  public static BigDecimal percent(long part, long whole) {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("not a part of a whole: " + part + " of " + whole);
    }
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** Minutes as hours with two decimals, or null. */
  public static BigDecimal hours(Long minutes) {
    return minutes == null
        ? null
        : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
