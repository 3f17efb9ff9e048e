package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Api.ok;
import static org.redress.it.Eventually.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The KPI snapshot job in the server: started through the REST API (which starts it with
 * JobOperator), followed to COMPLETED, and its numbers for the test's own product compared with a
 * direct count in the database.
 */
class KpiJobIT {

  /**
   * Starts the job as the manager (waiting while another run is busy) and follows it to its end.
   */
  static void runKpiJob(Map<String, Object> parameters) throws InterruptedException {
    long execution =
        eventually(
            "the KPI job to start",
            () -> {
              Response started = as("manager").body(parameters).post("/kpi/snapshots");
              if (started.statusCode() == 409) {
                return null; // another run (the nightly one) is busy
              }
              started.then().statusCode(202);
              return started.jsonPath().getLong("executionId");
            });
    String status =
        eventually(
            "the KPI job to finish",
            () -> {
              String now =
                  as("manager")
                      .get("/kpi/snapshots/{id}", execution)
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("status");
              return now.equals("STARTING") || now.equals("STARTED") ? null : now;
            });
    assertThat(status).as("batch status of execution " + execution).isEqualTo("COMPLETED");
  }

  static String complaintFor(String product) {
    return as("handler")
        .body(Api.with(Api.complaint(Api.marker()), "productOrService", product))
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  @Test
  void snapshotOfTheDayEqualsADirectCountInTheDatabase() throws Exception {
    String product = "KPI-IT " + Api.marker();
    String acknowledged = complaintFor(product);
    ok("handler", acknowledged, "acknowledgement", Map.of("channel", "EMAIL"));
    complaintFor(product);
    String closed = complaintFor(product);
    ok("handler", closed, "acknowledgement", Map.of("channel", "EMAIL"));
    ok("handler", closed, "assessment", Api.assessment());
    ok("manager", closed, "assignment", Map.of("assignee", "handler"));
    ok("handler", closed, "investigation-notes", Map.of("text", "Seal worn."));
    ok(
        "handler",
        closed,
        "response",
        Map.of("remedyType", "REPAIR", "summary", "Repair.", "amount", 80, "currency", "EUR"));
    ok("handler", closed, "decision", Map.of("channel", "EMAIL", "message", "We repair it."));
    ok("handler", closed, "complainant-reply", Map.of("accepted", true));
    ok("handler", closed, "closure", Map.of("outcome", "RESOLVED"));

    runKpiJob(Map.of("days", 2, "weeks", 1, "months", 1));

    JsonPath series =
        as("manager")
            .queryParam("period", "DAY")
            .queryParam("dimension", "PRODUCT")
            .queryParam("key", product)
            .queryParam("count", 2)
            .get("/kpi/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    LocalDate day = LocalDate.parse(series.getString("RECEIVED[-1].periodStart"));
    Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

    try (Connection db = TheDatabase.connect()) {
      long received =
          count(
              db,
              "SELECT COUNT(*) FROM COMPLAINT WHERE PRODUCT_OR_SERVICE = ?"
                  + " AND RECEIVED_AT >= ? AND RECEIVED_AT < ?",
              product,
              from,
              to);
      long inTime =
          count(
              db,
              "SELECT COUNT(*) FROM COMPLAINT WHERE PRODUCT_OR_SERVICE = ?"
                  + " AND RECEIVED_AT >= ? AND RECEIVED_AT < ?"
                  + " AND ACKNOWLEDGED_AT <= ACKNOWLEDGEMENT_DUE_AT",
              product,
              from,
              to);
      long closedCount =
          count(
              db,
              "SELECT COUNT(*) FROM COMPLAINT WHERE PRODUCT_OR_SERVICE = ?"
                  + " AND CLOSED_AT >= ? AND CLOSED_AT < ?",
              product,
              from,
              to);
      assertThat(received).isEqualTo(3);
      // 3 when the policy acknowledges automatically (another test may have switched it on)
      assertThat(inTime).isBetween(2L, 3L);
      assertThat(closedCount).isEqualTo(1);

      assertThat(new BigDecimal(series.getString("RECEIVED[-1].value")).longValueExact())
          .isEqualTo(received);
      assertThat(new BigDecimal(series.getString("CLOSED[-1].value")).longValueExact())
          .isEqualTo(closedCount);
      // The third complaint's acknowledgement is not due yet: it counts in neither part.
      assertThat(new BigDecimal(series.getString("ACKNOWLEDGED_IN_TIME[-1].value")))
          .isEqualByComparingTo("100");
      assertThat(series.getLong("ACKNOWLEDGED_IN_TIME[-1].sampleSize")).isEqualTo(inTime);
      assertThat(new BigDecimal(series.getString("REMEDY_COST[-1].value")))
          .isEqualByComparingTo("80");
      assertThat(new BigDecimal(series.getString("UPHOLD_RATE[-1].value")))
          .isEqualByComparingTo("100");
      assertThat(series.getString("SATISFACTION[-1].value")).isNull();
      assertThat(series.getString("SATISFACTION[-1].rag")).isEqualTo("NO_DATA");
      assertThat(series.getString("ACKNOWLEDGED_IN_TIME[-1].rag")).isEqualTo("GREEN");

      // The rows in the table are the ones the API showed, one per KPI of the group.
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM KPI_SNAPSHOT WHERE PERIOD_KIND = 'DAY' AND PERIOD_START = ?"
                      + " AND DIMENSION = 'PRODUCT' AND DIMENSION_KEY = ?",
                  Date.valueOf(day),
                  product))
          .isEqualTo(series.getMap("$").size());
      assertThat(
              count(
                  db,
                  "SELECT KPI_VALUE FROM KPI_SNAPSHOT WHERE PERIOD_KIND = 'MONTH'"
                      + " AND DIMENSION = 'PRODUCT' AND DIMENSION_KEY = ? AND KPI = 'RECEIVED'",
                  product))
          .isEqualTo(received);
    }
  }

  /** A complaint of the product closed with a remedy of the amount in the currency. */
  private static void closedWith(String product, int amount, String currency) {
    String reference = complaintFor(product);
    ok("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));
    ok("handler", reference, "assessment", Api.assessment());
    ok("manager", reference, "assignment", Map.of("assignee", "handler"));
    ok("handler", reference, "investigation-notes", Map.of("text", "Checked."));
    ok(
        "handler",
        reference,
        "response",
        Map.of(
            "remedyType", "REFUND", "summary", "Refund.", "amount", amount, "currency", currency));
    ok("handler", reference, "decision", Map.of("channel", "EMAIL", "message", "We refund."));
    ok("handler", reference, "complainant-reply", Map.of("accepted", true));
    ok("handler", reference, "closure", Map.of("outcome", "RESOLVED"));
  }

  private static String remedyCost(String product) {
    return as("manager")
        .queryParam("period", "DAY")
        .queryParam("dimension", "PRODUCT")
        .queryParam("key", product)
        .queryParam("count", 1)
        .get("/kpi/series")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("REMEDY_COST[-1].value");
  }

  @Test
  void remedyCostAddsTheAmountsInThePolicysReportingCurrencyOnly() throws Exception {
    String product = "KPI-IT " + Api.marker();
    closedWith(product, 80, "EUR");
    closedWith(product, 90, "USD");
    Map<String, Object> policy =
        new java.util.HashMap<>(
            as("admin").get("/policy").then().statusCode(200).extract().jsonPath().getMap("$"));
    policy.remove("categories");
    assertThat(policy.get("reportingCurrency")).isEqualTo("EUR");
    try {
      runKpiJob(Map.of("days", 1, "weeks", 1, "months", 1));
      assertThat(new BigDecimal(remedyCost(product))).isEqualByComparingTo("80");

      Map<String, Object> wrong = new java.util.HashMap<>(policy);
      wrong.put("reportingCurrency", "usd1");
      as("admin")
          .body(wrong)
          .put("/policy")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("reportingCurrency"));
      assertThat(as("admin").get("/policy").jsonPath().getString("reportingCurrency"))
          .isEqualTo("EUR");

      Map<String, Object> dollars = new java.util.HashMap<>(policy);
      dollars.put("reportingCurrency", "USD");
      as("admin").body(dollars).put("/policy").then().statusCode(200);
      runKpiJob(Map.of("days", 1, "weeks", 1, "months", 1));
      assertThat(new BigDecimal(remedyCost(product))).isEqualByComparingTo("90");
    } finally {
      as("admin").body(policy).put("/policy").then().statusCode(200);
    }
  }

  @Test
  void aSecondRunReplacesThePeriodsRowsInsteadOfAddingToThem() throws Exception {
    String product = "KPI-IT " + Api.marker();
    complaintFor(product);
    runKpiJob(Map.of("days", 1, "weeks", 0, "months", 0));
    complaintFor(product);
    runKpiJob(Map.of("days", 1, "weeks", 0, "months", 0));
    try (Connection db = TheDatabase.connect()) {
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM KPI_SNAPSHOT WHERE PERIOD_KIND = 'DAY'"
                      + " AND DIMENSION = 'PRODUCT' AND DIMENSION_KEY = ? AND KPI = 'RECEIVED'",
                  product))
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "SELECT KPI_VALUE FROM KPI_SNAPSHOT WHERE PERIOD_KIND = 'DAY'"
                      + " AND DIMENSION = 'PRODUCT' AND DIMENSION_KEY = ? AND KPI = 'RECEIVED'",
                  product))
          .isEqualTo(2);
    }
  }

  @Test
  void onlyManagersAndAdministratorsStartTheJobAndBadCountsAreRefused() {
    as("handler").body(Map.of()).post("/kpi/snapshots").then().statusCode(403);
    as("auditor").body(Map.of()).post("/kpi/snapshots").then().statusCode(403);
    as("manager")
        .body(Map.of("days", -1, "months", 5000))
        .post("/kpi/snapshots")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("days"))
        .body("errors.field", hasItem("months"));
  }

  @Test
  void managersSetTargetsAndWrongThresholdsAreRefusedAtTheField() {
    as("manager")
        .body(new Object[] {Map.of("kpi", "REOPEN_RATE", "green", 20, "amber", 10)})
        .put("/kpi/targets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[0].green"));
    as("manager")
        .body(new Object[] {Map.of("kpi", "RECEIVED", "green", 1, "amber", 2)})
        .put("/kpi/targets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[0].kpi"));
    as("handler")
        .body(new Object[] {Map.of("kpi", "REOPEN_RATE", "green", 5, "amber", 10)})
        .put("/kpi/targets")
        .then()
        .statusCode(403);
    JsonPath saved =
        as("manager")
            .body(new Object[] {Map.of("kpi", "REOPEN_RATE", "green", 5, "amber", 10)})
            .put("/kpi/targets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(saved.getList("findAll { it.kpi == 'REOPEN_RATE' }.green", Float.class))
        .containsExactly(5f);
  }

  static long count(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).as(sql).isTrue();
        return rows.getBigDecimal(1).longValueExact();
      }
    }
  }
}
