package org.redress.outbox;

import java.time.Duration;

/**
 * When a failed message is tried again: the pause doubles with every attempt, from {@code first} up
 * to {@code longest}; after {@code maxAttempts} the message is set aside.
 *
 * @param first the pause after the first failed attempt
 * @param longest the longest pause between two attempts
 * @param maxAttempts the attempts before the message waits for the administrator
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

  /** 5 s, 10 s, 20 s … then every 10 minutes; set aside after 30 attempts (about 4 hours). */
  public static final Backoff STANDARD =
      new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 30);

  public Backoff {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("first > 0, longest >= first and maxAttempts >= 1");
    }
  }

  /** The pause after the given number of failed attempts (1 for the first failure). */
  public Duration pauseAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failedAttempts - 1, 30);
    Duration pause = first.multipliedBy(1L << doublings);
    return pause.compareTo(longest) > 0 || pause.isNegative() ? longest : pause;
  }

  /** Whether the message has had all its attempts. */
  public boolean exhausted(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
