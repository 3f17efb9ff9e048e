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
 * without creating anything twice, and stop and restart a running import.
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
    String marker = Api.marker();
    CsvFiles.Export export = CsvFiles.export(marker, 1200);
    long id = upload("admin", export);
    as("admin").queryParam("chunkSize", 5).post("/imports/" + id + "/start").then().statusCode(200);
    Eventually.eventually(
        "the first rows of import " + id,
        () -> as("admin").get("/imports/" + id).jsonPath().getLong("rowsRead") >= 20 ? true : null);
    as("admin").post("/imports/" + id + "/stop").then().statusCode(200);
    JsonPath stopped = follow(id, "STOPPED");
    long doneBeforeRestart = stopped.getLong("rowsRead");
    assertThat(doneBeforeRestart).isLessThan(export.good() + export.bad());
    assertThat(countComplaints(marker)).isEqualTo(stopped.getLong("imported"));

    as("admin").post("/imports/" + id + "/restart").then().statusCode(200);
    JsonPath done = follow(id, "COMPLETED");
    assertThat(done.getLong("imported")).isEqualTo(export.good());
    assertThat(done.getLong("rejected")).isEqualTo(export.bad());
    assertThat(done.getLong("alreadyThere")).isZero();
    assertThat(countComplaints(marker)).isEqualTo(export.good());
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
