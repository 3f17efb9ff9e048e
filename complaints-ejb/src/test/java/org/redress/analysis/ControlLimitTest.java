package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlLimitTest {

  @Test
  void theBaselineRateIsScaledToTheRecentWindow() {
    assertEquals(4.0, ControlLimit.poisson(26, 26, 4).expected(), 1e-9);
    assertEquals(8.0, ControlLimit.poisson(52, 26, 4).expected(), 1e-9);
  }

  @Test
  void poissonQuantilesMatchTheTables() {
    // P(X <= 10 | mean 4) = 0.99716 < 0.99865, P(X <= 11 | mean 4) = 0.99908
    assertEquals(11, ControlLimit.quantile(4.0, 1 - ControlLimit.FALSE_ALARM));
    // P(X <= 4 | mean 1) = 0.99634, P(X <= 5 | mean 1) = 0.99941
    assertEquals(5, ControlLimit.quantile(1.0, 1 - ControlLimit.FALSE_ALARM));
    // the median of Poisson(10) is 10
    assertEquals(10, ControlLimit.quantile(10.0, 0.5));
  }

  @Test
  void aLargeMeanIsNearTheThreeSigmaLimit() {
    int limit = ControlLimit.quantile(1000.0, 1 - ControlLimit.FALSE_ALARM);
    assertTrue(limit > 1000 + 2.8 * Math.sqrt(1000) && limit < 1000 + 3.3 * Math.sqrt(1000));
  }

  @Test
  void aCountAboveTheLimitSignals() {
    ControlLimit limit = ControlLimit.poisson(26, 26, 4);
    assertEquals(11, limit.upperLimit());
    assertFalse(limit.signals(11));
    assertTrue(limit.signals(12));
  }

  @Test
  void withoutABaselineThreeComplaintsSignalButTwoDoNot() {
    ControlLimit limit = ControlLimit.poisson(0, 26, 4);
    assertEquals(0, limit.upperLimit());
    assertFalse(limit.signals(2));
    assertTrue(limit.signals(3));
  }

  @Test
  void negativeCountsAndEmptyWindowsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ControlLimit.poisson(-1, 26, 4));
    assertThrows(IllegalArgumentException.class, () -> ControlLimit.poisson(1, 0, 4));
    assertThrows(IllegalArgumentException.class, () -> ControlLimit.poisson(1, 26, 0));
  }
}
