package org.redress.importing;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redress.complaint.ImportLookups;

/**
 * Gives every chunk of an import its own {@link ImportLookups}, kept in the step's transient data,
 * so that the processor reads the categories and service levels once per chunk, not per row, and
 * never longer than a chunk.
 */
@Named
@Dependent
public class ImportChunkLookups extends AbstractChunkListener {

  @Inject StepContext step;

  @Override
  public void beforeChunk() {
    step.setTransientUserData(new ImportLookups());
  }

  /** This chunk's lookups. */
  static ImportLookups of(StepContext step) {
    if (step.getTransientUserData() instanceof ImportLookups lookups) {
      return lookups;
    }
    ImportLookups lookups = new ImportLookups();
    step.setTransientUserData(lookups);
    return lookups;
  }
}
