package org.redress.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.redress.policy.Policies;

/** Anonymises the cases of a chunk, in the chunk's transaction. */
@Named("retentionWriter")
@Dependent
public class RetentionWriter extends AbstractItemWriter {

  @EJB Retention retention;

  @EJB Policies policies;

  @Override
  public void writeItems(List<Object> ids) {
    String reason =
        "retention period of " + policies.handlingPolicy().retentionMonths() + " months over";
    for (Object id : ids) {
      retention.anonymise((Long) id, reason, Retention.SYSTEM);
    }
  }
}
