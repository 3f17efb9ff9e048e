package org.redress.complaint;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the service-level deadlines of open cases, every fifteen seconds on every server
 * instance: the database says which cases are due for a look ({@code DEADLINE_CHECK_AT}), so
 * nothing is kept in memory, a restarted server catches up with what came due while it was down,
 * and instances share the work (a case one instance just handled is skipped by the other).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineWatch {

  private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
  static final int BATCH = 200;

  private final AtomicBoolean running = new AtomicBoolean();

  @EJB Deadlines deadlines;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      long stopAt = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      List<Long> due = deadlines.due(BATCH);
      for (Long id : due) {
        if (System.nanoTime() > stopAt) {
          break;
        }
        look(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The deadline watch failed; it looks again in a moment", e);
    } finally {
      running.set(false);
    }
  }

  private void look(long id) {
    try {
      deadlines
          .check(id)
          .ifPresent(
              alert ->
                  LOG.info(
                      () ->
                          "Complaint "
                              + id
                              + ": "
                              + alert.deadline()
                              + " deadline "
                              + alert.level()));
    } catch (EJBException | OptimisticLockException e) {
      if (isConflict(e)) {
        LOG.fine(() -> "Complaint " + id + " was changed meanwhile; looked at next round");
      } else {
        LOG.log(Level.WARNING, "Checking the deadlines of complaint " + id + " failed", e);
      }
    }
  }

  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
