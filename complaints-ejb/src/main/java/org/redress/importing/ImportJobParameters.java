package org.redress.importing;

import jakarta.batch.runtime.context.JobContext;
import java.util.Locale;

/** The import job's own properties (set from its parameters in the job XML). */
final class ImportJobParameters {

  private ImportJobParameters() {}

  /** The language of the user who started the import, for the reasons of rejected rows. */
  static Locale language(JobContext job) {
    String tag = job.getProperties().getProperty("language");
    return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
  }

  static long runId(JobContext job) {
    return Long.parseLong(job.getProperties().getProperty("runId"));
  }
}
