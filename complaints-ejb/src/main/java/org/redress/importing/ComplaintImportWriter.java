package org.redress.importing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Records the checked rows of a chunk, in the chunk's transaction. */
@Named
@Dependent
public class ComplaintImportWriter extends AbstractItemWriter {

  @Inject JobContext job;

  @EJB ImportJob imports;

  private ImportJob.Settings settings;

  @Override
  public void open(Serializable checkpoint) {
    settings = imports.settings(ImportJobParameters.runId(job));
  }

  @Override
  public void writeItems(List<Object> items) {
    imports.record(settings, items.stream().map(ImportedRow.class::cast).toList());
  }
}
