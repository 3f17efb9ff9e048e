package org.redress.review;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of a review's report, numbered from 1 in the order the job gathers them.
 *
 * @param month the month of a {@link ReviewPartKind#MONTH} part, null for the others
 */
public record ReviewPart(int number, ReviewPartKind kind, YearMonth month) implements Serializable {

  /** Every part of a period's report: the period's KPIs, each month, then the quality records. */
  public static List<ReviewPart> plan(ReviewPeriod period) {
    List<ReviewPart> parts = new ArrayList<>();
    parts.add(new ReviewPart(1, ReviewPartKind.KPIS, null));
    for (YearMonth month : period.months()) {
      parts.add(new ReviewPart(parts.size() + 1, ReviewPartKind.MONTH, month));
    }
    for (ReviewPartKind kind :
        List.of(
            ReviewPartKind.CATEGORIES,
            ReviewPartKind.CAUSES,
            ReviewPartKind.NONCONFORMITIES,
            ReviewPartKind.ACTIONS,
            ReviewPartKind.SURVEYS,
            ReviewPartKind.FINDINGS)) {
      parts.add(new ReviewPart(parts.size() + 1, kind, null));
    }
    return parts;
  }
}
