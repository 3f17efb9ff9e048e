package org.redress.importing;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Points the import run at the job execution that is importing it now. A restart is a new execution
 * of the same job instance, whoever starts it: the import page, the API or the job console.
 * Recorded as the execution begins, so that the page and {@code GET /imports/{id}} follow the run
 * that is actually working, and a stop or restart of the import reaches it.
 */
@Named
@Dependent
public class ImportRunListener extends AbstractJobListener {

  @Inject JobContext job;

  @EJB ImportJob imports;

  @Override
  public void beforeJob() {
    imports.follow(ImportJobParameters.runId(job), job.getExecutionId());
  }
}
