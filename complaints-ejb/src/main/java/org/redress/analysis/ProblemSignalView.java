package org.redress.analysis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A proposal of a recurring problem as the QMS admin sees it, with the complaints behind it (the
 * group's complaints received in the window, newest first, at most {@link
 * RecurringProblems#LISTED}).
 */
public record ProblemSignalView(
    long id,
    Dimension dimension,
    String key,
    Instant windowStart,
    Instant windowEnd,
    long recentCount,
    long baselineCount,
    BigDecimal expected,
    long upperLimit,
    ProblemSignalStatus status,
    Instant detectedAt,
    String nonconformity,
    String decidedBy,
    Instant decidedAt,
    List<Complaint> complaints)
    implements Serializable {

  /** One complaint behind the proposal. */
  public record Complaint(String reference, Instant receivedAt, String status, String product)
      implements Serializable {}
}
