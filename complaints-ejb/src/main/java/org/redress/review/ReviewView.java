package org.redress.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A management review as its pages and the API show it.
 *
 * @param status {@code GATHERING}, {@code RENDERING} or {@code READY}, or the job's {@code FAILED},
 *     {@code STOPPED} or {@code ABANDONED} when it ended before the report was ready
 * @param percent the share of the report's parts gathered
 */
public record ReviewView(
    String reference,
    String fromMonth,
    String toMonth,
    String period,
    String status,
    boolean ready,
    boolean finished,
    Long executionId,
    int partsDone,
    int partsTotal,
    int percent,
    String requestedBy,
    Instant requestedAt,
    Instant generatedAt,
    ReviewDecisions decisions,
    String decidedBy,
    Instant decidedAt)
    implements Serializable {

  /** The months the review covers. */
  public ReviewPeriod periodOf() {
    return new ReviewPeriod(YearMonth.parse(fromMonth), YearMonth.parse(toMonth));
  }
}
