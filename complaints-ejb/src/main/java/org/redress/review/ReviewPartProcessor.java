package org.redress.review;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Computes one part of the report, in the review's language (labels such as category names). */
@Named("reviewPartProcessor")
@Dependent
public class ReviewPartProcessor implements ItemProcessor {

  @Inject JobContext job;

  @Inject ReviewGathering gathering;

  @Inject Clock clock;

  @EJB ManagementReviews reviews;

  private ReviewView review;

  @Override
  public Object processItem(Object item) {
    ReviewPart part = (ReviewPart) item;
    if (review == null) {
      review = reviews.find(ReviewJobParameters.reference(job));
    }
    Object content = gathering.part(review.periodOf(), part, clock.instant());
    return new GatheredPart(part, ReviewParts.write(part.kind(), content));
  }

  /** A computed part, ready to store. */
  record GatheredPart(ReviewPart part, byte[] json) {}
}
