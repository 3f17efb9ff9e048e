package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.redress.it.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.complaint.ComplaintStatus;

/**
 * On PostgreSQL the inbox's views of open cases can be read from the partial indexes of migration
 * V22 (open cases only, in deadline order), and free text from its trigram index, for the very
 * statements the inbox sends: the SQL EclipseLink makes of ComplaintQueries' criteria (as the
 * benchmark's InboxBenchmark writes it out), with its values bound as the application binds them.
 *
 * <p>What is pinned is that each index is usable for its statement, which for a partial index means
 * PostgreSQL proves that the list of open states implies the index's {@code STATUS NOT IN
 * ('CLOSED', 'WITHDRAWN')}. Whether it is also the cheapest plan depends on how many finished cases
 * the table holds (few here, most in production): the benchmark measures that, on a million cases.
 */
class InboxIndexesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The open states, in the order the inbox binds them (ComplaintQueries). */
  private static final List<String> OPEN =
      Arrays.stream(ComplaintStatus.values())
          .filter(ComplaintStatus::isOpen)
          .map(Enum::name)
          .toList();

  /** The states in which a response is owed, for the overdue view. */
  private static final List<String> AWAITING_RESPONSE =
      Arrays.stream(ComplaintStatus.values())
          .filter(ComplaintStatus::awaitsResponse)
          .map(Enum::name)
          .toList();

  private static final int PAGE = 50;

  /** The indexes a plan reads, and the whole plan for the failure message. */
  record Plan(List<String> indexes, JsonNode tree) {}

  @BeforeEach
  void onPostgreSqlOnly() {
    assumeTrue(
        "postgres".equals(TheDatabase.kind()),
        () ->
            "The partial and trigram indexes of V22 exist on PostgreSQL only; this server runs on "
                + TheDatabase.kind()
                + " (DB_KIND)");
  }

  @Test
  void openCasesMostUrgentFirstReadTheOpenCaseIndex() throws Exception {
    Plan plan = plan("IX_COMPLAINT_OPEN_DUE", List.of(in(OPEN)), new ArrayList<>(OPEN));

    assertThat(plan.indexes()).as("%s", plan.tree()).contains("IX_COMPLAINT_OPEN_DUE");
  }

  @Test
  void overdueCasesReadTheOpenCaseIndex() throws Exception {
    List<Object> values = new ArrayList<>(AWAITING_RESPONSE);
    values.add(LocalDateTime.now(ZoneOffset.UTC));

    Plan plan =
        plan(
            "IX_COMPLAINT_OPEN_DUE",
            List.of(in(AWAITING_RESPONSE), "t1.RESPONSE_DUE_AT < ?"),
            values);

    assertThat(plan.indexes()).as("%s", plan.tree()).contains("IX_COMPLAINT_OPEN_DUE");
  }

  @Test
  void myOpenCasesReadTheOpenCaseIndexByAssignee() throws Exception {
    List<Object> values = new ArrayList<>(OPEN);
    values.add("handler");

    Plan plan =
        plan("IX_COMPLAINT_OPEN_ASSIGNEE_DUE", List.of(in(OPEN), "t1.ASSIGNEE = ?"), values);

    assertThat(plan.indexes()).as("%s", plan.tree()).contains("IX_COMPLAINT_OPEN_ASSIGNEE_DUE");
  }

  @Test
  void unassignedOpenCasesReadTheUnassignedOpenCaseIndex() throws Exception {
    Plan plan =
        plan(
            "IX_COMPLAINT_OPEN_UNASSIGNED_DUE",
            List.of(in(OPEN), "t1.ASSIGNEE IS NULL"),
            new ArrayList<>(OPEN));

    assertThat(plan.indexes()).as("%s", plan.tree()).contains("IX_COMPLAINT_OPEN_UNASSIGNED_DUE");
  }

  @Test
  void freeTextReadsTheTrigramIndex() throws Exception {
    try (Connection db = TheDatabase.connect();
        Statement statement = db.createStatement();
        ResultSet extension =
            statement.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")) {
      assumeTrue(
          extension.next(),
          "pg_trgm is not installed in this database (V22 could not create it: PostgreSQL's"
              + " contrib package or the right to create it was missing), so free text runs"
              + " without its index");
    }
    String marker = Api.marker();
    String ref = Api.create(Api.complaint(marker));
    as("handler")
        .queryParam("q", marker)
        .get("/complaints")
        .then()
        .statusCode(200)
        .body("items.reference", hasItem(ref));

    // The inbox searches the lower-cased text for the lower-cased words anywhere in it.
    Plan plan =
        plan(
            "IX_COMPLAINT_SEARCH_TRGM",
            List.of("t1.SEARCH_TEXT LIKE ? ESCAPE '\\'"),
            List.of("%" + marker.toLowerCase(Locale.ROOT) + "%"));

    assertThat(plan.indexes()).as("%s", plan.tree()).contains("IX_COMPLAINT_SEARCH_TRGM");
  }

  private static String in(List<String> states) {
    return "t1.STATUS IN (" + states.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")";
  }

  /**
   * The indexes of the plan PostgreSQL makes for the inbox's statement with these conditions and
   * values, in deadline order, when the index under test is the only one of the table's own indexes
   * it may choose.
   *
   * <p>With the few cases of a test database a sequential scan is cheaper than any index, so it is
   * switched off for the session; and the table's plain indexes (V1's deadline and assignee
   * indexes, for one) could serve these statements too, and may win when the table holds few
   * finished cases, which says nothing about the partial index. So they are dropped, in a
   * transaction that is rolled back (PostgreSQL's DDL is transactional; the server waits for the
   * table for these milliseconds at most): with nothing else left, the plan names the index under
   * test if, and only if, PostgreSQL can use it for the statement, else it falls back to the
   * switched-off sequential scan. Constraint indexes (primary key, unique reference) stay: they
   * cannot serve a deadline order or a condition on these columns.
   *
   * <p>The values are bound to a prepared statement as the application binds them, and EXPLAIN
   * plans with them (a custom plan; {@code plan_cache_mode} does not change that): PostgreSQL
   * proves the partial index's condition from the states bound. A generic plan, made without the
   * values ({@code PREPARE} and {@code EXPLAIN EXECUTE} under {@code plan_cache_mode =
   * force_generic_plan}), cannot use a partial index for {@code STATUS IN ($1, ...)}. Under the
   * default ({@code auto}) PostgreSQL plans a server-side statement with its values and keeps doing
   * so while the generic plan is estimated dearer, as on a large table (at 200,000 cases, 3% open:
   * 5,053 against 63); on a small table it may switch to the generic plan and a plain index, which
   * costs nothing there.
   */
  private static Plan plan(String underTest, List<String> conditions, List<?> values)
      throws SQLException, IOException {
    // The statement of InboxBenchmark.sql(): every column of the complaint and its category (the
    // columns make no difference to the access path), the filter, the keyset order and one row
    // more than the page.
    String sql =
        "SELECT t1.*, t0.* FROM COMPLAINT t1 LEFT OUTER JOIN CATEGORY t0 ON (t0.ID = t1.CATEGORY_ID)"
            + " WHERE "
            + conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" AND "))
            + " ORDER BY t1.RESPONSE_DUE_AT ASC, t1.ID ASC LIMIT ? OFFSET ?";
    try (Connection db = TheDatabase.connect()) {
      db.setAutoCommit(false);
      try {
        List<String> others = otherIndexes(db, underTest);
        try (Statement session = db.createStatement()) {
          session.execute("SET LOCAL lock_timeout = '10s'");
          session.execute("SET LOCAL enable_seqscan = off");
          for (String other : others) {
            session.execute("DROP INDEX \"" + other + "\"");
          }
        }
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
          int index = 1;
          for (Object value : values) {
            if (value instanceof String text) {
              explain.setString(index++, text);
            } else {
              explain.setObject(index++, value);
            }
          }
          explain.setInt(index++, PAGE + 1);
          explain.setInt(index, 0);
          try (ResultSet plan = explain.executeQuery()) {
            plan.next();
            JsonNode tree = JSON.readTree(plan.getString(1));
            return new Plan(
                tree.findValuesAsText("Index Name").stream()
                    .map(name -> name.toUpperCase(Locale.ROOT))
                    .toList(),
                tree);
          }
        }
      } finally {
        db.rollback();
      }
    }
  }

  /**
   * The table's indexes other than the one under test and those behind constraints, after checking
   * that the one under test exists (V22 made it).
   */
  private static List<String> otherIndexes(Connection db, String underTest) throws SQLException {
    List<String> all = new ArrayList<>();
    List<String> others = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet indexes =
            statement.executeQuery(
                "SELECT c.relname, EXISTS (SELECT 1 FROM pg_constraint k"
                    + " WHERE k.conindid = x.indexrelid) FROM pg_index x"
                    + " JOIN pg_class c ON c.oid = x.indexrelid"
                    + " WHERE x.indrelid = 'complaint'::regclass")) {
      while (indexes.next()) {
        String name = indexes.getString(1);
        all.add(name.toUpperCase(Locale.ROOT));
        if (!indexes.getBoolean(2) && !name.equalsIgnoreCase(underTest)) {
          others.add(name);
        }
      }
    }
    assertThat(all).as("the indexes of COMPLAINT").contains(underTest);
    return others;
  }
}
