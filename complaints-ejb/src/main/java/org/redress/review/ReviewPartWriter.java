package org.redress.review;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the parts of a chunk and moves the review's progress on, in the chunk's transaction. */
@Named("reviewPartWriter")
@Dependent
public class ReviewPartWriter extends AbstractItemWriter {

  @Inject JobContext job;

  @EJB ManagementReviews reviews;

  @Override
  public void writeItems(List<Object> items) {
    String reference = ReviewJobParameters.reference(job);
    for (Object item : items) {
      ReviewPartProcessor.GatheredPart gathered = (ReviewPartProcessor.GatheredPart) item;
      reviews.storePart(reference, gathered.part(), gathered.json());
    }
  }
}
