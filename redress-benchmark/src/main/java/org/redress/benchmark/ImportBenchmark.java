package org.redress.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.redress.complaint.command.NewComplaint;

/**
 * The CSV import: rows per second of an export from another system (uploaded, mapped and started as
 * a manager through {@code /api/v1/imports}, followed until the job completes), against
 * PostgreSQL's COPY of the same file into a scratch table.
 */
final class ImportBenchmark {

  private static final Logger LOG = Logger.getLogger(ImportBenchmark.class.getName());
  static final String USER = "manager";
  static final String HEADER =
      "Ticket;Eingang;Kanal;Kategorie;Kunde;E-Mail;Telefon;Produkt;Auftrag;Beschreibung";
  static final Map<String, String> MAPPING =
      Map.of(
          "externalId", "Ticket",
          "receivedAt", "Eingang",
          "channel", "Kanal",
          "category", "Kategorie",
          "complainant.name", "Kunde",
          "complainant.email", "E-Mail",
          "complainant.phone", "Telefon",
          "productOrService", "Produkt",
          "orderReference", "Auftrag",
          "description", "Beschreibung");

  record Result(int rows, long bytes, Duration job, Duration copy) {
    double jobRowsPerSecond() {
      return rows / Math.max(0.001, job.toMillis() / 1000.0);
    }

    double copyRowsPerSecond() {
      return rows / Math.max(0.000001, copy.toNanos() / 1e9);
    }
  }

  private final Api api;
  private final BenchmarkDatabase database;

  ImportBenchmark(Api api, BenchmarkDatabase database) {
    this.api = api;
    this.database = database;
  }

  /**
   * An export of {@code rows} complaints received over the last hours (as the import tests do: a
   * history past its deadlines would only add the escalation mails of every row), every row good.
   */
  static String csv(int rows, String marker, Instant now) {
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    Instant base = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofSeconds(7L * rows + 1800));
    for (int n = 1; n <= rows; n++) {
      NewComplaint c =
          Submissions.newComplaint(
              new Spread(new SplittableRandom(n * 104729L)),
              LocalDate.ofInstant(base, ZoneOffset.UTC));
      List<String> values = new ArrayList<>();
      values.add("T-" + marker + "-" + n);
      values.add(base.plusSeconds(7L * n).toString());
      values.add(c.channel().name());
      values.add(c.category());
      values.add(c.complainant().name());
      // An export row names a way to reach the complainant (a row without one is refused).
      values.add(
          c.complainant().email() == null && c.complainant().phone() == null
              ? "kunde" + n + "@example.de"
              : c.complainant().email() == null ? "" : c.complainant().email());
      values.add(c.complainant().phone() == null ? "" : c.complainant().phone());
      values.add(c.productOrService() == null ? "" : c.productOrService());
      values.add(c.orderReference() == null ? "" : c.orderReference());
      values.add(c.description());
      text.append(row(values)).append("\r\n");
    }
    return text.toString();
  }

  static String row(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add(
          value.contains(";") || value.contains("\"") || value.contains("\n")
              ? "\"" + value.replace("\"", "\"\"") + "\""
              : value);
    }
    return String.join(";", quoted);
  }

  Result run(int rows) throws Exception {
    String marker = Long.toString(System.currentTimeMillis(), 36);
    byte[] file = csv(rows, marker, Instant.now()).getBytes(StandardCharsets.UTF_8);
    Duration copy = copy(file); // warms up, not counted
    copy = copy(file);
    Duration job = importJob(file, rows, marker);
    Duration copyAgain = copy(file);
    Duration fastest = copy.compareTo(copyAgain) <= 0 ? copy : copyAgain;
    Result result = new Result(rows, file.length, job, fastest);
    LOG.info(
        () ->
            String.format(
                java.util.Locale.ROOT,
                "Import of %d rows: job %.1f rows/s, COPY %.1f rows/s",
                rows,
                result.jobRowsPerSecond(),
                result.copyRowsPerSecond()));
    return result;
  }

  private Duration importJob(byte[] file, int rows, String marker) throws Exception {
    JsonNode uploaded =
        api.post(USER, "/imports?fileName=bench-" + marker + ".csv", "text/csv", file)
            .expect(201, "POST /imports")
            .json();
    long id = uploaded.get("id").asLong();
    if (uploaded.get("totalRows").asLong() != rows) {
      throw new IllegalStateException("The upload counted " + uploaded.get("totalRows") + " rows");
    }
    api.putJson(
            USER,
            "/imports/" + id + "/mapping",
            Map.of("mapping", MAPPING, "source", "bench-" + marker, "defaultChannel", "OTHER"))
        .expect(200, "PUT /imports/" + id + "/mapping");
    long start = System.nanoTime();
    api.post(USER, "/imports/" + id + "/start", "application/json", new byte[0])
        .expect(200, "POST /imports/" + id + "/start");
    long deadline = start + Duration.ofHours(1).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run = api.get(USER, "/imports/" + id).expect(200, "GET /imports/" + id).json();
      String status = run.get("status").asText();
      if ("COMPLETED".equals(status)) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (run.get("imported").asLong() != rows) {
          throw new IllegalStateException(
              "The import took " + run.get("imported") + " of " + rows + " rows: " + run);
        }
        return took;
      }
      if ("FAILED".equals(status) || "STOPPED".equals(status) || "ABANDONED".equals(status)) {
        throw new IllegalStateException("The import ended " + status + ": " + run);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The import did not complete within an hour");
  }

  private Duration copy(byte[] file) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS BENCH_IMPORT_SCRATCH");
      statement.execute(
          "CREATE TABLE BENCH_IMPORT_SCRATCH (TICKET TEXT, EINGANG TEXT, KANAL TEXT, KATEGORIE TEXT,"
              + " KUNDE TEXT, EMAIL TEXT, TELEFON TEXT, PRODUKT TEXT, AUFTRAG TEXT,"
              + " BESCHREIBUNG TEXT)");
      long start = System.nanoTime();
      long copied =
          new CopyManager(connection.unwrap(BaseConnection.class))
              .copyIn(
                  "COPY BENCH_IMPORT_SCRATCH FROM STDIN WITH (FORMAT csv, DELIMITER ';',"
                      + " HEADER true, ENCODING 'UTF8')",
                  new ByteArrayInputStream(file));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      statement.execute("DROP TABLE BENCH_IMPORT_SCRATCH");
      if (copied <= 0) {
        throw new IllegalStateException("COPY read no rows");
      }
      return took;
    }
  }
}
