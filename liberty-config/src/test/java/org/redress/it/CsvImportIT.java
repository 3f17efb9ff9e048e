package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The bulk import as an administrator uses it through the API: upload a real-looking export with
 * broken rows, map its columns, start the job (through the JobOperator) and follow it to the end,
 * download the rejected rows, find the good rows with their text intact, import the same file again
 * without creating anything twice, and stop and restart a running import, on the import's own API
 * and in the job console.
 */
class CsvImportIT {

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

  static long upload(String user, CsvFiles.Export export) {
    JsonPath uploaded =
        as(user)
            .contentType("text/csv")
            .queryParam("fileName", "export-" + export.marker() + ".csv")
            .body(export.bytes())
            .post("/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(uploaded.getString("delimiter")).isEqualTo(";");
    assertThat(uploaded.getList("header")).containsExactly(CsvFiles.HEADER.split(";"));
    assertThat(uploaded.getString("status")).isEqualTo("UPLOADED");
    assertThat(uploaded.getLong("totalRows")).isEqualTo(export.good() + export.bad());
    long id = uploaded.getLong("id");
    Map<String, Object> mapping = new HashMap<>();
    mapping.put("mapping", MAPPING);
    mapping.put("source", "legacy-crm");
    mapping.put("defaultChannel", "OTHER");
    as(user).body(mapping).put("/imports/" + id + "/mapping").then().statusCode(200);
    return id;
  }

  static JsonPath follow(long id, String until) throws InterruptedException {
    return Eventually.eventually(
        "import " + id + " " + until,
        () -> {
          JsonPath run =
              as("admin").get("/imports/" + id).then().statusCode(200).extract().jsonPath();
          return until.equals(run.getString("status")) ? run : null;
        });
  }

  /** Every complaint whose text holds the marker, over all pages. */
  static int countComplaints(String marker) {
    int count = 0;
    String cursor = null;
    do {
      var request = as("handler").queryParam("q", "ord-" + marker).queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/complaints").then().statusCode(200).extract().jsonPath();
      count += page.getList("items").size();
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return count;
  }

  @Test
  void importsGoodRowsRejectsBrokenOnesAndCreatesNothingTwice() throws Exception {
    String marker = Api.marker();
    CsvFiles.Export export = CsvFiles.export(marker, 300);
    long id = upload("admin", export);

    JsonPath started =
        as("admin").post("/imports/" + id + "/start").then().statusCode(200).extract().jsonPath();
    assertThat(started.getLong("executionId")).isPositive();
    JsonPath done = follow(id, "COMPLETED");
    assertThat(done.getLong("imported")).isEqualTo(export.good());
    assertThat(done.getLong("rejected")).isEqualTo(export.bad());
    assertThat(done.getLong("alreadyThere")).isZero();
    assertThat(done.getInt("percent")).isEqualTo(100);

    String rejected =
        as("admin")
            .accept("text/csv")
            .get("/imports/" + id + "/rejected.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<CSVRecord> rows = parse(rejected);
    assertThat(rows.get(0).toList())
        .containsExactly(
            "Ticket",
            "Eingang",
            "Kanal",
            "Kategorie",
            "Kunde",
            "E-Mail",
            "Telefon",
            "Produkt",
            "Auftrag",
            "Beschreibung",
            "line",
            "reason");
    assertThat(rows).hasSize(export.bad() + 1);
    for (CSVRecord row : rows.subList(1, rows.size())) {
      long line = Long.parseLong(row.get(row.size() - 2));
      assertThat(export.badLines()).containsKey(line);
      String expected = export.badLines().get(line);
      assertThat(row.get(row.size() - 1)).as("line " + line).contains(expected);
    }
    assertThat(rows.get(1).get(0)).isEqualTo("T-" + marker + "-25");

    for (int n : List.of(1, 3, 26, 299)) {
      String order = CsvFiles.order(marker, n);
      String reference =
          as("handler")
              .queryParam("q", order)
              .get("/complaints")
              .jsonPath()
              .getString("items[0].reference");
      JsonPath complaint =
          as("handler").get("/complaints/" + reference).then().statusCode(200).extract().jsonPath();
      assertThat(complaint.getString("description")).isEqualTo(export.descriptions().get(order));
      assertThat(complaint.getString("orderReference")).isEqualTo(order);
      Instant received = Instant.parse(complaint.getString("receivedAt"));
      assertThat(received).isEqualTo(export.receivedAt(n));
      assertThat(reference)
          .startsWith("CMP-" + export.receivedAt(n).atOffset(ZoneOffset.UTC).getYear() + "-");
    }
    assertThat(countComplaints(marker)).isEqualTo(export.good());

    long again = upload("manager", export);
    as("manager").post("/imports/" + again + "/start").then().statusCode(200);
    JsonPath second = follow(again, "COMPLETED");
    assertThat(second.getLong("imported")).isZero();
    assertThat(second.getLong("alreadyThere")).isEqualTo(export.good());
    assertThat(second.getLong("rejected")).isEqualTo(export.bad());
    assertThat(countComplaints(marker)).isEqualTo(export.good());
  }

  @Test
  void aStoppedImportRestartsFromItsCheckpointAndImportsEveryRowOnce() throws Exception {
    CsvFiles.Export export = CsvFiles.export(Api.marker(), 1200);
    long id = upload("admin", export);
    startInSmallChunks(id);
    as("admin").post("/imports/" + id + "/stop").then().statusCode(200);
    stopped(id, export);

    as("admin").post("/imports/" + id + "/restart").then().statusCode(200);
    everyRowOnce(id, export);
  }

  @Test
  void anImportStoppedAndRestartedInTheJobConsoleIsFollowedToItsEnd() throws Exception {
    CsvFiles.Export export = CsvFiles.export(Api.marker(), 600);
    long id = upload("admin", export);
    long first = startInSmallChunks(id);
    as("admin").post("/jobs/executions/{e}/stop", first).then().statusCode(200);
    assertThat(stopped(id, export).getLong("executionId")).isEqualTo(first);

    long restarted =
        as("admin")
            .post("/jobs/executions/{e}/restart", first)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("executionId");
    assertThat(restarted).isNotEqualTo(first);
    assertThat(everyRowOnce(id, export).getLong("executionId")).isEqualTo(restarted);
  }

  /** Starts an import in chunks of 5 rows and waits for its first rows; answers its execution. */
  private static long startInSmallChunks(long id) throws InterruptedException {
    long execution =
        as("admin")
            .queryParam("chunkSize", 5)
            .post("/imports/" + id + "/start")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("executionId");
    Eventually.eventually(
        "the first rows of import " + id,
        () -> as("admin").get("/imports/" + id).jsonPath().getLong("rowsRead") >= 20 ? true : null);
    return execution;
  }

  /** Waits for the stop: part of the file is done, and exactly that part is imported. */
  private static JsonPath stopped(long id, CsvFiles.Export export) throws InterruptedException {
    JsonPath stopped = follow(id, "STOPPED");
    assertThat(stopped.getLong("rowsRead")).isLessThan(export.good() + export.bad());
    assertThat(countComplaints(export.marker())).isEqualTo(stopped.getLong("imported"));
    return stopped;
  }

  /**
   * Follows the restarted import to its end: every good row imported once, every bad one rejected
   * once, also in the download.
   */
  private static JsonPath everyRowOnce(long id, CsvFiles.Export export) throws Exception {
    JsonPath done = follow(id, "COMPLETED");
    assertThat(done.getLong("imported")).isEqualTo(export.good());
    assertThat(done.getLong("rejected")).isEqualTo(export.bad());
    assertThat(done.getLong("alreadyThere")).isZero();
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(countComplaints(export.marker())).isEqualTo(export.good());
    List<CSVRecord> rejected =
        parse(
            as("admin")
                .accept("text/csv")
                .get("/imports/" + id + "/rejected.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(rejected).hasSize(export.bad() + 1);
    return done;
  }

  @Test
  void badUploadsAndMappingsAreRefusedWithFieldErrors() {
    List<String> notUtf8 =
        as("admin")
            .contentType("text/csv")
            .body("Ticket,Text\n1,Gr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1))
            .post("/imports")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath()
            .getList("errors.field");
    assertThat(notUtf8).containsExactly("file");
    long id =
        as("admin")
            .contentType("text/csv")
            .body("Ticket,Text\n1,x\n")
            .post("/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    List<String> fields =
        as("admin")
            .body(Map.of("mapping", Map.of("description", "Text", "colour", "Nope")))
            .put("/imports/" + id + "/mapping")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath()
            .getList("errors.field");
    assertThat(fields).contains("mapping.externalId", "mapping.colour");
    as("handler").get("/imports/" + id).then().statusCode(403);
    as("auditor")
        .contentType("text/csv")
        .body("a,b\n1,2\n")
        .post("/imports")
        .then()
        .statusCode(403);
  }

  @Test
  void aFileCanBeUploadedAsAFormPartWithItsNameAndAChosenDelimiter() {
    JsonPath uploaded =
        as("manager")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "beschwerden-maerz.csv",
                "Ticket,Text;Notiz\n1,\"a;b\"\n".getBytes(StandardCharsets.UTF_8),
                "text/csv")
            .multiPart("delimiter", ",")
            .post("/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(uploaded.getString("fileName")).isEqualTo("beschwerden-maerz.csv");
    assertThat(uploaded.getList("header")).containsExactly("Ticket", "Text;Notiz");
    assertThat(uploaded.getList("sampleRows[0]")).containsExactly("1", "a;b");
    assertThat(uploaded.getString("uploadedBy")).isEqualTo("manager");
  }

  static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(';')
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
