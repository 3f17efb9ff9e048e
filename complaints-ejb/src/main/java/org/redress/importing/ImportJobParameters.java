package org.redress.importing;

import jakarta.batch.runtime.context.JobContext;

/** The import job's own properties (set from its parameters in the job XML). */
final class ImportJobParameters {

  private ImportJobParameters() {}

  static long runId(JobContext job) {
    return Long.parseLong(job.getProperties().getProperty("runId"));
  }
}
