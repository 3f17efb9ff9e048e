package org.redress.analysis;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The target of a KPI (ISO 10002 8.4, the objectives of clause 5): a value at least as good as
 * {@code green} is green, one at least as good as {@code amber} is amber, anything worse is red.
 * "As good as" follows the KPI's direction: higher for rates of cases in time, lower for times and
 * rates of failures.
 */
public record KpiTarget(Kpi kpi, BigDecimal green, BigDecimal amber) implements Serializable {

  public KpiTarget {
    if (kpi.direction() == Kpi.Direction.NONE) {
      throw new IllegalArgumentException(kpi + " has no direction to meet a target in");
    }
    if (green == null || amber == null) {
      throw new IllegalArgumentException("green and amber thresholds are required");
    }
    if (kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER
        ? green.compareTo(amber) < 0
        : green.compareTo(amber) > 0) {
      throw new IllegalArgumentException("the green threshold must be stricter than the amber");
    }
  }

  /** The colour of a value; NO_DATA for none. */
  public Rag rate(BigDecimal value) {
    if (value == null) {
      return Rag.NO_DATA;
    }
    if (meets(value, green)) {
      return Rag.GREEN;
    }
    return meets(value, amber) ? Rag.AMBER : Rag.RED;
  }

  private boolean meets(BigDecimal value, BigDecimal threshold) {
    return kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER
        ? value.compareTo(threshold) >= 0
        : value.compareTo(threshold) <= 0;
  }
}
