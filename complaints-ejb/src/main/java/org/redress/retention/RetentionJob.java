package org.redress.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Properties;
import org.redress.security.Roles;

/** Starts the retention job (job XML {@code retention}) through the server's JobOperator. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

  public static final String NAME = "retention";

  /** When the nightly run is due, UTC (after the KPI snapshots at 02:30). */
  static final LocalTime NIGHTLY_AT = LocalTime.of(3, 30);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * Starts a run now.
   *
   * @return the new execution's id, to follow in the job console
   */
  public long start() {
    return BatchRuntime.getJobOperator().start(NAME, new Properties());
  }

  /** Whether a run is busy (the nightly start waits for its end). */
  public boolean running() {
    try {
      return !BatchRuntime.getJobOperator().getRunningExecutions(NAME).isEmpty();
    } catch (NoSuchJobException e) {
      return false;
    }
  }

  /**
   * The nightly run's compare-and-set on KPI_SCHEDULE: moves the due time to the next night and
   * answers true on one instance only, once the time has come (also after a downtime).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimNightlyRun() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant next = today.atTime(NIGHTLY_AT).toInstant(ZoneOffset.UTC);
    if (!next.isAfter(now)) {
      next = today.plusDays(1).atTime(NIGHTLY_AT).toInstant(ZoneOffset.UTC);
    }
    return em.createNativeQuery(
                "UPDATE KPI_SCHEDULE SET NEXT_RUN_AT = ?1 WHERE NAME = ?2 AND NEXT_RUN_AT <= ?3")
            .setParameter(1, Timestamp.from(next))
            .setParameter(2, NAME)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }
}
