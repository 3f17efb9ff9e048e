package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiTargetTest {

  private static final KpiTarget IN_TIME =
      new KpiTarget(Kpi.ACKNOWLEDGED_IN_TIME, new BigDecimal("95"), new BigDecimal("85"));
  private static final KpiTarget REOPENS =
      new KpiTarget(Kpi.REOPEN_RATE, new BigDecimal("5"), new BigDecimal("10"));

  @Test
  void higherIsBetterRatesOnTheThresholds() {
    assertEquals(Rag.GREEN, IN_TIME.rate(new BigDecimal("100")));
    assertEquals(Rag.GREEN, IN_TIME.rate(new BigDecimal("95.00")));
    assertEquals(Rag.AMBER, IN_TIME.rate(new BigDecimal("94.99")));
    assertEquals(Rag.AMBER, IN_TIME.rate(new BigDecimal("85")));
    assertEquals(Rag.RED, IN_TIME.rate(new BigDecimal("84.99")));
  }

  @Test
  void lowerIsBetterRatesOnTheThresholds() {
    assertEquals(Rag.GREEN, REOPENS.rate(new BigDecimal("0")));
    assertEquals(Rag.GREEN, REOPENS.rate(new BigDecimal("5")));
    assertEquals(Rag.AMBER, REOPENS.rate(new BigDecimal("5.01")));
    assertEquals(Rag.AMBER, REOPENS.rate(new BigDecimal("10")));
    assertEquals(Rag.RED, REOPENS.rate(new BigDecimal("10.01")));
  }

  @Test
  void noValueIsNoData() {
    assertEquals(Rag.NO_DATA, IN_TIME.rate(null));
  }

  @Test
  void greenMustBeStricterThanAmber() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KpiTarget(Kpi.ACKNOWLEDGED_IN_TIME, BigDecimal.ONE, BigDecimal.TEN));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KpiTarget(Kpi.REOPEN_RATE, BigDecimal.TEN, BigDecimal.ONE));
  }

  @Test
  void countsWithoutADirectionTakeNoTarget() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KpiTarget(Kpi.RECEIVED, BigDecimal.TEN, BigDecimal.ONE));
  }
}
