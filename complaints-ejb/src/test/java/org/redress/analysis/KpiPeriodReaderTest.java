package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiPeriodReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4); // a Wednesday

  @Test
  void theLatestPeriodsOfEachKindUpToTodayOldestFirst() {
    List<Period> periods = KpiPeriodReader.periods(TODAY, "2", "2", "3");
    assertEquals(
        List.of(
            new Period(PeriodKind.DAY, LocalDate.of(2026, 3, 3)),
            new Period(PeriodKind.DAY, TODAY),
            new Period(PeriodKind.WEEK, LocalDate.of(2026, 2, 23)),
            new Period(PeriodKind.WEEK, LocalDate.of(2026, 3, 2)),
            new Period(PeriodKind.MONTH, LocalDate.of(2026, 1, 1)),
            new Period(PeriodKind.MONTH, LocalDate.of(2026, 2, 1)),
            new Period(PeriodKind.MONTH, LocalDate.of(2026, 3, 1))),
        periods);
  }

  @Test
  void zeroLeavesAKindOut() {
    assertEquals(1, KpiPeriodReader.periods(TODAY, "0", "0", "1").size());
  }

  @Test
  void countsThatAreNotNumbersOrTooLargeAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> KpiPeriodReader.periods(TODAY, "x", "1", "1"));
    assertThrows(
        IllegalArgumentException.class, () -> KpiPeriodReader.periods(TODAY, "1", "1001", "1"));
  }

  @Test
  void aPeriodMustStartWhereItsKindStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(PeriodKind.WEEK, LocalDate.of(2026, 3, 4)));
  }

  @Test
  void aPeriodSpansItsDaysInUtc() {
    Period february = new Period(PeriodKind.MONTH, LocalDate.of(2026, 2, 1));
    assertEquals("2026-02-01T00:00:00Z", february.from().toString());
    assertEquals("2026-03-01T00:00:00Z", february.to().toString());
  }
}
