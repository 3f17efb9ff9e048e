package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.it.Api.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The auditor's combined view over HTTP: the timeline newest first by clause and record, samples
 * that are stored and reproducible, checklists, findings that raise a nonconformity with source
 * AUDIT, and the timeline exported as a real PDF and as CSV.
 */
class AuditViewIT {

  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  @Test
  void theTimelineIsNewestFirstFilteredByClauseAndPagedByCursor() {
    String ref = Api.create();
    Api.ok("handler", ref, "acknowledgement", Map.of("channel", "EMAIL"));

    JsonPath all = timeline(Map.of("recordKey", ref));
    assertThat(all.getList("items.action")).containsExactly("ACKNOWLEDGE", "RECEIVE");
    assertThat(all.getList("items.collect { it.clauses[0] }"))
        .containsExactly("ISO10002_7_4", "ISO10002_7_2");
    assertThat(all.getList("items.process")).containsOnly("COMPLAINT_HANDLING");
    assertThat(all.getString("items[0].changes.find { it.field == 'status' }.to"))
        .isEqualTo("ACKNOWLEDGED");
    assertThat(all.getString("items[0].changes.find { it.field == 'status' }.from"))
        .isEqualTo("RECEIVED");

    assertThat(timeline(Map.of("recordKey", ref, "clause", "ISO10002_7_4")).getList("items.action"))
        .containsExactly("ACKNOWLEDGE");
    assertThat(
            timeline(Map.of("recordKey", ref, "process", "NONCONFORMITY_AND_CORRECTIVE_ACTION"))
                .getList("items"))
        .isEmpty();
    assertThat(timeline(Map.of("recordKey", ref, "actor", "manager")).getList("items")).isEmpty();

    JsonPath first = timeline(Map.of("recordKey", ref, "limit", "1"));
    assertThat(first.getList("items.action")).containsExactly("ACKNOWLEDGE");
    JsonPath second =
        timeline(Map.of("recordKey", ref, "limit", "1", "cursor", first.getString("nextCursor")));
    assertThat(second.getList("items.action")).containsExactly("RECEIVE");
    assertThat(second.getString("nextCursor")).isNull();

    as("auditor")
        .queryParam("from", "2026-05-02")
        .queryParam("to", "2026-05-01")
        .get("/audit-timeline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"));
    as("auditor")
        .queryParam("cursor", "garbage")
        .get("/audit-timeline")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    as("handler").get("/audit-timeline").then().statusCode(403);
    as("qms").get("/audit-timeline").then().statusCode(200);
  }

  @Test
  void aSampleIsStoredRevisitedAndDrawnAgainWithTheSameComplaints() {
    List<String> closed = List.of(closedComplaint(), closedComplaint(), closedComplaint());

    Response drawn =
        as("auditor")
            .body(Map.of("from", TODAY, "to", TODAY, "size", 2, "purpose", "Q4 internal audit"))
            .post("/audit-samples");
    drawn
        .then()
        .statusCode(201)
        .body("reference", org.hamcrest.Matchers.matchesPattern("SMP-\\d{4}-\\d{5}"));
    String sample = drawn.path("reference");
    long seed = ((Number) drawn.path("seed")).longValue();
    List<String> members = drawn.path("members.complaint");
    int population = drawn.path("populationSize");
    assertThat(members).hasSize(2).doesNotHaveDuplicates();
    assertThat(population).isGreaterThanOrEqualTo(closed.size());

    // Revisited: the stored sample, not a new draw.
    as("manager")
        .get("/audit-samples/{ref}", sample)
        .then()
        .statusCode(200)
        .body("members.complaint", equalTo(members))
        .body("seed", equalTo(drawn.path("seed")));
    as("auditor").get("/audit-samples").then().body("reference", hasItem(sample));

    // Reproducible: the seed draws the same complaints again, also as a new sample.
    as("auditor")
        .get("/audit-samples/{ref}/reproduction", sample)
        .then()
        .statusCode(200)
        .body("populationUnchanged", equalTo(true))
        .body("sameMembers", equalTo(true))
        .body("members", equalTo(members));
    List<String> again =
        as("auditor")
            .body(Map.of("from", TODAY, "to", TODAY, "size", 2, "seed", seed))
            .post("/audit-samples")
            .then()
            .statusCode(201)
            .extract()
            .path("members.complaint");
    assertThat(again).isEqualTo(members);

    // The checklist: computed from the record, answered by the auditor, in the audit trail.
    String complaint = members.get(0);
    JsonPath checklist =
        as("auditor")
            .get("/audit-samples/{ref}/complaints/{c}/checklist", sample, complaint)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(checklist.getList("rows")).hasSize(9);
    assertThat(item(checklist, "ACKNOWLEDGED_IN_TIME")).containsEntry("computed", "CONFORMS");
    assertThat(item(checklist, "RECOURSE_GIVEN_WHEN_REJECTED"))
        .containsEntry("computed", "NOT_APPLICABLE");
    assertThat(item(checklist, "CLOSED_WITH_FEEDBACK"))
        .containsEntry("evidence", "outcome RESOLVED, accepted");

    JsonPath answered =
        as("auditor")
            .body(
                Map.of(
                    "item", "DECISION_COMMUNICATED",
                    "verdict", "DOES_NOT_CONFORM",
                    "note", "The letter on file is unsigned"))
            .post("/audit-samples/{ref}/complaints/{c}/checklist", sample, complaint)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(item(answered, "DECISION_COMMUNICATED"))
        .containsEntry("computed", "CONFORMS")
        .containsEntry("auditorVerdict", "DOES_NOT_CONFORM")
        .containsEntry("verdict", "DOES_NOT_CONFORM")
        .containsEntry("note", "The letter on file is unsigned")
        .containsEntry("answeredBy", "auditor");
    assertThat(
            as("auditor")
                .get("/audit-samples/{ref}", sample)
                .<Integer>path("members.find { it.complaint == '" + complaint + "' }.answered"))
        .isEqualTo(1);
    JsonPath trail = timeline(Map.of("recordType", "AuditSample", "recordKey", sample));
    assertThat(trail.getList("items.action")).containsExactly("ANSWER_CHECKLIST", "DRAW");
    assertThat(trail.getList("items[0].changes.field"))
        .contains(complaint + ".DECISION_COMMUNICATED.verdict");

    // Bad input: a message per field, nothing stored; only auditors write.
    as("auditor")
        .body(Map.of("item", "ASSESSED"))
        .post("/audit-samples/{ref}/complaints/{c}/checklist", sample, complaint)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("verdict"));
    as("auditor")
        .body(Map.of("from", TODAY, "to", TODAY, "size", 0))
        .post("/audit-samples")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    as("auditor")
        .body(Map.of("from", "2001-01-01", "to", "2001-01-31", "size", 5))
        .post("/audit-samples")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    as("manager")
        .body(Map.of("from", TODAY, "to", TODAY, "size", 2))
        .post("/audit-samples")
        .then()
        .statusCode(403);
  }

  @Test
  void aFindingRaisesANonconformityWithSourceAuditThatNamesIt() {
    String complaint = closedComplaint();
    Response recorded =
        as("auditor")
            .body(
                Map.of(
                    "title", "Decision letters are not signed",
                    "description", "The decision letter on file carries no signature.",
                    "clause", "ISO10002_7_8",
                    "severity", "MINOR",
                    "recordType", "Complaint",
                    "recordKey", complaint.toLowerCase()))
            .post("/audit-findings");
    recorded.then().statusCode(201).body("recordKey", equalTo(complaint));
    String finding = recorded.path("reference");

    Response raised = as("auditor").post("/audit-findings/{ref}/nonconformity", finding);
    raised
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString("/nonconformities/NC-"));
    String nc = raised.path("nonconformity");
    as("qms")
        .get("/nonconformities/{ref}", nc)
        .then()
        .statusCode(200)
        .body("source", equalTo("AUDIT"))
        .body("severity", equalTo("MINOR"))
        .body("status", equalTo("DRAFT"))
        .body("raisedBy", equalTo("auditor"))
        .body("description", startsWith("Audit finding " + finding + " (ISO 10002 7.8, MINOR)"));
    as("manager")
        .queryParam("nonconformity", nc)
        .get("/audit-findings")
        .then()
        .body("reference", equalTo(List.of(finding)));
    as("auditor")
        .post("/audit-findings/{ref}/nonconformity", finding)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:illegal-transition"));

    JsonPath evidence = timeline(Map.of("clause", "ISO9001_10_2_1A", "limit", "20"));
    assertThat(evidence.getList("items.recordKey")).contains(nc, finding);

    String opportunity =
        as("auditor")
            .body(
                Map.of(
                    "title", "Templates could prefill the channel",
                    "description", "Would save a step.",
                    "clause", "ISO10002_7_8",
                    "severity", "OPPORTUNITY"))
            .post("/audit-findings")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    as("qms")
        .post("/audit-findings/{ref}/nonconformity", opportunity)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:opportunity-not-nonconformity"));

    as("auditor")
        .body(
            Map.of(
                "title", "x",
                "description", "y",
                "clause", "ISO10002_7_8",
                "severity", "MAJOR",
                "recordType", "Complaint",
                "recordKey", "CMP-1999-999999"))
        .post("/audit-findings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("recordKey"));
    as("auditor")
        .body(Map.of("title", "", "clause", "ISO10002_7_8"))
        .post("/audit-findings")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"))
        .body("errors.field", hasItem("description"))
        .body("errors.field", hasItem("severity"));
    as("handler")
        .body(
            Map.of("title", "t", "description", "d", "clause", "ISO10002_7_8", "severity", "MINOR"))
        .post("/audit-findings")
        .then()
        .statusCode(403);
    as("manager").post("/audit-findings/{ref}/nonconformity", finding).then().statusCode(403);
  }

  @Test
  void theTimelineExportsAsARealPdfAndAsCsvWithTheRecords() throws Exception {
    String complaint = Api.create();
    String nc =
        as("qms")
            .body(
                Map.of(
                    "source", "COMPLAINT",
                    "severity", "MAJOR",
                    "title", "Seals fail",
                    "complaints", List.of(complaint)))
            .post("/nonconformities")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    as("qms")
        .body(
            Map.of(
                "whys", List.of("The seal leaks"),
                "category", "MATERIAL",
                "rootCause", "Wrong seal material"))
        .post("/nonconformities/{ref}/root-cause", nc)
        .then()
        .statusCode(200);
    as("qms")
        .body(
            Map.of(
                "type", "CORRECTIVE",
                "description", "Check seal material at incoming inspection",
                "owner", "qms",
                "dueOn", LocalDate.now().plusDays(14).toString()))
        .post("/nonconformities/{ref}/actions", nc)
        .then()
        .statusCode(200);

    byte[] pdf =
        as("auditor")
            .accept("application/pdf")
            .queryParam("recordKey", nc)
            .queryParam("from", TODAY)
            .get("/audit-timeline/export.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition", org.hamcrest.Matchers.containsString("audit-timeline.pdf"))
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    assertThat(text.toString())
        .contains("Audit timeline")
        .contains("Record: " + nc)
        .contains("Nonconformity " + nc.substring(0, 8))
        .contains(nc.substring(8))
        .contains("PLAN_ACTION")
        .contains("ROOT_CAUSE")
        .contains("RAISE")
        .contains("ISO 9001 10.2.1 c")
        .contains("action 1")
        .contains("3 entries.");

    String csv =
        as("auditor")
            .accept("text/csv")
            .queryParam("recordKey", nc)
            .get("/audit-timeline/export.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "id,occurredAt,actor,recordType,recordKey,action,process,clauses,changes,sealNo");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains(nc).contains("PLAN_ACTION").contains("action.1: – → PLANNED");
    assertThat(lines.get(3)).contains("RAISE").contains("ISO 9001 10.2.1 a");

    as("auditor")
        .accept("application/pdf")
        .queryParam("from", "last week")
        .get("/audit-timeline/export.pdf")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("from"));
  }

  /** A complaint taken to the decision, accepted and closed as resolved, today. */
  private static String closedComplaint() {
    String ref = Api.decided();
    Api.ok("handler", ref, "complainant-reply", Map.of("accepted", true, "channel", "EMAIL"));
    assertThat(Api.ok("handler", ref, "closure", Map.of("outcome", "RESOLVED")))
        .isEqualTo("CLOSED");
    return ref;
  }

  /** The auditor's timeline with the filters given, newest first. */
  static JsonPath timeline(Map<String, String> filters) {
    return as("auditor")
        .queryParams(filters)
        .get("/audit-timeline")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> item(JsonPath checklist, String item) {
    return checklist.getMap("rows.find { it.item == '" + item + "' }");
  }
}
