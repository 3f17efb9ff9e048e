package org.redress.analysis;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.redress.audit.AuditRecordTypes;
import org.redress.audit.AuditTrail;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.security.Roles;

/**
 * The KPI snapshots for managers (ISO 10002 8.4): starts the {@code kpi-snapshot} batch job,
 * follows its executions, reads the stored snapshots as series per period for the dashboard (never
 * a live scan of the complaints) and keeps the targets each KPI is rated against.
 */
@Stateless
public class KpiSnapshots {

  /** The job's id: the name of its XML in META-INF/batch-jobs. */
  public static final String JOB = "kpi-snapshot";

  /** When the nightly run is due, UTC. */
  static final LocalTime NIGHTLY_AT = LocalTime.of(2, 30);

  private static final Logger LOG = Logger.getLogger(KpiSnapshots.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** Starts the job now; the execution runs in the background. */
  @RolesAllowed({Roles.MANAGER, Roles.ADMINISTRATOR})
  public KpiRun start(StartKpiSnapshot input) {
    StartKpiSnapshot checked = input == null ? new StartKpiSnapshot(null, null, null) : input;
    validator.check(checked);
    Properties parameters = new Properties();
    put(parameters, "days", checked.days());
    put(parameters, "weeks", checked.weeks());
    put(parameters, "months", checked.months());
    refuseWhileRunning();
    long id = operator().start(JOB, parameters);
    LOG.info(
        () -> "KPI snapshot job started by " + context.getCallerPrincipal().getName() + ": " + id);
    return run(id);
  }

  /** One execution of the job. */
  @RolesAllowed({Roles.MANAGER, Roles.ADMINISTRATOR})
  public KpiRun run(long executionId) {
    JobExecution execution;
    try {
      execution = operator().getJobExecution(executionId);
    } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
      throw new RecordNotFoundException("KPI snapshot run", Long.toString(executionId));
    }
    if (!JOB.equals(execution.getJobName())) {
      throw new RecordNotFoundException("KPI snapshot run", Long.toString(executionId));
    }
    return new KpiRun(
        executionId,
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
        execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
  }

  /**
   * The nightly run's compare-and-set: moves the next due time on and answers true on one instance
   * only, once the time has come (also after a downtime).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed(Roles.ADMINISTRATOR)
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
            .setParameter(2, JOB)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** Whether a run is busy (the timer waits for its end rather than claim the night in vain). */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public boolean running() {
    return !runningExecutions().isEmpty();
  }

  private static List<Long> runningExecutions() {
    try {
      return operator().getRunningExecutions(JOB);
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }

  /** The nightly start, by the timer's run-as identity. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public long startNightly() {
    refuseWhileRunning();
    return operator().start(JOB, new Properties());
  }

  /**
   * One run at a time: two runs writing the same periods would collide on the rows they both
   * replace. The job repository is shared by every instance, so this sees their runs too.
   */
  private void refuseWhileRunning() {
    List<Long> running = runningExecutions();
    if (!running.isEmpty()) {
      throw new RuleViolationException(
          "kpi-job-running", Messages.text("kpi.alreadyRunning", String.valueOf(running.get(0))));
    }
  }

  /**
   * The series of KPIs of one group over the latest {@code count} periods of a kind, oldest first,
   * each point rated against its target.
   */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public Map<Kpi, List<KpiPoint>> series(
      PeriodKind kind, Dimension dimension, String key, int count) {
    if (count < 1 || count > 400) {
      throw new InvalidInputException("count", Messages.text("field.kpiCount"));
    }
    LocalDate until = kind.startOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    LocalDate from = kind.minus(until, count - 1);
    Map<Kpi, KpiTarget> targets = targetMap();
    Map<Kpi, List<KpiPoint>> series = new EnumMap<>(Kpi.class);
    for (Kpi kpi : Kpi.values()) {
      series.put(kpi, new ArrayList<>());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT KPI, PERIOD_START, KPI_VALUE, SAMPLE_SIZE FROM KPI_SNAPSHOT"
                    + " WHERE PERIOD_KIND = ?1 AND DIMENSION = ?2 AND DIMENSION_KEY = ?3"
                    + " AND PERIOD_START >= ?4 AND PERIOD_START <= ?5 ORDER BY PERIOD_START")
            .setParameter(1, kind.name())
            .setParameter(2, dimension.name())
            .setParameter(3, key == null || dimension == Dimension.ALL ? Dimension.ALL_KEY : key)
            .setParameter(4, Date.valueOf(from))
            .setParameter(5, Date.valueOf(until))
            .getResultList();
    for (Object[] row : rows) {
      Kpi kpi;
      try {
        kpi = Kpi.valueOf(row[0].toString());
      } catch (IllegalArgumentException e) {
        continue; // a KPI of a later version, still in the table after a downgrade
      }
      BigDecimal value = row[2] == null ? null : new BigDecimal(row[2].toString());
      KpiTarget target = targets.get(kpi);
      series
          .get(kpi)
          .add(
              new KpiPoint(
                  kpi,
                  localDate(row[1]),
                  value,
                  KpiFigures.count(row[3]),
                  target == null ? Rag.NO_DATA : target.rate(value)));
    }
    return series;
  }

  /** The group keys that have snapshots for a dimension, for the dashboard's choice. */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public List<String> keys(PeriodKind kind, Dimension dimension) {
    @SuppressWarnings("unchecked")
    List<Object> keys =
        em.createNativeQuery(
                "SELECT DISTINCT DIMENSION_KEY FROM KPI_SNAPSHOT WHERE PERIOD_KIND = ?1"
                    + " AND DIMENSION = ?2 ORDER BY DIMENSION_KEY")
            .setParameter(1, kind.name())
            .setParameter(2, dimension.name())
            .setMaxResults(500)
            .getResultList();
    return keys.stream().map(Object::toString).toList();
  }

  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public List<KpiTarget> targets() {
    return List.copyOf(targetMap().values());
  }

  /**
   * Sets the targets given; the others stay. Invalid thresholds are refused with field errors. Each
   * target that changes is in the audit trail with its thresholds before and after (ISO 10002 8.4).
   */
  @RolesAllowed({Roles.MANAGER, Roles.ADMINISTRATOR})
  public List<KpiTarget> saveTargets(List<SaveKpiTarget> input) {
    if (input == null || input.isEmpty()) {
      throw new InvalidInputException("body", Messages.text("field.bodyRequired"));
    }
    List<KpiTarget> targets = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      SaveKpiTarget save = input.get(i);
      String field = "[" + i + "]";
      if (save == null) {
        throw new InvalidInputException(field, Messages.text("field.bodyRequired"));
      }
      try {
        validator.check(save);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            e.errors().stream()
                .map(f -> new org.redress.platform.FieldError(field + "." + f.field(), f.message()))
                .toList());
      }
      if (save.kpi().direction() == Kpi.Direction.NONE) {
        throw new InvalidInputException(field + ".kpi", Messages.text("field.kpiWithoutTarget"));
      }
      try {
        targets.add(new KpiTarget(save.kpi(), save.green(), save.amber()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            field + ".green",
            Messages.text(
                save.kpi().direction() == Kpi.Direction.HIGHER_IS_BETTER
                    ? "field.greenAtLeastAmber"
                    : "field.greenAtMostAmber"));
      }
    }
    String actor = context.getCallerPrincipal().getName();
    Timestamp now = Timestamp.from(clock.instant());
    Map<Kpi, KpiTarget> before = targetMap();
    for (KpiTarget target : targets) {
      Map<String, Object> old = auditState(before.get(target.kpi()));
      Map<String, Object> changed = auditState(target);
      if (old.equals(changed)) {
        continue;
      }
      em.createNativeQuery("DELETE FROM KPI_TARGET WHERE KPI = ?1")
          .setParameter(1, target.kpi().name())
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO KPI_TARGET (KPI, GREEN_FROM, AMBER_FROM, UPDATED_BY, UPDATED_AT)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, target.kpi().name())
          .setParameter(2, target.green())
          .setParameter(3, target.amber())
          .setParameter(4, actor)
          .setParameter(5, now)
          .executeUpdate();
      audit.recordChange(
          AuditRecordTypes.KPI_TARGET, target.kpi().name(), "CHANGE", actor, old, changed);
      before.put(target.kpi(), target);
    }
    LOG.info(() -> actor + " set KPI targets " + targets);
    return targets();
  }

  /**
   * A target's thresholds as the audit trail compares them: 5.0000 from the database and 5 from the
   * manager are the same threshold, and an unchanged target is not written again.
   */
  private static Map<String, Object> auditState(KpiTarget target) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("green", target == null ? null : plain(target.green()));
    state.put("amber", target == null ? null : plain(target.amber()));
    return state;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private Map<Kpi, KpiTarget> targetMap() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT KPI, GREEN_FROM, AMBER_FROM FROM KPI_TARGET").getResultList();
    Map<Kpi, KpiTarget> targets = new EnumMap<>(Kpi.class);
    for (Object[] row : rows) {
      try {
        Kpi kpi = Kpi.valueOf(row[0].toString());
        targets.put(
            kpi,
            new KpiTarget(
                kpi, new BigDecimal(row[1].toString()), new BigDecimal(row[2].toString())));
      } catch (IllegalArgumentException e) {
        LOG.warning(() -> "Ignoring the unusable KPI target " + row[0] + ": " + e.getMessage());
      }
    }
    return targets;
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  private static void put(Properties parameters, String name, Integer value) {
    if (value != null) {
      parameters.setProperty(name, value.toString());
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
