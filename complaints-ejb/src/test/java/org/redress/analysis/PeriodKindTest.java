package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

  private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 1);

  @Test
  void periodsStartOnTheDayMondayAndFirst() {
    assertEquals(THURSDAY, PeriodKind.DAY.startOf(THURSDAY));
    assertEquals(LocalDate.of(2025, 12, 29), PeriodKind.WEEK.startOf(THURSDAY));
    assertEquals(LocalDate.of(2026, 2, 1), PeriodKind.MONTH.startOf(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void nextAndMinusStepWholePeriods() {
    assertEquals(LocalDate.of(2026, 3, 1), PeriodKind.MONTH.next(LocalDate.of(2026, 2, 1)));
    assertEquals(LocalDate.of(2026, 1, 5), PeriodKind.WEEK.next(LocalDate.of(2025, 12, 29)));
    assertEquals(LocalDate.of(2025, 12, 1), PeriodKind.MONTH.minus(LocalDate.of(2026, 2, 1), 2));
    assertEquals(LocalDate.of(2025, 12, 31), PeriodKind.DAY.minus(THURSDAY, 1));
  }
}
