package org.redress.review;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Hands out the parts of the review's report in order. The checkpoint is how many were handed out,
 * so a restart goes on with the first part not yet stored.
 */
@Named("reviewPartReader")
@Dependent
public class ReviewPartReader extends AbstractItemReader {

  @Inject JobContext job;

  @EJB ManagementReviews reviews;

  private List<ReviewPart> plan;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    ReviewPeriod period = reviews.find(ReviewJobParameters.reference(job)).periodOf();
    plan = ReviewPart.plan(period);
    next = checkpoint instanceof Integer done ? done : 0;
  }

  @Override
  public Object readItem() {
    return next < plan.size() ? plan.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
