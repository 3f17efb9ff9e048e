package org.redress.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import org.redress.security.Roles;

/** Starts the retention job (job XML {@code retention}) through the server's JobOperator. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

  public static final String NAME = "retention";

  /**
   * @return the new execution's id, to follow in the job console
   */
  public long start() {
    return BatchRuntime.getJobOperator().start(NAME, new Properties());
  }
}
