package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.ManagementReviewIT.count;
import static org.redress.it.ManagementReviewIT.csvValues;
import static org.redress.it.ManagementReviewIT.download;
import static org.redress.it.ManagementReviewIT.pdfText;
import static org.redress.it.ManagementReviewIT.squash;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walk-through of issue 6 as one test: an administrator imports a few thousand real-looking
 * complaints with broken rows among them, the rejected rows come back with their reasons, every
 * good row is in the database with its text intact, and then the dashboard's KPI snapshot, the
 * management review's PDF and CSV and a direct count in the database agree, month by month.
 */
class ImportToReviewIT {

  private static final int ROWS = 2500;

  @Test
  void importedComplaintsAreCountedAlikeByDashboardReviewAndDatabase() throws Exception {
    String marker = Api.marker();
    CsvFiles.Export export = CsvFiles.export(marker, ROWS);
    long id = CsvImportIT.upload("admin", export);
    as("admin").post("/imports/" + id + "/start").then().statusCode(200);
    JsonPath done =
        Eventually.eventually(
            "import " + id + " of " + ROWS + " rows",
            Duration.ofMinutes(6),
            () -> {
              JsonPath run = as("admin").get("/imports/" + id).jsonPath();
              assertThat(run.getString("status")).isNotIn("FAILED", "STOPPED");
              return "COMPLETED".equals(run.getString("status")) ? run : null;
            });
    assertThat(done.getLong("imported")).isEqualTo(export.good());
    assertThat(done.getLong("rejected")).isEqualTo(export.bad());
    String rejected =
        as("admin")
            .accept("text/csv")
            .get("/imports/" + id + "/rejected.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // the header, then one record per rejected row (a record may span lines)
    assertThat(CsvImportIT.parse(rejected)).hasSize(export.bad() + 1);

    try (Connection db = TheDatabase.connect()) {
      Map<String, String> stored = new HashMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT ORDER_REFERENCE, DESCRIPTION FROM COMPLAINT WHERE ORDER_REFERENCE LIKE ?")) {
        select.setString(1, "ORD-" + marker + "-%");
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            stored.put(rows.getString(1), rows.getString(2));
          }
        }
      }
      assertThat(stored).isEqualTo(export.descriptions());
    }

    for (int attempt = 1; ; attempt++) {
      YearMonth first = YearMonth.from(export.receivedAt(1).atZone(ZoneOffset.UTC));
      YearMonth last = YearMonth.now(ZoneOffset.UTC);
      int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
      KpiJobIT.runKpiJob(Map.of("days", 1, "weeks", 1, "months", months));
      JsonPath review = ManagementReviewIT.readyReview(first, last);
      if (!YearMonth.now(ZoneOffset.UTC).equals(last) && attempt == 1) {
        continue; // the month turned while the jobs ran
      }
      String reference = review.getString("reference");
      Map<String, String> csv = csvValues(download("manager", reference, "report.csv"));
      String pdf = pdfText(download("manager", reference, "report.pdf"));
      NumberFormat english = NumberFormat.getIntegerInstance(Locale.ENGLISH);
      List<String> dashboard =
          as("manager")
              .queryParam("period", "MONTH")
              .queryParam("dimension", "ALL")
              .queryParam("count", months)
              .get("/kpi/series")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("RECEIVED.value", String.class);
      long total = 0;
      try (Connection db = TheDatabase.connect()) {
        for (int i = 0; i < months; i++) {
          YearMonth month = first.plusMonths(i);
          long received =
              count(
                  db,
                  "SELECT COUNT(*) FROM COMPLAINT WHERE RECEIVED_AT >= ? AND RECEIVED_AT < ?",
                  start(month),
                  start(month.plusMonths(1)));
          total += received;
          assertThat(new BigDecimal(dashboard.get(i)).longValueExact())
              .as("dashboard, " + month)
              .isEqualTo(received);
          assertThat(csv.get("kpi_month/RECEIVED/" + month))
              .as("CSV, " + month)
              .isEqualTo(Long.toString(received));
          assertThat(pdf)
              .as("PDF trend, " + month)
              .contains(squash(month + " " + english.format(received)));
        }
      }
      assertThat(total).isGreaterThanOrEqualTo(export.good());
      assertThat(csv.get("kpi/RECEIVED/period")).isEqualTo(Long.toString(total));
      assertThat(csv.get("category_pareto/total/count")).isEqualTo(Long.toString(total));
      assertThat(pdf).contains(squash("Complaints received " + english.format(total)));
      return;
    }
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
