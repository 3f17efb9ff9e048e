package org.redress.analysis;

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
 * Starts the nightly KPI job. Every instance's timer looks every minute (one indexed UPDATE); the
 * compare-and-set on KPI_SCHEDULE lets one instance start it once a night, and catches up after a
 * downtime.
 *
 * <p>The timer has no caller, and Liberty's batch security refuses a job start without one (the
 * start needs the batchSubmitter or batchAdmin role). So the timer runs as the administrator role,
 * with the identity that server.xml's {@code run-as} binding names ({@code redress.batch.user}).
 */
@Singleton
@RunAs(Roles.ADMINISTRATOR)
public class KpiSchedule {

  private static final Logger LOG = Logger.getLogger(KpiSchedule.class.getName());

  @EJB KpiSnapshots snapshots;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    try {
      if (!snapshots.running() && snapshots.claimNightlyRun()) {
        long id = snapshots.startNightly();
        LOG.info(() -> "Nightly KPI snapshot job started: execution " + id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The nightly KPI snapshot job could not be started", e);
    }
  }
}
