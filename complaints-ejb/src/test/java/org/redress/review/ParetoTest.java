package org.redress.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.ParetoLine;

/** The Pareto lists the largest groups first, with their shares adding up to 100 %. */
class ParetoTest {

  @Test
  void groupsAreSortedWithShareAndRunningShare() {
    Pareto pareto =
        Pareto.of(
            List.of(
                new Pareto.Count("BILLING", "Billing", 1),
                new Pareto.Count("DELIVERY", "Delivery", 5),
                new Pareto.Count("QUALITY", "Quality", 3),
                new Pareto.Count("EMPTY", "Nothing", 0)));
    assertThat(pareto.total()).isEqualTo(9);
    assertThat(pareto.lines())
        .extracting(ParetoLine::key)
        .containsExactly("DELIVERY", "QUALITY", "BILLING");
    assertThat(pareto.lines())
        .extracting(ParetoLine::percent)
        .containsExactly(new BigDecimal("55.6"), new BigDecimal("33.3"), new BigDecimal("11.1"));
    assertThat(pareto.lines())
        .extracting(ParetoLine::cumulativePercent)
        .containsExactly(new BigDecimal("55.6"), new BigDecimal("88.9"), new BigDecimal("100.0"));
  }

  @Test
  void tiesKeepAStableOrderAndNothingIsAnEmptyList() {
    Pareto tie = Pareto.of(List.of(new Pareto.Count("B", "B", 2), new Pareto.Count("A", "A", 2)));
    assertThat(tie.lines()).extracting(ParetoLine::key).containsExactly("A", "B");
    assertThat(Pareto.of(List.of()).lines()).isEmpty();
    assertThat(Pareto.of(List.of()).total()).isZero();
  }
}
