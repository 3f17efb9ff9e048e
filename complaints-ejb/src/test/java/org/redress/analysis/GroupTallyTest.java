package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupTallyTest {

  private static Map<Kpi, KpiValue> values(GroupTally tally) {
    return tally.values().stream().collect(Collectors.toMap(KpiValue::kpi, Function.identity()));
  }

  @Test
  void everyKpiHasOneValue() {
    assertEquals(Kpi.values().length, new GroupTally(Dimension.ALL, "*").values().size());
  }

  @Test
  void ratesAreThePartsOfTheirWholes() {
    GroupTally tally = new GroupTally(Dimension.CATEGORY, "DELIVERY");
    tally.received = 8;
    tally.acknowledgedInTime = 3;
    tally.acknowledgementDecided = 4;
    tally.respondedInTime = 1;
    tally.responseDecided = 2;
    tally.escalated = 2;
    tally.closed = 5;
    tally.reopened = 1;
    tally.referred = 0;
    tally.upholdable = 4;
    tally.upheld = 3;
    tally.remedyCost = new BigDecimal("120.50");
    Map<Kpi, KpiValue> values = values(tally);
    assertEquals(new BigDecimal("75.00"), values.get(Kpi.ACKNOWLEDGED_IN_TIME).value());
    assertEquals(4, values.get(Kpi.ACKNOWLEDGED_IN_TIME).sampleSize());
    assertEquals(new BigDecimal("50.00"), values.get(Kpi.RESPONDED_IN_TIME).value());
    assertEquals(new BigDecimal("25.00"), values.get(Kpi.ESCALATION_RATE).value());
    assertEquals(new BigDecimal("20.00"), values.get(Kpi.REOPEN_RATE).value());
    assertEquals(new BigDecimal("0.00"), values.get(Kpi.EXTERNAL_REFERRAL_RATE).value());
    assertEquals(new BigDecimal("75.00"), values.get(Kpi.UPHOLD_RATE).value());
    assertEquals(new BigDecimal("120.50"), values.get(Kpi.REMEDY_COST).value());
    assertEquals(BigDecimal.valueOf(8), values.get(Kpi.RECEIVED).value());
    assertEquals(BigDecimal.valueOf(5), values.get(Kpi.CLOSED).value());
    assertEquals("DELIVERY", values.get(Kpi.CLOSED).key());
  }

  @Test
  void handlingTimesAreMedianAndNinetiethPercentileInHours() {
    GroupTally tally = new GroupTally(Dimension.ALL, "*");
    for (long minutes : new long[] {60, 120, 180, 240, 300, 360, 420, 480, 540, 6000}) {
      tally.toAcknowledge.add(minutes);
    }
    Map<Kpi, KpiValue> values = values(tally);
    assertEquals(new BigDecimal("5.00"), values.get(Kpi.MEDIAN_HOURS_TO_ACKNOWLEDGE).value());
    assertEquals(new BigDecimal("9.00"), values.get(Kpi.P90_HOURS_TO_ACKNOWLEDGE).value());
    assertEquals(10, values.get(Kpi.P90_HOURS_TO_ACKNOWLEDGE).sampleSize());
  }

  @Test
  void anEmptyGroupHasZeroCountsAndNoDataForRatesAndTimes() {
    Map<Kpi, KpiValue> values = values(new GroupTally(Dimension.ALL, "*"));
    assertEquals(BigDecimal.ZERO, values.get(Kpi.RECEIVED).value());
    assertNull(values.get(Kpi.ACKNOWLEDGED_IN_TIME).value());
    assertNull(values.get(Kpi.MEDIAN_HOURS_TO_CLOSE).value());
    assertNull(values.get(Kpi.UPHOLD_RATE).value());
  }

  @Test
  void satisfactionHasNoDataWithoutAnsweredSurveys() {
    GroupTally tally = new GroupTally(Dimension.ALL, "*");
    tally.closed = 10;
    KpiValue satisfaction = values(tally).get(Kpi.SATISFACTION);
    assertNull(satisfaction.value());
    assertEquals(0, satisfaction.sampleSize());
  }

  @Test
  void satisfactionIsTheAverageOverallScoreOfTheAnsweredSurveys() {
    GroupTally tally = new GroupTally(Dimension.ALL, "*");
    tally.satisfactionSum = 5 + 4 + 2;
    tally.satisfactionAnswers = 3;
    KpiValue satisfaction = values(tally).get(Kpi.SATISFACTION);
    assertEquals(0, new java.math.BigDecimal("3.67").compareTo(satisfaction.value()));
    assertEquals(3, satisfaction.sampleSize());
  }

  @Test
  void manyDurationsGrowTheArray() {
    GroupTally tally = new GroupTally(Dimension.ALL, "*");
    for (int i = 1; i <= 1000; i++) {
      tally.toClose.add(i * 60L);
    }
    assertEquals(new BigDecimal("500.00"), values(tally).get(Kpi.MEDIAN_HOURS_TO_CLOSE).value());
    assertEquals(new BigDecimal("900.00"), values(tally).get(Kpi.P90_HOURS_TO_CLOSE).value());
  }
}
