package org.redress.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.redress.complaint.ComplaintStatus;

/**
 * The inbox: a filtered, sorted page of 50 complaints through {@code GET /api/v1/complaints}, for
 * the quick views and filters handlers use, against the same SQL run directly over JDBC. The SQL is
 * the statement EclipseLink makes of ComplaintQueries' criteria (every column of the complaint and
 * its category, the filter, the keyset order, 51 rows to know whether a next page exists); before
 * timing, each filter's first page is checked to list the same complaints in the same order both
 * ways, so the two sides really do the same work.
 */
final class InboxBenchmark {

  private static final Logger LOG = Logger.getLogger(InboxBenchmark.class.getName());
  static final String USER = "handler";
  static final int PAGE = 50;

  private static final List<String> OPEN =
      Arrays.stream(ComplaintStatus.values())
          .filter(ComplaintStatus::isOpen)
          .map(Enum::name)
          .toList();
  private static final List<String> AWAITING_RESPONSE =
      Arrays.stream(ComplaintStatus.values())
          .filter(ComplaintStatus::awaitsResponse)
          .map(Enum::name)
          .toList();

  /**
   * One inbox view: its API query and the equivalent WHERE clause with its parameters.
   *
   * @param sortColumn RESPONSE_DUE_AT or RECEIVED_AT
   */
  record View(
      String name,
      String query,
      List<String> where,
      List<Object> parameters,
      String sortColumn,
      boolean descending) {}

  /** The measured latencies of one view. */
  record Timing(View view, long[] api, long[] raw) {}

  private final Api api;
  private final BenchmarkDatabase database;
  private final int warmUp;
  private final int samples;

  InboxBenchmark(Api api, BenchmarkDatabase database, int warmUp, int samples) {
    this.api = api;
    this.database = database;
    this.warmUp = warmUp;
    this.samples = samples;
  }

  /** The handful of views measured: the inbox's quick views and typical filters. */
  static List<View> views(String orderReference, long deliveryCategoryId) {
    List<View> views = new ArrayList<>();
    views.add(
        new View(
            "open cases, most urgent first",
            "open=true",
            List.of(in("t1.STATUS", OPEN)),
            new ArrayList<>(OPEN),
            "RESPONSE_DUE_AT",
            false));
    List<Object> mine = new ArrayList<>(OPEN);
    mine.add(USER);
    views.add(
        new View(
            "mine (assignee=handler, open)",
            "open=true&assignee=" + USER,
            List.of(in("t1.STATUS", OPEN), "t1.ASSIGNEE = ?"),
            mine,
            "RESPONSE_DUE_AT",
            false));
    views.add(
        new View(
            "unassigned open cases",
            "open=true&unassigned=true",
            List.of(in("t1.STATUS", OPEN), "t1.ASSIGNEE IS NULL"),
            new ArrayList<>(OPEN),
            "RESPONSE_DUE_AT",
            false));
    views.add(
        new View(
            "overdue",
            "overdue=true",
            List.of(in("t1.STATUS", AWAITING_RESPONSE), "t1.RESPONSE_DUE_AT < ?"),
            new ArrayList<>(AWAITING_RESPONSE),
            "RESPONSE_DUE_AT",
            false));
    views.add(
        new View(
            "awaiting the complainant",
            "status=DECISION_COMMUNICATED",
            List.of("t1.STATUS IN (?)"),
            new ArrayList<>(List.of("DECISION_COMMUNICATED")),
            "RESPONSE_DUE_AT",
            false));
    views.add(
        new View(
            "all, newest first",
            "sort=received&order=desc",
            List.of(),
            new ArrayList<>(),
            "RECEIVED_AT",
            true));
    views.add(
        new View(
            "category DELIVERY, priority HIGH",
            "category=DELIVERY&priority=HIGH",
            List.of("t1.PRIORITY = ?", "t1.CATEGORY_ID = ?"),
            new ArrayList<>(List.of("HIGH", deliveryCategoryId)),
            "RESPONSE_DUE_AT",
            false));
    String q = orderReference.toLowerCase(java.util.Locale.ROOT);
    views.add(
        new View(
            "free text: an order number",
            "q=" + orderReference,
            List.of("t1.SEARCH_TEXT LIKE ? ESCAPE '\\'"),
            new ArrayList<>(List.of("%" + q + "%")),
            "RESPONSE_DUE_AT",
            false));
    return views;
  }

  private static String in(String column, List<String> values) {
    return column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
  }

  /** The statement EclipseLink makes of the criteria query for this view. */
  static String sql(View view, List<String> complaintColumns, List<String> categoryColumns) {
    String columns =
        complaintColumns.stream().map(c -> "t1." + c).collect(Collectors.joining(", "))
            + ", "
            + categoryColumns.stream().map(c -> "t0." + c).collect(Collectors.joining(", "));
    String order = view.descending() ? " DESC" : " ASC";
    return "SELECT "
        + columns
        + " FROM COMPLAINT t1 LEFT OUTER JOIN CATEGORY t0 ON (t0.ID = t1.CATEGORY_ID)"
        + (view.where().isEmpty()
            ? ""
            : " WHERE "
                + view.where().stream()
                    .map(w -> "(" + w + ")")
                    .collect(Collectors.joining(" AND ")))
        + " ORDER BY t1."
        + view.sortColumn()
        + order
        + ", t1.ID"
        + order
        + " LIMIT ? OFFSET ?";
  }

  List<Timing> run(List<View> views, List<String> complaintColumns, List<String> categoryColumns)
      throws Exception {
    List<Timing> timings = new ArrayList<>();
    try (Connection connection = database.connect()) {
      List<PreparedStatement> statements = new ArrayList<>();
      for (View view : views) {
        PreparedStatement statement =
            connection.prepareStatement(sql(view, complaintColumns, categoryColumns));
        statements.add(statement);
        checkSameRows(view, statement);
      }
      // The server warms up on all the views in turn, as a running inbox is used, before any is
      // timed: the first view measured is not the one the JIT has seen least.
      for (int i = 0; i < warmUp; i++) {
        for (int v = 0; v < views.size(); v++) {
          apiPage(views.get(v));
          rawPage(views.get(v), statements.get(v));
        }
      }
      for (int v = 0; v < views.size(); v++) {
        View view = views.get(v);
        try (PreparedStatement statement = statements.get(v)) {
          long[] apiTimes = new long[samples];
          long[] rawTimes = new long[samples];
          for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            apiPage(view);
            apiTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            rawPage(view, statement);
            rawTimes[i] = System.nanoTime() - start;
          }
          Timing timing = new Timing(view, apiTimes, rawTimes);
          timings.add(timing);
          LOG.info(
              () ->
                  String.format(
                      java.util.Locale.ROOT,
                      "Inbox %-36s API p95 %8.2f ms, raw p95 %8.2f ms",
                      view.name(),
                      Percentiles.millis(new Percentiles(apiTimes).at(95)),
                      Percentiles.millis(new Percentiles(rawTimes).at(95))));
        }
      }
    }
    return timings;
  }

  private List<String> apiPage(View view) throws Exception {
    JsonNode page =
        api.get(USER, "/complaints?limit=" + PAGE + "&" + encode(view.query()))
            .expect(200, "GET /complaints?" + view.query())
            .json();
    List<String> references = new ArrayList<>();
    page.get("items").forEach(item -> references.add(item.get("reference").asText()));
    return references;
  }

  private static String encode(String query) {
    return Arrays.stream(query.split("&"))
        .map(
            pair -> {
              int eq = pair.indexOf('=');
              return pair.substring(0, eq + 1)
                  + java.net.URLEncoder.encode(
                      pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            })
        .collect(Collectors.joining("&"));
  }

  /**
   * Runs the statement and reads every column of every row, as the provider does. The overdue view
   * compares with the time now, bound last among its filter's parameters.
   */
  private static List<String> rawPage(View view, PreparedStatement statement) throws Exception {
    int index = 1;
    for (Object parameter : view.parameters()) {
      statement.setObject(index++, parameter);
    }
    if (view.query().contains("overdue=true")) {
      statement.setTimestamp(index++, Timestamp.from(Instant.now()));
    }
    statement.setInt(index++, PAGE + 1);
    statement.setInt(index, 0);
    List<String> references = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      ResultSetMetaData meta = rows.getMetaData();
      int columns = meta.getColumnCount();
      int reference = rows.findColumn("REFERENCE");
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          rows.getObject(c);
        }
        if (references.size() < PAGE) {
          references.add(rows.getString(reference));
        }
      }
    }
    return references;
  }

  private void checkSameRows(View view, PreparedStatement statement) throws Exception {
    List<String> viaApi = apiPage(view);
    List<String> direct = rawPage(view, statement);
    if (!viaApi.equals(direct)) {
      // The overdue boundary moves with the clock: look once more before calling it broken.
      viaApi = apiPage(view);
      direct = rawPage(view, statement);
    }
    if (!viaApi.equals(direct)) {
      throw new IllegalStateException(
          "The raw SQL of \""
              + view.name()
              + "\" does not list what the API lists:\nAPI "
              + viaApi
              + "\nSQL "
              + direct);
    }
  }
}
