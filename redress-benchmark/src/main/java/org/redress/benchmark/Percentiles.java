package org.redress.benchmark;

import java.util.Arrays;

/**
 * Percentiles of measured durations by the nearest-rank method: p50 of 100 samples is the 50th
 * smallest, p99 the 99th. No interpolation, so every reported figure is a duration that was really
 * measured.
 */
final class Percentiles {

  private final long[] sorted;

  Percentiles(long[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("No samples");
    }
    this.sorted = samples.clone();
    Arrays.sort(sorted);
  }

  /** The {@code p}th percentile (0 < p <= 100). */
  long at(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("A percentile is above 0 and at most 100: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  int count() {
    return sorted.length;
  }

  long max() {
    return sorted[sorted.length - 1];
  }

  /** Nanoseconds as milliseconds with two decimals. */
  static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  /** The median of a few values (rounds of a throughput measurement). */
  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("No values");
    }
    double[] copy = values.clone();
    Arrays.sort(copy);
    int middle = copy.length / 2;
    return copy.length % 2 == 1 ? copy[middle] : (copy[middle - 1] + copy[middle]) / 2;
  }
}
