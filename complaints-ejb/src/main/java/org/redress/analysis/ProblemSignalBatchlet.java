package org.redress.analysis;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The recurring-problem step of the KPI job (ISO 10002 8.2): per category and per product, the
 * complaints received in the recent weeks (up to the end of today, UTC) against the control limit
 * of the weeks before them. A group above the limit becomes an open proposal, or brings its open
 * proposal up to date; a group already decided in the recent window is not proposed again.
 */
@Named
@Dependent
public class ProblemSignalBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ProblemSignalBatchlet.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "recentWeeks")
  String recentWeeks;

  @Inject
  @BatchProperty(name = "baselineWeeks")
  String baselineWeeks;

  @Override
  @Transactional
  public String process() {
    int recent = Integer.parseInt(recentWeeks.strip());
    int baseline = Integer.parseInt(baselineWeeks.strip());
    Instant now = clock.instant();
    Instant end =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .plusDays(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    Instant recentFrom = end.minus(Duration.ofDays(7L * recent));
    Instant baselineFrom = recentFrom.minus(Duration.ofDays(7L * baseline));
    int proposed = 0;
    for (Dimension dimension : List.of(Dimension.CATEGORY, Dimension.PRODUCT)) {
      Map<String, Long> recentCounts = counts(dimension, recentFrom, end);
      Map<String, Long> baselineCounts = counts(dimension, baselineFrom, recentFrom);
      for (Map.Entry<String, Long> group : recentCounts.entrySet()) {
        long before = baselineCounts.getOrDefault(group.getKey(), 0L);
        ControlLimit limit = ControlLimit.poisson(before, baseline, recent);
        if (limit.signals(group.getValue())
            && propose(
                dimension, group.getKey(), recentFrom, end, group.getValue(), before, limit, now)) {
          proposed++;
        }
      }
    }
    int found = proposed;
    LOG.info(() -> "Recurring problems: " + found + " open proposals found or brought up to date");
    return "COMPLETED";
  }

  private boolean propose(
      Dimension dimension,
      String key,
      Instant from,
      Instant to,
      long recent,
      long baseline,
      ControlLimit limit,
      Instant now) {
    List<ProblemSignal> latest =
        em.createQuery(
                "SELECT s FROM ProblemSignal s WHERE s.dimension = :dimension AND s.key = :key"
                    + " ORDER BY s.windowEnd DESC, s.id DESC",
                ProblemSignal.class)
            .setParameter("dimension", dimension)
            .setParameter("key", key)
            .setMaxResults(1)
            .getResultList();
    ProblemSignal signal;
    if (latest.isEmpty()) {
      signal = new ProblemSignal(dimension, key, now);
    } else if (latest.get(0).status() == ProblemSignalStatus.OPEN
        || latest.get(0).windowEnd().equals(to)) {
      signal = latest.get(0);
      if (signal.status() != ProblemSignalStatus.OPEN) {
        return false;
      }
    } else if (latest.get(0).decidedAt() != null && latest.get(0).decidedAt().isAfter(from)) {
      // Decided within this window: the same complaints would be proposed again.
      return false;
    } else {
      signal = new ProblemSignal(dimension, key, now);
    }
    signal.observe(from, to, recent, baseline, limit);
    if (signal.id() == null) {
      em.persist(signal);
    }
    return true;
  }

  private Map<String, Long> counts(Dimension dimension, Instant from, Instant to) {
    String column = KpiFigures.keyColumn(dimension);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + column
                    + ", COUNT(*) FROM COMPLAINT C LEFT JOIN CATEGORY CAT ON CAT.ID = C.CATEGORY_ID"
                    + " WHERE C.RECEIVED_AT >= ?1 AND C.RECEIVED_AT < ?2 GROUP BY "
                    + column)
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      String key = row[0] == null ? Dimension.NONE : row[0].toString();
      if (!Dimension.NONE.equals(key)) {
        counts.put(key, KpiFigures.count(row[1]));
      }
    }
    return counts;
  }
}
