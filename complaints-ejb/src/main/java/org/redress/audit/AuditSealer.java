package org.redress.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new audit entries every few seconds on every instance (the chain lock keeps it orderly).
 */
@Startup
@Singleton
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  @EJB AuditSealing sealing;

  @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
  void seal() {
    try {
      while (sealing.sealPending() == AuditSealing.BATCH) {
        // More are waiting: keep sealing in batches.
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sealing the audit trail failed; it is retried in a few seconds", e);
    }
  }
}
