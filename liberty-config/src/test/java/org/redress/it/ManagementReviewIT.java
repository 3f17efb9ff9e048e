package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.it.Api.as;
import static org.redress.it.Api.ok;
import static org.redress.it.Eventually.eventually;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The management review (ISO 10002 8.6) in the server: requested through the API, gathered and
 * rendered by the management-review job (started with JobOperator, followed to COMPLETED in the job
 * console), and its PDF and CSV showing the same numbers as the dashboard's KPI snapshot and a
 * direct count in the database.
 */
class ManagementReviewIT {

  private static YearMonth thisMonth() {
    return YearMonth.now(ZoneOffset.UTC);
  }

  /** Requests a review of one month and waits until its report is ready. */
  static JsonPath readyReview(YearMonth month) throws InterruptedException {
    return readyReview(month, month);
  }

  /** Requests a review of the months from {@code first} to {@code last} and waits for it. */
  static JsonPath readyReview(YearMonth first, YearMonth last) throws InterruptedException {
    Response requested =
        as("manager")
            .body(Map.of("fromMonth", first.toString(), "toMonth", last.toString()))
            .post("/management-reviews");
    requested.then().statusCode(202).header("Location", startsWith(Api.API));
    String reference = requested.jsonPath().getString("reference");
    assertThat(reference).matches("MR-\\d{4}-\\d{4}");
    return eventually(
        "the review " + reference + " to be ready",
        () -> {
          JsonPath review =
              as("manager")
                  .get("/management-reviews/{ref}", reference)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
          assertThat(review.getString("status")).isNotIn("FAILED", "STOPPED", "ABANDONED");
          return review.getBoolean("ready") ? review : null;
        });
  }

  static byte[] download(String user, String reference, String file) {
    return as(user)
        .accept("*/*")
        .get("/management-reviews/{ref}/" + file, reference)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page));
    }
    return squash(text.toString());
  }

  /** Without blanks: the PDF text extractor joins table cells without a space. */
  static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  static Map<String, String> csvValues(byte[] csv) throws Exception {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
            .getRecords();
    Map<String, String> values = new HashMap<>();
    for (CSVRecord row : rows) {
      values.put(
          row.get("section") + "/" + row.get("key") + "/" + row.get("measure"), row.get("value"));
    }
    return values;
  }

  static long count(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static long dashboardMonth(String kpi) {
    String value =
        as("manager")
            .queryParam("period", "MONTH")
            .queryParam("dimension", "ALL")
            .queryParam("count", 1)
            .get("/kpi/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString(kpi + "[-1].value");
    return new BigDecimal(value).longValueExact();
  }

  @Test
  void theReportShowsTheSameNumbersAsTheDashboardAndADirectCount() throws Exception {
    String closed = Api.decided();
    ok("handler", closed, "complainant-reply", Map.of("accepted", true));
    ok("handler", closed, "closure", Map.of("outcome", "RESOLVED"));
    Api.create();

    for (int attempt = 1; ; attempt++) {
      YearMonth month = thisMonth();
      KpiJobIT.runKpiJob(Map.of("days", 1, "weeks", 1, "months", 1));
      JsonPath review = readyReview(month);
      if (!thisMonth().equals(month) && attempt == 1) {
        continue; // the month turned while the jobs ran: the snapshot and the review differ
      }
      String reference = review.getString("reference");
      assertThat(review.getInt("percent")).isEqualTo(100);
      assertThat(review.getInt("partsDone")).isEqualTo(review.getInt("partsTotal"));

      long received;
      long closedInMonth;
      try (Connection db = TheDatabase.connect()) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to =
            Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        received =
            count(
                db,
                "SELECT COUNT(*) FROM COMPLAINT WHERE RECEIVED_AT >= ? AND RECEIVED_AT < ?",
                from,
                to);
        closedInMonth =
            count(
                db,
                "SELECT COUNT(*) FROM COMPLAINT WHERE CLOSED_AT >= ? AND CLOSED_AT < ?",
                from,
                to);
        assertThat(
                count(
                    db,
                    "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE RECORD_TYPE = 'ManagementReview'"
                        + " AND RECORD_KEY = ? AND ACTION = 'GENERATE'",
                    reference))
            .isEqualTo(1);
      }
      assertThat(received).isGreaterThanOrEqualTo(2);
      assertThat(closedInMonth).isGreaterThanOrEqualTo(1);

      // the dashboard's KPI chart reads the snapshot of the month
      assertThat(dashboardMonth("RECEIVED")).isEqualTo(received);
      assertThat(dashboardMonth("CLOSED")).isEqualTo(closedInMonth);

      Map<String, String> csv = csvValues(download("manager", reference, "report.csv"));
      assertThat(csv.get("kpi/RECEIVED/period")).isEqualTo(Long.toString(received));
      assertThat(csv.get("kpi/CLOSED/period")).isEqualTo(Long.toString(closedInMonth));
      assertThat(csv.get("kpi_month/RECEIVED/" + month)).isEqualTo(Long.toString(received));
      assertThat(csv.get("category_pareto/total/count")).isEqualTo(Long.toString(received));

      NumberFormat english = NumberFormat.getIntegerInstance(Locale.ENGLISH);
      String pdf = pdfText(download("auditor", reference, "report.pdf"));
      assertThat(pdf)
          .contains(squash("Management review " + reference))
          .contains(squash("Complaints received " + english.format(received)))
          .contains(squash("Complaints closed " + english.format(closedInMonth)))
          .contains(
              squash(month + " " + english.format(received) + " " + english.format(closedInMonth)));

      long execution = review.getLong("executionId");
      JsonPath run =
          as("admin")
              .get("/jobs/executions/{id}", execution)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(run.getString("jobName")).isEqualTo("management-review");
      assertThat(run.getString("status")).isEqualTo("COMPLETED");
      return;
    }
  }

  @Test
  void decisionsAreCheckedRecordedAuditedAndPrinted() throws Exception {
    YearMonth month = thisMonth();
    String reference = readyReview(month).getString("reference");

    as("manager")
        .body(Map.of("attendees", " ", "processDecisions", ""))
        .put("/management-reviews/{ref}/decisions", reference)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("heldOn"))
        .body("errors.field", hasItem("attendees"));
    as("manager")
        .body(
            Map.of(
                "heldOn", month.atDay(1).minusDays(1).toString(),
                "attendees", "Managing director",
                "processDecisions", " "))
        .put("/management-reviews/{ref}/decisions", reference)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("heldOn"))
        .body("errors.field", hasItem("processDecisions"));
    as("manager")
        .body(Map.of("heldOn", "yesterday", "attendees", "Board", "processDecisions", "None"))
        .put("/management-reviews/{ref}/decisions", reference)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    as("auditor")
        .body(
            Map.of(
                "heldOn", month.atDay(1).toString(),
                "attendees", "Auditor",
                "processDecisions", "None"))
        .put("/management-reviews/{ref}/decisions", reference)
        .then()
        .statusCode(403);
    as("manager")
        .get("/management-reviews/{ref}", reference)
        .then()
        .body("decisions", equalTo(null));

    String heldOn = month.atDay(1).toString();
    as("qms")
        .body(
            Map.of(
                "heldOn", heldOn,
                "attendees", "Managing director, quality manager, head of service",
                "processDecisions", "Acknowledge complaints by phone within 4 hours",
                "resourceDecisions", "One more complaint handler from January",
                "nextReviewOn", month.plusMonths(6).atDay(1).toString()))
        .put("/management-reviews/{ref}/decisions", reference)
        .then()
        .statusCode(200)
        .body("decisions.heldOn", equalTo(heldOn))
        .body("decidedBy", equalTo("qms"));

    String pdf = pdfText(download("auditor", reference, "report.pdf"));
    assertThat(pdf)
        .contains(squash("Acknowledge complaints by phone within 4 hours"))
        .contains(squash("One more complaint handler from January"))
        .contains(squash("Decisions recorded by qms."));
    Map<String, String> csv = csvValues(download("manager", reference, "report.csv"));
    assertThat(csv.get("decisions/held_on/")).isEqualTo(heldOn);
    assertThat(csv.get("decisions/resources/"))
        .isEqualTo("One more complaint handler from January");

    try (Connection db = TheDatabase.connect()) {
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE RECORD_TYPE = 'ManagementReview'"
                      + " AND RECORD_KEY = ? AND ACTION = 'DECIDE' AND ACTOR = 'qms'",
                  reference))
          .isEqualTo(1);
    }
    as("handler").get("/management-reviews/{ref}", reference).then().statusCode(403);
  }

  @Test
  void aWrongPeriodIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
    long before;
    try (Connection db = TheDatabase.connect()) {
      before = count(db, "SELECT COUNT(*) FROM MANAGEMENT_REVIEW");
    }
    YearMonth next = YearMonth.from(Instant.now().atZone(ZoneOffset.UTC)).plusMonths(2);
    as("manager")
        .body(Map.of("fromMonth", "2026-13", "toMonth", next.toString()))
        .post("/management-reviews")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("fromMonth"))
        .body("errors.field", hasItem("toMonth"));
    as("manager")
        .body(Map.of("fromMonth", "2023-01", "toMonth", "2025-12"))
        .post("/management-reviews")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("toMonth"))
        .body("errors[0].message", equalTo("a review covers at most 24 months"));
    as("handler")
        .body(Map.of("fromMonth", "2026-01", "toMonth", "2026-01"))
        .post("/management-reviews")
        .then()
        .statusCode(403);
    as("manager").get("/management-reviews/MR-1999-0001").then().statusCode(404);
    try (Connection db = TheDatabase.connect()) {
      assertThat(count(db, "SELECT COUNT(*) FROM MANAGEMENT_REVIEW")).isEqualTo(before);
    }
  }
}
