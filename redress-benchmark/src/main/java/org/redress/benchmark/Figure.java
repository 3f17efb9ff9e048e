package org.redress.benchmark;

/**
 * One measured figure of the report, beside the raw database doing the same work in the same run.
 *
 * @param name what was measured, e.g. "intake p99 latency"
 * @param unit e.g. "ms", "complaints/s"
 * @param value Redress's figure
 * @param raw the raw database's figure for the same work, or NaN when there is none (start, heap)
 * @param target the target, in words (e.g. "ratio >= 0.5")
 * @param higherIsBetter whether a larger value is better (throughput) or worse (latency, time)
 * @param pass whether the target is met
 * @param note how it was measured, in a few words
 */
record Figure(
    String name,
    String unit,
    double value,
    double raw,
    String target,
    boolean higherIsBetter,
    boolean pass,
    String note) {

  /** Redress's figure over the raw one (NaN without a raw figure). */
  double ratio() {
    return Double.isNaN(raw) || raw == 0 ? Double.NaN : value / raw;
  }

  /** A throughput that must reach at least {@code minRatio} of the raw one. */
  static Figure atLeastRatio(
      String name, String unit, double value, double raw, double minRatio, String note) {
    double ratio = raw == 0 ? Double.NaN : value / raw;
    return new Figure(
        name, unit, value, raw, "ratio >= " + minRatio, true, ratio >= minRatio, note);
  }

  /** A time that may be at most {@code maxRatio} times the raw one (and under {@code limit}). */
  static Figure atMostRatio(
      String name,
      String unit,
      double value,
      double raw,
      double maxRatio,
      double limit,
      String note) {
    double ratio = raw == 0 ? Double.NaN : value / raw;
    boolean underLimit = Double.isNaN(limit) || value < limit;
    String target =
        "ratio <= "
            + maxRatio
            + (Double.isNaN(limit) ? "" : " and < " + format(limit) + " " + unit);
    return new Figure(name, unit, value, raw, target, false, ratio <= maxRatio && underLimit, note);
  }

  /** An absolute figure without a raw counterpart, at most {@code limit}. */
  static Figure under(String name, String unit, double value, double limit, String note) {
    return new Figure(
        name,
        unit,
        value,
        Double.NaN,
        "< " + format(limit) + " " + unit,
        false,
        value < limit,
        note);
  }

  /** A figure reported for context, without a target. */
  static Figure info(String name, String unit, double value, double raw, String note) {
    return new Figure(name, unit, value, raw, "", true, true, note);
  }

  boolean hasTarget() {
    return !target.isEmpty();
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }
    return String.format(java.util.Locale.ROOT, Math.abs(value) >= 100 ? "%,.1f" : "%.2f", value);
  }
}
