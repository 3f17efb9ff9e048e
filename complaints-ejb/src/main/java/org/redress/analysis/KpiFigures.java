package org.redress.analysis;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.redress.policy.Policies;

/**
 * Computes the KPIs of periods from the COMPLAINT table in one pass: the complaints that count in
 * any of the periods (received before the last one ends and not closed before the first one starts)
 * are streamed once, and {@link KpiPass} counts each in every period it belongs to. A query per
 * period and group would read the older cases again for every period's backlog (a scan of the whole
 * table each); one pass reads them once. The SQL is plain enough for H2, PostgreSQL and MariaDB
 * alike.
 */
@Dependent
public class KpiFigures {

  private static final String FROM =
      " FROM COMPLAINT C LEFT JOIN CATEGORY CAT ON CAT.ID = C.CATEGORY_ID";

  /** Rows handed over per round trip: the pass streams, it never holds the table. */
  private static final int FETCH_SIZE = 2_000;

  @Resource(lookup = "jdbc/redress")
  DataSource dataSource;

  @EJB Policies policies;

  /** Every KPI of every group of complaints in each period, measured at {@code now}. */
  public List<PeriodSnapshot> of(List<Period> periods, Instant now) {
    List<List<KpiValue>> values =
        pass(periods.stream().map(p -> new KpiPass.Span(p.from(), p.to())).toList(), now);
    List<PeriodSnapshot> snapshots = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      snapshots.add(new PeriodSnapshot(periods.get(i), values.get(i)));
    }
    return snapshots;
  }

  /**
   * Every KPI of every group of complaints from {@code start} up to {@code finish}, measured at
   * {@code now}: the same figures the snapshot job stores, for any span (a management review's
   * months).
   */
  public List<KpiValue> values(Instant start, Instant finish, Instant now) {
    return pass(List.of(new KpiPass.Span(start, finish)), now).get(0);
  }

  private List<List<KpiValue>> pass(List<KpiPass.Span> spans, Instant now) {
    KpiPass pass = new KpiPass(spans, now, policies.handlingPolicy().reportingCurrency());
    Timestamp earliest = Timestamp.from(pass.earliest());
    Timestamp latest = Timestamp.from(pass.latest());
    try (Connection connection = dataSource.getConnection()) {
      complaints(connection, pass, earliest, latest);
      answers(connection, pass, earliest, latest);
    } catch (SQLException e) {
      throw new IllegalStateException("The KPIs could not be read: " + e.getMessage(), e);
    }
    return pass.values();
  }

  private static void complaints(
      Connection connection, KpiPass pass, Timestamp earliest, Timestamp latest)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT COALESCE(CAT.CODE, '-'), COALESCE(C.PRODUCT_OR_SERVICE, '-'), C.CHANNEL,"
                + " C.RECEIVED_AT, C.ACKNOWLEDGED_AT, C.ACKNOWLEDGEMENT_DUE_AT,"
                + " C.DECISION_COMMUNICATED_AT, C.RESPONSE_DUE_AT, C.CLOSED_AT,"
                + " C.ESCALATION_COUNT, C.REOPEN_COUNT,"
                + " CASE WHEN C.EXTERNAL_BODY IS NULL THEN 0 ELSE 1 END,"
                + " C.OUTCOME, C.REMEDY_TYPE, C.REMEDY_CURRENCY, C.REMEDY_AMOUNT"
                + FROM
                + " WHERE C.RECEIVED_AT < ? AND (C.CLOSED_AT IS NULL OR C.CLOSED_AT >= ?)")) {
      query.setFetchSize(FETCH_SIZE);
      query.setTimestamp(1, latest);
      query.setTimestamp(2, earliest);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          pass.add(
              new KpiPass.Complaint(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  micros(rows.getTimestamp(4)),
                  micros(rows.getTimestamp(5)),
                  micros(rows.getTimestamp(6)),
                  micros(rows.getTimestamp(7)),
                  micros(rows.getTimestamp(8)),
                  micros(rows.getTimestamp(9)),
                  rows.getInt(10),
                  rows.getInt(11),
                  rows.getInt(12) == 1,
                  rows.getString(13),
                  rows.getString(14),
                  rows.getString(15),
                  rows.getBigDecimal(16)));
        }
      }
    }
  }

  /** The satisfaction surveys answered in the spans, with their complaint's groups. */
  private static void answers(
      Connection connection, KpiPass pass, Timestamp earliest, Timestamp latest)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT COALESCE(CAT.CODE, '-'), COALESCE(C.PRODUCT_OR_SERVICE, '-'), C.CHANNEL,"
                + " S.ANSWERED_AT, S.OVERALL"
                + FROM
                + " JOIN SATISFACTION_SURVEY S ON S.COMPLAINT_ID = C.ID"
                + " WHERE S.ANSWERED_AT >= ? AND S.ANSWERED_AT < ? AND S.OVERALL IS NOT NULL")) {
      query.setFetchSize(FETCH_SIZE);
      query.setTimestamp(1, earliest);
      query.setTimestamp(2, latest);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          pass.addAnswer(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              micros(rows.getTimestamp(4)),
              rows.getInt(5));
        }
      }
    }
  }

  /** A TIMESTAMP column (the JVM's zone, as it was written) in microseconds, or absent. */
  private static long micros(Timestamp timestamp) {
    return timestamp == null ? KpiPass.ABSENT : KpiPass.micros(timestamp.toInstant());
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

  static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
