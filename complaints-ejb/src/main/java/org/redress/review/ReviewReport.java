package org.redress.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.review.ReviewFigures.Actions;
import org.redress.review.ReviewFigures.Findings;
import org.redress.review.ReviewFigures.MonthKpis;
import org.redress.review.ReviewFigures.Nonconformities;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.PeriodKpis;
import org.redress.review.ReviewFigures.Surveys;

/** Everything a management review's report shows: what the PDF and the CSV are rendered from. */
public record ReviewReport(
    String reference,
    ReviewPeriod period,
    String requestedBy,
    Instant renderedAt,
    PeriodKpis kpis,
    List<MonthKpis> months,
    Pareto categories,
    Pareto causes,
    Nonconformities nonconformities,
    Actions actions,
    Surveys surveys,
    Findings findings,
    ReviewDecisions decisions,
    String decidedBy) {

  /**
   * The report of a review from its stored parts, by part number.
   *
   * @throws IllegalStateException when a part is missing (the job has not gathered it)
   */
  static ReviewReport of(ManagementReview review, Map<Integer, Object> parts, Instant now) {
    List<ReviewPart> plan = ReviewPart.plan(review.period());
    List<MonthKpis> months = new ArrayList<>();
    Object[] byKind = new Object[ReviewPartKind.values().length];
    for (ReviewPart part : plan) {
      Object content = parts.get(part.number());
      if (content == null) {
        throw new IllegalStateException(
            "Part " + part.number() + " of " + review.reference() + " is not gathered");
      }
      if (part.kind() == ReviewPartKind.MONTH) {
        months.add((MonthKpis) content);
      } else {
        byKind[part.kind().ordinal()] = content;
      }
    }
    return new ReviewReport(
        review.reference(),
        review.period(),
        review.requestedBy(),
        now,
        (PeriodKpis) byKind[ReviewPartKind.KPIS.ordinal()],
        months,
        (Pareto) byKind[ReviewPartKind.CATEGORIES.ordinal()],
        (Pareto) byKind[ReviewPartKind.CAUSES.ordinal()],
        (Nonconformities) byKind[ReviewPartKind.NONCONFORMITIES.ordinal()],
        (Actions) byKind[ReviewPartKind.ACTIONS.ordinal()],
        (Surveys) byKind[ReviewPartKind.SURVEYS.ordinal()],
        (Findings) byKind[ReviewPartKind.FINDINGS.ordinal()],
        review.decisions(),
        review.decidedBy());
  }
}
