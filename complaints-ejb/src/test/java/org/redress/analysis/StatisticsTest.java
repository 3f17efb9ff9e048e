package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void medianOfAnOddNumberOfValuesIsTheMiddleOne() {
    assertEquals(30L, Statistics.percentile(new long[] {50, 10, 30, 20, 40}, 5, 50));
  }

  @Test
  void medianOfAnEvenNumberOfValuesIsTheLowerMiddleByNearestRank() {
    assertEquals(20L, Statistics.percentile(new long[] {40, 10, 30, 20}, 4, 50));
  }

  @Test
  void ninetiethPercentileOfTenValuesIsTheNinthSmallest() {
    long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    assertEquals(9L, Statistics.percentile(values, 10, 90));
  }

  @Test
  void ninetiethPercentileOfElevenValuesIsTheTenthSmallest() {
    // rank = ceil(0.9 * 11) = 10
    long[] values = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertEquals(10L, Statistics.percentile(values, 11, 90));
  }

  @Test
  void percentileLooksOnlyAtTheFilledPartOfTheArray() {
    long[] values = {7, 3, 999, 999};
    assertEquals(7L, Statistics.percentile(values, 2, 90));
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    assertEquals(42L, Statistics.percentile(new long[] {42}, 1, 50));
    assertEquals(42L, Statistics.percentile(new long[] {42}, 1, 90));
  }

  @Test
  void noValuesHaveNoPercentile() {
    assertNull(Statistics.percentile(new long[0], 0, 50));
  }

  @Test
  void percentileOutsideZeroToHundredIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new long[] {1}, 1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> Statistics.percentile(new long[] {1}, 1, 101));
  }

  @Test
  void percentRoundsToTwoDecimals() {
    assertEquals(new BigDecimal("66.67"), Statistics.percent(2, 3));
    assertEquals(new BigDecimal("100.00"), Statistics.percent(5, 5));
    assertEquals(new BigDecimal("0.00"), Statistics.percent(0, 7));
  }

  @Test
  void percentOfNothingIsNoData() {
    assertNull(Statistics.percent(0, 0));
  }

  @Test
  void aPartLargerThanTheWholeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Statistics.percent(3, 2));
  }

  @Test
  void minutesBecomeHours() {
    assertEquals(new BigDecimal("1.50"), Statistics.hours(90L));
    assertEquals(new BigDecimal("0.02"), Statistics.hours(1L));
    assertNull(Statistics.hours(null));
  }
}
