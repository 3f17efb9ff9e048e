package org.redress.analysis;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.policy.Policies;

/**
 * Computes the KPIs of one period from the COMPLAINT table. Counts and rates come from SQL GROUP BY
 * per dimension, so the database does the counting; the percentiles of handling times need the
 * single durations, which are read for the period only (one row per complaint of the period, never
 * the whole table). The SQL is plain enough for H2, PostgreSQL and MariaDB alike.
 */
@Dependent
public class KpiFigures {

  private static final String FROM =
      " FROM COMPLAINT C LEFT JOIN CATEGORY CAT ON CAT.ID = C.CATEGORY_ID";

  private static final String COUNTED_OUTCOME =
      "(C.OUTCOME IS NULL OR C.OUTCOME NOT IN ('NOT_A_COMPLAINT', 'WITHDRAWN'))";

  @PersistenceContext EntityManager em;

  @EJB Policies policies;

  /** Every KPI of every group of complaints in the period, measured at {@code now}. */
  public PeriodSnapshot of(Period period, Instant now) {
    return new PeriodSnapshot(period, values(period.from(), period.to(), now));
  }

  /**
   * Every KPI of every group of complaints from {@code start} up to {@code finish}, measured at
   * {@code now}: the same figures the snapshot job stores, for any span (a management review's
   * months).
   */
  public List<KpiValue> values(Instant start, Instant finish, Instant now) {
    Map<Dimension, Map<String, GroupTally>> groups = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      groups.put(dimension, new LinkedHashMap<>());
    }
    // The ALL group exists even for an empty period, so the charts show a zero.
    groups
        .get(Dimension.ALL)
        .put(Dimension.ALL_KEY, new GroupTally(Dimension.ALL, Dimension.ALL_KEY));

    Timestamp from = Timestamp.from(start);
    Timestamp to = Timestamp.from(finish);
    Instant end = finish.isAfter(now) ? now : finish;
    String currency = policies.handlingPolicy().reportingCurrency();
    for (Dimension dimension : Dimension.values()) {
      Map<String, GroupTally> tallies = groups.get(dimension);
      received(dimension, tallies, from, to, Timestamp.from(now));
      closed(dimension, tallies, from, to, currency);
      satisfaction(dimension, tallies, from, to);
      backlog(dimension, tallies, end);
    }
    durations(groups, from, to);

    List<KpiValue> values = new ArrayList<>();
    groups.values().forEach(tallies -> tallies.values().forEach(t -> values.addAll(t.values())));
    return values;
  }

  private void received(
      Dimension dimension,
      Map<String, GroupTally> tallies,
      Timestamp from,
      Timestamp to,
      Timestamp now) {
    String sql =
        select(dimension)
            + "COUNT(*),"
            + " SUM(CASE WHEN C.ACKNOWLEDGED_AT IS NOT NULL"
            + " AND C.ACKNOWLEDGED_AT <= C.ACKNOWLEDGEMENT_DUE_AT THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.ACKNOWLEDGED_AT IS NOT NULL"
            + " OR (C.ACKNOWLEDGEMENT_DUE_AT < ?3 AND C.CLOSED_AT IS NULL) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.DECISION_COMMUNICATED_AT IS NOT NULL"
            + " AND C.DECISION_COMMUNICATED_AT <= C.RESPONSE_DUE_AT THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.DECISION_COMMUNICATED_AT IS NOT NULL"
            + " OR (C.RESPONSE_DUE_AT < ?3 AND C.CLOSED_AT IS NULL) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.ESCALATION_COUNT > 0 THEN 1 ELSE 0 END)"
            + FROM
            + " WHERE C.RECEIVED_AT >= ?1 AND C.RECEIVED_AT < ?2"
            + groupBy(dimension);
    for (Object[] row : rows(sql, from, to, now)) {
      GroupTally tally = tally(dimension, tallies, row[0]);
      tally.received = count(row[1]);
      tally.acknowledgedInTime = count(row[2]);
      tally.acknowledgementDecided = count(row[3]);
      tally.respondedInTime = count(row[4]);
      tally.responseDecided = count(row[5]);
      tally.escalated = count(row[6]);
    }
  }

  /**
   * The complaints closed in the period. The remedy cost adds the amounts in the policy's reporting
   * currency only: amounts in other currencies cannot be added without exchange rates.
   */
  private void closed(
      Dimension dimension,
      Map<String, GroupTally> tallies,
      Timestamp from,
      Timestamp to,
      String currency) {
    String sql =
        select(dimension)
            + "COUNT(*),"
            + " SUM(CASE WHEN C.REOPEN_COUNT > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.EXTERNAL_BODY IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + COUNTED_OUTCOME
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + COUNTED_OUTCOME
            + " AND C.REMEDY_TYPE IS NOT NULL AND C.REMEDY_TYPE <> 'NO_ACTION' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.REMEDY_CURRENCY = ?3 THEN C.REMEDY_AMOUNT ELSE 0 END)"
            + FROM
            + " WHERE C.CLOSED_AT >= ?1 AND C.CLOSED_AT < ?2"
            + groupBy(dimension);
    for (Object[] row : rows(sql, from, to, currency)) {
      if (count(row[1]) == 0) {
        continue;
      }
      GroupTally tally = tally(dimension, tallies, row[0]);
      tally.closed = count(row[1]);
      tally.reopened = count(row[2]);
      tally.referred = count(row[3]);
      tally.upholdable = count(row[4]);
      tally.upheld = count(row[5]);
      tally.remedyCost = row[6] == null ? BigDecimal.ZERO : new BigDecimal(row[6].toString());
    }
  }

  /**
   * The satisfaction surveys answered in the period (ISO 10002 8.3), grouped by their complaint's
   * category, product and channel: the sum and count of the overall scores.
   */
  private void satisfaction(
      Dimension dimension, Map<String, GroupTally> tallies, Timestamp from, Timestamp to) {
    String sql =
        select(dimension)
            + "SUM(S.OVERALL), COUNT(S.OVERALL)"
            + FROM
            + " JOIN SATISFACTION_SURVEY S ON S.COMPLAINT_ID = C.ID"
            + " WHERE S.ANSWERED_AT >= ?1 AND S.ANSWERED_AT < ?2"
            + groupBy(dimension);
    for (Object[] row : rows(sql, from, to)) {
      if (count(row[2]) == 0) {
        continue;
      }
      GroupTally tally = tally(dimension, tallies, row[0]);
      tally.satisfactionSum = count(row[1]);
      tally.satisfactionAnswers = count(row[2]);
    }
  }

  /** The cases open at the end of the period (or now, for the running one), by their age. */
  private void backlog(Dimension dimension, Map<String, GroupTally> tallies, Instant end) {
    String sql =
        select(dimension)
            + "SUM(CASE WHEN C.RECEIVED_AT >= ?3 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.RECEIVED_AT < ?3 AND C.RECEIVED_AT >= ?4 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.RECEIVED_AT < ?4 THEN 1 ELSE 0 END), COUNT(*)"
            + FROM
            + " WHERE C.RECEIVED_AT < ?1 AND (C.CLOSED_AT IS NULL OR C.CLOSED_AT >= ?2)"
            + groupBy(dimension);
    Timestamp endAt = Timestamp.from(end);
    for (Object[] row :
        rows(
            sql,
            endAt,
            endAt,
            Timestamp.from(end.minus(Duration.ofDays(7))),
            Timestamp.from(end.minus(Duration.ofDays(30))))) {
      if (count(row[4]) == 0) {
        continue;
      }
      GroupTally tally = tally(dimension, tallies, row[0]);
      tally.backlogUpTo7Days = count(row[1]);
      tally.backlog8To30Days = count(row[2]);
      tally.backlogOver30Days = count(row[3]);
    }
  }

  /** The single handling times, for the medians and 90th percentiles of every group. */
  private void durations(
      Map<Dimension, Map<String, GroupTally>> groups, Timestamp from, Timestamp to) {
    String keys =
        "SELECT COALESCE(CAT.CODE, '-'), COALESCE(C.PRODUCT_OR_SERVICE, '-'), C.CHANNEL,"
            + " C.RECEIVED_AT, ";
    for (Object[] row :
        rows(
            keys
                + "C.ACKNOWLEDGED_AT, C.DECISION_COMMUNICATED_AT"
                + FROM
                + " WHERE C.RECEIVED_AT >= ?1 AND C.RECEIVED_AT < ?2"
                + " AND (C.ACKNOWLEDGED_AT IS NOT NULL OR C.DECISION_COMMUNICATED_AT IS NOT NULL)",
            from,
            to)) {
      Instant received = instant(row[3]);
      for (GroupTally tally : tallies(groups, row)) {
        if (row[4] != null) {
          tally.toAcknowledge.add(minutes(received, instant(row[4])));
        }
        if (row[5] != null) {
          tally.toRespond.add(minutes(received, instant(row[5])));
        }
      }
    }
    for (Object[] row :
        rows(
            keys + "C.CLOSED_AT" + FROM + " WHERE C.CLOSED_AT >= ?1 AND C.CLOSED_AT < ?2",
            from,
            to)) {
      long minutes = minutes(instant(row[3]), instant(row[4]));
      for (GroupTally tally : tallies(groups, row)) {
        tally.toClose.add(minutes);
      }
    }
  }

  private static List<GroupTally> tallies(
      Map<Dimension, Map<String, GroupTally>> groups, Object[] row) {
    return List.of(
        tally(Dimension.ALL, groups.get(Dimension.ALL), Dimension.ALL_KEY),
        tally(Dimension.CATEGORY, groups.get(Dimension.CATEGORY), row[0]),
        tally(Dimension.PRODUCT, groups.get(Dimension.PRODUCT), row[1]),
        tally(Dimension.CHANNEL, groups.get(Dimension.CHANNEL), row[2]));
  }

  private static GroupTally tally(
      Dimension dimension, Map<String, GroupTally> tallies, Object key) {
    String name = key == null ? Dimension.NONE : key.toString();
    return tallies.computeIfAbsent(name, k -> new GroupTally(dimension, k));
  }

  /** The grouping key's column, or the ALL group's constant key. */
  static String keyColumn(Dimension dimension) {
    return switch (dimension) {
      case ALL -> null;
      case CATEGORY -> "COALESCE(CAT.CODE, '-')";
      case PRODUCT -> "COALESCE(C.PRODUCT_OR_SERVICE, '-')";
      case CHANNEL -> "C.CHANNEL";
    };
  }

  private static String select(Dimension dimension) {
    String column = keyColumn(dimension);
    // A constant in GROUP BY is an error on PostgreSQL: the ALL group is simply not grouped.
    return "SELECT " + (column == null ? "'" + Dimension.ALL_KEY + "'" : column) + ", ";
  }

  private static String groupBy(Dimension dimension) {
    String column = keyColumn(dimension);
    return column == null ? "" : " GROUP BY " + column;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static long minutes(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMinutes());
  }

  /** A TIMESTAMP column as the drivers hand it over (the JVM's zone, as it was written). */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(ZoneId.systemDefault()).toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a timestamp: " + value);
  }
}
