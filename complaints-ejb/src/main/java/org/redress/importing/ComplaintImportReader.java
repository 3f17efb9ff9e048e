package org.redress.importing;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.redress.platform.CallerLocale;

/**
 * Reads the rows of an import's file with commons-csv. The checkpoint is the number of the last row
 * read; on restart the reader moves past that many rows and goes on with the next.
 */
@Named
@Dependent
public class ComplaintImportReader extends AbstractItemReader {

  @Inject JobContext job;

  @EJB ImportJob imports;

  private CsvRecords records;

  @Override
  public void open(Serializable checkpoint) {
    long runId = ImportJobParameters.runId(job);
    ImportJob.Settings settings = imports.settings(runId);
    records = new CsvRecords(imports.text(runId), settings.delimiter());
    if (checkpoint instanceof Long position) {
      records.skipTo(position);
    }
  }

  /**
   * @throws MalformedRowException for a row that breaks the quoting rules (skipped and rejected)
   */
  @Override
  public Object readItem() {
    CallerLocale.set(ImportJobParameters.language(job));
    try {
      return records.hasNext() ? records.next() : null;
    } finally {
      CallerLocale.clear();
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return records.position();
  }
}
