package org.redress.importing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redress.platform.CallerLocale;

/**
 * Turns a row into a complaint by the mapping and checks it by the intake's rules. A row that fails
 * is skipped with {@link RejectedRowException} and set aside by {@link RejectedRowListener}.
 */
@Named
@Dependent
public class ComplaintImportProcessor implements ItemProcessor {

  @Inject JobContext job;

  @Inject StepContext step;

  @EJB ImportJob imports;

  private ImportJob.Settings settings;

  @Override
  public Object processItem(Object item) {
    if (settings == null) {
      settings = imports.settings(ImportJobParameters.runId(job));
    }
    CallerLocale.set(ImportJobParameters.language(job));
    try {
      return imports.check(settings, (CsvRow) item, ImportChunkLookups.of(step));
    } finally {
      CallerLocale.clear();
    }
  }
}
