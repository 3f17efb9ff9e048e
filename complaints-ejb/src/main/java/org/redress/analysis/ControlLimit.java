package org.redress.analysis;

/**
 * The upper control limit of a count of complaints (ISO 10002 8.2, recurring and systemic
 * problems). The recent window's count is compared with what the baseline makes expected: the
 * baseline's rate scaled to the recent window's length is the mean of a Poisson distribution, and
 * the limit is its quantile at the same false-alarm probability as a three-sigma Shewhart chart
 * (0.135 %). A count above the limit, and of at least {@link #MINIMUM_COUNT} complaints (so that
 * two complaints in a category that never had any are not a "problem"), is a signal.
 *
 * @param expected the mean the baseline predicts for the recent window
 * @param upperLimit the largest count still in control
 */
public record ControlLimit(double expected, int upperLimit) {

  /** The false-alarm probability of one window: the upper tail beyond three sigma. */
  static final double FALSE_ALARM = 0.00135;

  /** The fewest complaints that can make a signal. */
  public static final int MINIMUM_COUNT = 3;

  /**
   * The limit for a recent window of {@code recentWeeks} after a baseline of {@code baselineWeeks}
   * in which {@code baselineCount} complaints came.
   */
  public static ControlLimit poisson(long baselineCount, int baselineWeeks, int recentWeeks) {
    if (baselineCount < 0 || baselineWeeks <= 0 || recentWeeks <= 0) {
      throw new IllegalArgumentException("counts and weeks must be positive");
    }
    double mean = (double) baselineCount / baselineWeeks * recentWeeks;
    return new ControlLimit(mean, quantile(mean, 1 - FALSE_ALARM));
  }

  /** Whether this many complaints in the recent window are out of control. */
  public boolean signals(long recentCount) {
    return recentCount > upperLimit && recentCount >= MINIMUM_COUNT;
  }

  /** The smallest k with P(X <= k) >= p for X ~ Poisson(mean). */
  static int quantile(double mean, double p) {
    if (mean == 0) {
      return 0;
    }
    // Summed in log space so that large means (busy categories) do not underflow exp(-mean).
    double logTerm = -mean;
    double cumulative = Math.exp(logTerm);
    int k = 0;
    while (cumulative < p) {
      k++;
      logTerm += Math.log(mean) - Math.log(k);
      cumulative += Math.exp(logTerm);
      if (k > mean + 50 * Math.sqrt(mean) + 50) {
        break;
      }
    }
    return k;
  }
}
