package org.redress.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.analysis.Dimension;
import org.redress.analysis.Kpi;
import org.redress.analysis.KpiFigures;
import org.redress.analysis.KpiSnapshots;
import org.redress.analysis.KpiTarget;
import org.redress.analysis.KpiValue;
import org.redress.analysis.Rag;
import org.redress.platform.Messages;
import org.redress.policy.Policies;
import org.redress.quality.ActionStatus;
import org.redress.review.ReviewFigures.ActionLine;
import org.redress.review.ReviewFigures.Actions;
import org.redress.review.ReviewFigures.FindingLine;
import org.redress.review.ReviewFigures.Findings;
import org.redress.review.ReviewFigures.KpiLine;
import org.redress.review.ReviewFigures.MonthKpis;
import org.redress.review.ReviewFigures.Nonconformities;
import org.redress.review.ReviewFigures.NonconformityLine;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.PeriodKpis;
import org.redress.survey.Surveys;

/**
 * Computes the parts of a management review's report from the records: the KPIs with the same code
 * as the KPI snapshot job ({@link KpiFigures}), so the report and the dashboard agree, and the
 * quality records by grouped SQL over indexed columns, never a scan of every row into memory.
 */
@Dependent
public class ReviewGathering {

  private static final String OPEN_ACTION = "A.STATUS IN ('PLANNED', 'IN_PROGRESS', 'IMPLEMENTED')";
  private static final String LATE_ACTION =
      "A.STATUS IN ('PLANNED', 'IN_PROGRESS') AND A.DUE_ON < ";

  @PersistenceContext EntityManager em;

  @Inject KpiFigures kpis;

  @EJB KpiSnapshots snapshots;

  @EJB Surveys surveys;

  @EJB Policies policies;

  /** The content of one part of the report of {@code period}, as seen at {@code now}. */
  public Object part(ReviewPeriod period, ReviewPart part, Instant now) {
    return switch (part.kind()) {
      case KPIS -> periodKpis(period, now);
      case MONTH -> month(part.month(), now);
      case CATEGORIES -> categories(period);
      case CAUSES -> causes(period);
      case NONCONFORMITIES -> nonconformities(period, now);
      case ACTIONS -> actions(now);
      case SURVEYS -> new ReviewFigures.Surveys(surveys.summary(period.start(), period.end()));
      case FINDINGS -> findings(period);
    };
  }

  private PeriodKpis periodKpis(ReviewPeriod period, Instant now) {
    Map<Kpi, KpiValue> current = overall(kpis.values(period.start(), period.end(), now));
    ReviewPeriod before = period.previous();
    Map<Kpi, KpiValue> previous = overall(kpis.values(before.start(), before.end(), now));
    Map<Kpi, KpiTarget> targets = new EnumMap<>(Kpi.class);
    snapshots.targets().forEach(t -> targets.put(t.kpi(), t));
    List<KpiLine> lines = new ArrayList<>();
    for (Kpi kpi : Kpi.values()) {
      KpiValue value = current.get(kpi);
      KpiValue earlier = previous.get(kpi);
      KpiTarget target = targets.get(kpi);
      BigDecimal figure = value == null ? null : value.value();
      lines.add(
          new KpiLine(
              kpi,
              figure,
              value == null ? 0 : value.sampleSize(),
              earlier == null ? null : earlier.value(),
              earlier == null ? 0 : earlier.sampleSize(),
              target == null ? null : target.green(),
              target == null ? null : target.amber(),
              target == null ? Rag.NO_DATA : target.rate(figure)));
    }
    return new PeriodKpis(lines, policies.handlingPolicy().reportingCurrency());
  }

  private MonthKpis month(YearMonth month, Instant now) {
    List<KpiValue> values =
        List.copyOf(
            overall(
                    kpis.values(
                        ReviewPeriod.start(month), ReviewPeriod.start(month.plusMonths(1)), now))
                .values());
    return new MonthKpis(month.toString(), values);
  }

  /** The ALL group's values by KPI. */
  private static Map<Kpi, KpiValue> overall(List<KpiValue> values) {
    Map<Kpi, KpiValue> byKpi = new EnumMap<>(Kpi.class);
    values.stream().filter(v -> v.dimension() == Dimension.ALL).forEach(v -> byKpi.put(v.kpi(), v));
    return byKpi;
  }

  private Pareto categories(ReviewPeriod period) {
    List<Pareto.Count> counts = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT COALESCE(CAT.CODE, '-'), MAX(CAT.NAME), COUNT(*) FROM COMPLAINT C"
                + " LEFT JOIN CATEGORY CAT ON CAT.ID = C.CATEGORY_ID"
                + " WHERE C.RECEIVED_AT >= ?1 AND C.RECEIVED_AT < ?2"
                + " GROUP BY COALESCE(CAT.CODE, '-')",
            Timestamp.from(period.start()),
            Timestamp.from(period.end()))) {
      String code = row[0].toString();
      String label =
          row[1] == null ? Messages.text("report.noCategory") : row[1] + " (" + code + ")";
      counts.add(new Pareto.Count(code, label, count(row[2])));
    }
    return Pareto.of(counts);
  }

  /** The root-cause categories of the nonconformities raised in the period (not the cancelled). */
  private Pareto causes(ReviewPeriod period) {
    List<Pareto.Count> counts = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT COALESCE(N.ISHIKAWA_CATEGORY, '-'), COUNT(*) FROM NONCONFORMITY N"
                + " WHERE N.RAISED_AT >= ?1 AND N.RAISED_AT < ?2 AND N.STATUS <> 'CANCELLED'"
                + " GROUP BY COALESCE(N.ISHIKAWA_CATEGORY, '-')",
            Timestamp.from(period.start()),
            Timestamp.from(period.end()))) {
      String key = row[0].toString();
      counts.add(
          new Pareto.Count(
              key,
              Messages.text("-".equals(key) ? "report.causeOpen" : "report.cause." + key),
              count(row[1])));
    }
    return Pareto.of(counts);
  }

  private Nonconformities nonconformities(ReviewPeriod period, Instant now) {
    Timestamp start = Timestamp.from(period.start());
    Timestamp end = Timestamp.from(period.end());
    long raised =
        single(
            "SELECT COUNT(*) FROM NONCONFORMITY N WHERE N.RAISED_AT >= ?1 AND N.RAISED_AT < ?2",
            start,
            end);
    long closed =
        single(
            "SELECT COUNT(*) FROM NONCONFORMITY N WHERE N.STATUS = 'CLOSED'"
                + " AND N.CLOSED_AT >= ?1 AND N.CLOSED_AT < ?2",
            start,
            end);
    String open = " FROM NONCONFORMITY N WHERE N.STATUS NOT IN ('CLOSED', 'CANCELLED')";
    long openNow = single("SELECT COUNT(*)" + open);
    List<Object[]> listed =
        rowsLimited(
            "SELECT N.ID, N.REFERENCE, N.TITLE, N.SEVERITY, N.STATUS, N.RAISED_AT"
                + open
                + " ORDER BY N.RAISED_AT, N.ID",
            ReviewFigures.LIST_LIMIT);
    Map<Long, long[]> actionCounts = new HashMap<>();
    if (!listed.isEmpty()) {
      String ids =
          listed.stream().map(r -> Long.toString(count(r[0]))).collect(Collectors.joining(","));
      for (Object[] row :
          rows(
              "SELECT A.NONCONFORMITY_ID, SUM(CASE WHEN "
                  + OPEN_ACTION
                  + " THEN 1 ELSE 0 END), SUM(CASE WHEN "
                  + LATE_ACTION
                  + "?1 THEN 1 ELSE 0 END) FROM CORRECTIVE_ACTION A"
                  + " WHERE A.NONCONFORMITY_ID IN ("
                  + ids
                  + ") GROUP BY A.NONCONFORMITY_ID",
              Date.valueOf(today(now)))) {
        actionCounts.put(count(row[0]), new long[] {count(row[1]), count(row[2])});
      }
    }
    List<NonconformityLine> lines = new ArrayList<>();
    for (Object[] row : listed) {
      long[] actions = actionCounts.getOrDefault(count(row[0]), new long[2]);
      lines.add(
          new NonconformityLine(
              row[1].toString(),
              row[2].toString(),
              row[3].toString(),
              row[4].toString(),
              instant(row[5]),
              actions[0],
              actions[1]));
    }
    return new Nonconformities(raised, closed, openNow, lines);
  }

  private Actions actions(Instant now) {
    Date today = Date.valueOf(today(now));
    Object[] totals =
        rows(
                "SELECT COUNT(*), SUM(CASE WHEN "
                    + LATE_ACTION
                    + "?1 THEN 1 ELSE 0 END) FROM CORRECTIVE_ACTION A WHERE "
                    + OPEN_ACTION,
                today)
            .get(0);
    List<ActionLine> lines = new ArrayList<>();
    for (Object[] row :
        rowsLimited(
            "SELECT N.REFERENCE, A.ACTION_NO, A.TYPE, A.DESCRIPTION, A.OWNER, A.DUE_ON, A.STATUS"
                + " FROM CORRECTIVE_ACTION A JOIN NONCONFORMITY N ON N.ID = A.NONCONFORMITY_ID"
                + " WHERE "
                + OPEN_ACTION
                + " ORDER BY A.DUE_ON, A.ID",
            ReviewFigures.LIST_LIMIT)) {
      LocalDate due = localDate(row[5]);
      String status = row[6].toString();
      lines.add(
          new ActionLine(
              row[0].toString(),
              (int) count(row[1]),
              row[2].toString(),
              row[3].toString(),
              row[4].toString(),
              due,
              status,
              // the action's own rule (CorrectiveAction.isOverdue): open and past its due day
              ActionStatus.valueOf(status).isOpen() && due.isBefore(today.toLocalDate())));
    }
    return new Actions(count(totals[0]), count(totals[1]), lines);
  }

  private Findings findings(ReviewPeriod period) {
    Timestamp start = Timestamp.from(period.start());
    Timestamp end = Timestamp.from(period.end());
    String inPeriod = " FROM AUDIT_FINDING F WHERE F.RECORDED_AT >= ?1 AND F.RECORDED_AT < ?2";
    List<Pareto.Count> bySeverity = new ArrayList<>();
    long total = 0;
    for (Object[] row :
        rows("SELECT F.SEVERITY, COUNT(*)" + inPeriod + " GROUP BY F.SEVERITY", start, end)) {
      String severity = row[0].toString();
      long count = count(row[1]);
      total += count;
      bySeverity.add(
          new Pareto.Count(severity, Messages.text("report.severity." + severity), count));
    }
    List<FindingLine> lines = new ArrayList<>();
    for (Object[] row :
        rowsLimited(
            "SELECT F.REFERENCE, F.TITLE, F.CLAUSE, F.SEVERITY, F.RECORDED_AT,"
                + " F.NONCONFORMITY_REFERENCE"
                + inPeriod
                + " ORDER BY F.RECORDED_AT DESC, F.ID DESC",
            ReviewFigures.LIST_LIMIT,
            start,
            end)) {
      lines.add(
          new FindingLine(
              row[0].toString(),
              row[1].toString(),
              row[2].toString(),
              row[3].toString(),
              instant(row[4]),
              row[5] == null ? null : row[5].toString()));
    }
    return new Findings(total, bySeverity, lines);
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  private long single(String sql, Object... parameters) {
    return count(rows(sql, parameters).get(0));
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    return rowsLimited(sql, 0, parameters);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rowsLimited(String sql, int limit, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    List<Object> result = query.getResultList();
    List<Object[]> rows = new ArrayList<>(result.size());
    for (Object row : result) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }

  private static long count(Object value) {
    if (value instanceof Object[] row) {
      return count(row[0]);
    }
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    return (LocalDate) value;
  }
}
