package org.redress.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The KPI snapshot job over every complaint (monthly periods back to the first complaint, started
 * as a manager through {@code POST /api/v1/kpi/snapshots} and followed until it completes), against
 * one SQL aggregate pass over the same rows: each complaint read once, counted in the month it was
 * received and the month it was closed, for the whole organisation and per category, product and
 * channel, with the in-time counts, the rates' counts, the percentiles of the handling times and
 * the backlog at each month's end.
 */
final class KpiBenchmark {

  private static final Logger LOG = Logger.getLogger(KpiBenchmark.class.getName());
  static final String USER = "manager";

  /** The raw aggregate pass. */
  static final String AGGREGATE =
      """
      WITH rows AS (
        SELECT COALESCE(cat.CODE, '-') AS category, COALESCE(c.PRODUCT_OR_SERVICE, '-') AS product,
               c.CHANNEL AS channel, p.kind, p.month, c.RECEIVED_AT, c.ACKNOWLEDGED_AT,
               c.ACKNOWLEDGEMENT_DUE_AT, c.DECISION_COMMUNICATED_AT, c.RESPONSE_DUE_AT, c.CLOSED_AT,
               c.ESCALATION_COUNT, c.REOPEN_COUNT, c.EXTERNAL_BODY, c.OUTCOME, c.REMEDY_TYPE,
               c.REMEDY_CURRENCY, c.REMEDY_AMOUNT
        FROM COMPLAINT c LEFT JOIN CATEGORY cat ON cat.ID = c.CATEGORY_ID
        CROSS JOIN LATERAL (VALUES ('R', date_trunc('month', c.RECEIVED_AT)),
                                   ('C', date_trunc('month', c.CLOSED_AT))) AS p(kind, month)
        WHERE p.month IS NOT NULL),
      figures AS (
        SELECT month, GROUPING(category, product, channel) AS grouping_id, category, product, channel,
          COUNT(*) FILTER (WHERE kind = 'R') AS received,
          COUNT(*) FILTER (WHERE kind = 'R' AND ACKNOWLEDGED_AT <= ACKNOWLEDGEMENT_DUE_AT) AS ack_in_time,
          COUNT(*) FILTER (WHERE kind = 'R' AND (ACKNOWLEDGED_AT IS NOT NULL
              OR (ACKNOWLEDGEMENT_DUE_AT < now() AND CLOSED_AT IS NULL))) AS ack_decided,
          COUNT(*) FILTER (WHERE kind = 'R' AND DECISION_COMMUNICATED_AT <= RESPONSE_DUE_AT) AS responded_in_time,
          COUNT(*) FILTER (WHERE kind = 'R' AND (DECISION_COMMUNICATED_AT IS NOT NULL
              OR (RESPONSE_DUE_AT < now() AND CLOSED_AT IS NULL))) AS response_decided,
          COUNT(*) FILTER (WHERE kind = 'R' AND ESCALATION_COUNT > 0) AS escalated,
          COUNT(*) FILTER (WHERE kind = 'C') AS closed,
          COUNT(*) FILTER (WHERE kind = 'C' AND REOPEN_COUNT > 0) AS reopened,
          COUNT(*) FILTER (WHERE kind = 'C' AND EXTERNAL_BODY IS NOT NULL) AS referred,
          COUNT(*) FILTER (WHERE kind = 'C' AND (OUTCOME IS NULL
              OR OUTCOME NOT IN ('NOT_A_COMPLAINT', 'WITHDRAWN'))) AS upholdable,
          COUNT(*) FILTER (WHERE kind = 'C' AND (OUTCOME IS NULL
              OR OUTCOME NOT IN ('NOT_A_COMPLAINT', 'WITHDRAWN'))
              AND REMEDY_TYPE IS NOT NULL AND REMEDY_TYPE <> 'NO_ACTION') AS upheld,
          SUM(CASE WHEN kind = 'C' AND REMEDY_CURRENCY = 'EUR' THEN REMEDY_AMOUNT ELSE 0 END) AS cost,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY ACKNOWLEDGED_AT - RECEIVED_AT)
              FILTER (WHERE kind = 'R' AND ACKNOWLEDGED_AT IS NOT NULL) AS p90_acknowledge,
          percentile_disc(0.5) WITHIN GROUP (ORDER BY DECISION_COMMUNICATED_AT - RECEIVED_AT)
              FILTER (WHERE kind = 'R' AND DECISION_COMMUNICATED_AT IS NOT NULL) AS median_respond,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY CLOSED_AT - RECEIVED_AT)
              FILTER (WHERE kind = 'C') AS p90_close
        FROM rows
        GROUP BY GROUPING SETS ((month), (month, category), (month, product), (month, channel)))
      SELECT *, SUM(received - closed) OVER (
          PARTITION BY grouping_id, category, product, channel ORDER BY month) AS backlog
      FROM figures
      """;

  /** The job's own start and end, and the wall-clock time from the request to its completion. */
  record JobRun(long executionId, Duration job, Duration wallClock) {}

  record Result(JobRun run, Duration raw, long rawGroups, int months) {}

  private final Api api;
  private final BenchmarkDatabase database;

  KpiBenchmark(Api api, BenchmarkDatabase database) {
    this.api = api;
    this.database = database;
  }

  Result run(int months) throws Exception {
    aggregate(); // warms the database's cache for both sides
    JobRun job = job(months);
    long start = System.nanoTime();
    long groups = aggregate();
    Duration raw = Duration.ofNanos(System.nanoTime() - start);
    LOG.info(
        () ->
            "KPI job over "
                + months
                + " months: "
                + job.job().toMillis()
                + " ms; one aggregate pass: "
                + raw.toMillis()
                + " ms ("
                + groups
                + " groups)");
    return new Result(job, raw, groups, months);
  }

  private long aggregate() throws Exception {
    long groups = 0;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(AGGREGATE)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          rows.getObject(c);
        }
        groups++;
      }
    }
    return groups;
  }

  private JobRun job(int months) throws Exception {
    long start = System.nanoTime();
    JsonNode started =
        api.postJson(USER, "/kpi/snapshots", Map.of("days", 0, "weeks", 0, "months", months))
            .expect(202, "POST /kpi/snapshots")
            .json();
    long id = started.get("executionId").asLong();
    long deadline = start + Duration.ofHours(2).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run =
          api.get(USER, "/kpi/snapshots/" + id).expect(200, "GET /kpi/snapshots/" + id).json();
      String status = run.get("status").asText();
      if ("COMPLETED".equals(status)) {
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration job =
            Duration.between(
                Instant.parse(run.get("startedAt").asText()),
                Instant.parse(run.get("endedAt").asText()));
        return new JobRun(id, job, wall);
      }
      if (!"STARTING".equals(status) && !"STARTED".equals(status)) {
        throw new IllegalStateException("The KPI job ended " + status + ": " + run);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The KPI job did not complete within 2 hours");
  }
}
