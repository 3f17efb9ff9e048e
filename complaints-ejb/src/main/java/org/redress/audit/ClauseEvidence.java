package org.redress.audit;

import java.io.Serializable;

/**
 * One measured piece of evidence for a clause of ISO 10002: how many of the cases it concerns meet
 * it ({@code met} of {@code of}) and the share in percent (null when there is nothing to measure).
 */
public record ClauseEvidence(
    String clause, String requirement, String measure, long met, long of, Double percent)
    implements Serializable {

  static ClauseEvidence of(String clause, String requirement, String measure, long met, long of) {
    Double percent = of == 0 ? null : Math.round(1000.0 * met / of) / 10.0;
    return new ClauseEvidence(clause, requirement, measure, met, of, percent);
  }
}
