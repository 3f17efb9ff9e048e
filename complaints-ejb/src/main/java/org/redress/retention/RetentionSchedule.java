package org.redress.retention;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redress.security.Roles;

/**
 * Starts the retention job every night at 03:30 UTC. Every instance's timer looks every minute; the
 * compare-and-set on KPI_SCHEDULE lets one instance start it once a night and catches up after a
 * downtime. The timer has no caller, and Liberty's batch security refuses a job start without one,
 * so it runs as the administrator role with the identity of server.xml's {@code run-as} binding
 * ({@code redress.batch.user}), like the KPI schedule.
 */
@Singleton
@RunAs(Roles.ADMINISTRATOR)
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @EJB RetentionJob job;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    try {
      if (!job.running() && job.claimNightlyRun()) {
        long id = job.start();
        LOG.info(() -> "Nightly retention job started: execution " + id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The nightly retention job could not be started", e);
    }
  }
}
