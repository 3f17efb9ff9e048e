package org.redress.review;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Renders the report's PDF and CSV from the gathered parts. */
@Named("reviewRenderBatchlet")
@Dependent
public class ReviewRenderBatchlet extends AbstractBatchlet {

  @Inject JobContext job;

  @EJB ManagementReviews reviews;

  @Override
  public String process() {
    reviews.render(ReviewJobParameters.reference(job));
    return BatchStatus.COMPLETED.name();
  }
}
