package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfAHundredSamplesIsTheSampleOfThatRank() {
    long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
    Percentiles p = new Percentiles(shuffled);
    assertThat(p.at(50)).isEqualTo(50);
    assertThat(p.at(95)).isEqualTo(95);
    assertThat(p.at(99)).isEqualTo(99);
    assertThat(p.at(100)).isEqualTo(100);
    assertThat(p.max()).isEqualTo(100);
    assertThat(p.count()).isEqualTo(100);
  }

  @Test
  void everyPercentileOfFewSamplesIsAMeasuredValue() {
    Percentiles p = new Percentiles(new long[] {30, 10, 20});
    assertThat(p.at(1)).isEqualTo(10);
    assertThat(p.at(50)).isEqualTo(20);
    assertThat(p.at(95)).isEqualTo(30);
  }

  @Test
  void refusesNoSamplesAndPercentilesOutOfRange() {
    assertThatThrownBy(() -> new Percentiles(new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
    Percentiles p = new Percentiles(new long[] {1});
    assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.at(100.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Percentiles.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(Percentiles.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void nanosecondsAsMillisecondsWithTwoDecimals() {
    assertThat(Percentiles.millis(12_345_678)).isEqualTo(12.35);
  }
}
