package org.redress.review;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the review which job execution works on it, at every start: a restart from the job console
 * is a new execution, and the review's page follows that one.
 */
@Named("reviewJobListener")
@Dependent
public class ReviewJobListener extends AbstractJobListener {

  @Inject JobContext job;

  @EJB ManagementReviews reviews;

  @Override
  public void beforeJob() {
    reviews.executing(ReviewJobParameters.reference(job), job.getExecutionId());
  }
}
