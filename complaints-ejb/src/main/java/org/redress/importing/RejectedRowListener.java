package org.redress.importing;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Sets each skipped row aside with its line and reason: a row the parser could not read (skipped by
 * the reader) or a row that breaks a rule (skipped by the processor).
 */
@Named
@Dependent
public class RejectedRowListener implements SkipReadListener, SkipProcessListener {

  @Inject JobContext job;

  @EJB ImportJob imports;

  @Override
  public void onSkipReadItem(Exception e) {
    if (e instanceof MalformedRowException malformed) {
      imports.reject(
          ImportJobParameters.runId(job),
          malformed.number(),
          malformed.line(),
          List.of(malformed.text()),
          malformed.getMessage());
    }
  }

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    if (e instanceof RejectedRowException rejected) {
      CsvRow row = (CsvRow) item;
      imports.reject(
          ImportJobParameters.runId(job),
          row.number(),
          row.line(),
          row.values(),
          rejected.getMessage());
    }
  }
}
