package org.redress.review;

import jakarta.batch.runtime.context.JobContext;

/** The job's own property (set from its parameter in the job XML): the review it works on. */
final class ReviewJobParameters {

  private ReviewJobParameters() {}

  static String reference(JobContext job) {
    String reference = job.getProperties().getProperty("reference");
    if (reference == null || reference.isBlank()) {
      throw new IllegalStateException("The management-review job needs the parameter reference");
    }
    return reference;
  }
}
