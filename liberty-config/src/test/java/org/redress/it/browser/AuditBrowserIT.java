package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.redress.it.TheDatabase;

/**
 * An auditor drills down from a complaint to its nonconformity, a corrective action and the
 * effectiveness check and back, each with its own timeline slice, and downloads the timeline as PDF
 * and CSV; in German too; and records a finding next to the field errors it gets first.
 */
class AuditBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void auditorDrillsDownFromAComplaintToTheCheckAndBackAndExportsTheTimeline() {
    String complaint = Cases.create("Audrey Auditee");
    String nc = verifiedNonconformity(complaint);

    browser.signIn("auditor");
    browser.submit("menuAudit");
    assertThat(browser.path()).startsWith("/app/audit/timeline.xhtml");
    browser.type("filter:recordKey", complaint).submit("filter:search");
    assertThat(browser.text("timeline")).contains(complaint).contains("LINK_NONCONFORMITY");

    // Complaint: masked personal data, its slice, down to the nonconformity.
    browser.waitFor(By.linkText(complaint)).click();
    browser.waitForText(By.tagName("h1"), complaint);
    assertThat(browser.text("complainantMasked")).startsWith("A*** A***").doesNotContain("Audrey");
    assertThat(browser.text("slice")).contains("RECEIVE").contains("LINK_NONCONFORMITY");
    browser.submit("toNc");

    // Nonconformity: its complaints, actions and check.
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(nc);
    assertThat(browser.text("recordStatus")).isEqualTo(text.get("nc.status.CLOSED"));
    assertThat(browser.text("slice")).contains("RAISE").contains("CLOSE");
    assertThat(browser.text("ncComplaints")).contains(complaint);
    browser.submit("actionList:0:toAction");

    // Action 1: only the writes that touched it.
    assertThat(browser.waitFor(By.tagName("h1")).getText())
        .isEqualTo(nc + " · " + text.get("audit.actionNo") + " 1");
    assertThat(browser.text("recordStatus")).isEqualTo(text.get("action.status.CLOSED"));
    assertThat(browser.text("slice"))
        .contains("PLAN_ACTION")
        .contains("COMPLETE_ACTION")
        .doesNotContain("ROOT_CAUSE");
    browser.submit("toCheck");

    // The effectiveness check, then back to the action, the nonconformity and the complaint.
    assertThat(browser.waitFor(By.tagName("h1")).getText())
        .isEqualTo(nc + " · " + text.get("nc.check"));
    assertThat(browser.text("recordStatus")).isEqualTo(text.get("nc.effective"));
    assertThat(browser.text("slice"))
        .contains("PLAN_EFFECTIVENESS_CHECK")
        .contains("RECORD_EFFECTIVENESS")
        .doesNotContain("PLAN_ACTION");
    browser.submit("checkedActions:0:backToAction");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).endsWith(" 1");
    browser.submit("upToNc");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(nc);
    browser.submit("complaintList:0:toComplaint");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(complaint);

    // The whole chain in one timeline, exported as PDF and CSV with the same filters.
    browser.open("/app/audit/timeline.xhtml?recordKey=" + nc);
    assertThat(browser.all(By.cssSelector("#timeline tr.entry"))).hasSizeGreaterThanOrEqualTo(8);
    Map<String, Object> pdf =
        browser.fetch(browser.waitFor(By.id("exportPdf")).getDomProperty("href"));
    assertThat(pdf).containsEntry("status", 200L).containsEntry("head", "%PDF-1.5");
    assertThat((String) pdf.get("type")).startsWith("application/pdf");
    assertThat(((Number) pdf.get("size")).longValue()).isGreaterThan(1000);
    Map<String, Object> csv =
        browser.fetch(browser.waitFor(By.id("exportCsv")).getDomProperty("href"));
    assertThat(csv).containsEntry("status", 200L);
    List<String> lines = ((String) csv.get("text")).lines().toList();
    assertThat(lines.get(0)).startsWith("id,occurredAt,actor,recordType,recordKey,action");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(nc));
    assertThat(lines).hasSize(browser.all(By.cssSelector("#timeline tr.entry")).size() + 1);
  }

  @Test
  @Browser.Language("de-DE,de")
  void theAuditViewSpeaksGermanAndFiltersByClause() {
    String complaint = Cases.create("Berta Beispiel");
    Cases.acknowledge(complaint);
    Texts german = Texts.german();
    browser.signIn("auditor");
    browser.open("/app/audit/timeline.xhtml?recordKey=" + complaint);
    assertThat(browser.waitFor(By.tagName("h1")).getText())
        .isEqualTo(german.get("audit.timelineTitle"));
    browser
        .select("filter:clause", "ISO 10002 7.4 " + german.get("clause.ISO10002_7_4"))
        .submit("filter:search");
    assertThat(browser.all(By.cssSelector("#timeline tr.entry"))).hasSize(1);
    assertThat(browser.text("timeline"))
        .contains("ACKNOWLEDGE")
        .contains(german.get("audit.process.COMPLAINT_HANDLING"));
    browser
        .type("filter:from", "2026-05-02")
        .type("filter:to", "2026-05-01")
        .submit("filter:search");
    assertThat(browser.text("filter")).contains(german.get("audit.toBeforeFrom"));
  }

  @Test
  void anAuditorRecordsAFindingWithErrorsShownAtTheFields() {
    String complaint = Cases.create("Fiona Finding");
    browser.signIn("auditor");
    browser.open("/app/audit/findings.xhtml?recordType=Complaint&recordKey=" + complaint);
    browser.submit("record:submit");
    assertThat(browser.text("record")).contains(text.get("form.fixErrors"));
    assertThat(browser.all(By.cssSelector("#record .field .field-error")))
        .hasSizeGreaterThanOrEqualTo(3);
    browser
        .type("record:title", "Acknowledgement text is missing the time limits")
        .type("record:description", "The acknowledgement does not state when to expect an answer.")
        .select("record:clause", "ISO 10002 7.4 " + text.get("clause.ISO10002_7_4"))
        .select("record:severity", text.get("finding.severity.MINOR"))
        .submit("record:submit");
    assertThat(browser.text("pageMessages")).contains("FND-");
    assertThat(browser.text("findings")).contains(complaint).contains("Acknowledgement text");
    browser.submit(firstRaiseButton());
    assertThat(browser.path()).startsWith("/app/audit/record.xhtml");
    assertThat(browser.text("recordStatus")).contains(text.get("nc.status.DRAFT"));
    assertThat(browser.text("ncFacts")).contains(text.get("nc.source.AUDIT")).contains("FND-");
  }

  @Test
  void anAuditorDrawsASampleAndAnswersItsChecklist() {
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    browser.signIn("auditor");
    browser.open("/app/audit/samples.xhtml");
    browser.type("draw:from", today).type("draw:to", "yesterday").submit("draw:submit");
    assertThat(browser.all(By.cssSelector("#draw .field .field-error"))).isNotEmpty();
    browser
        .type("draw:from", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString())
        .type("draw:to", today)
        .type("draw:size", "3")
        .type("draw:purpose", "Browser test")
        .submit("draw:submit");
    assertThat(browser.path()).startsWith("/app/audit/sample.xhtml");
    assertThat(browser.text("sampleSize")).startsWith("3 /");
    browser.submit("reproduce:submit");
    assertThat(browser.text("reproduce")).contains(text.get("audit.reproduced"));

    browser.waitFor(By.linkText(text.get("audit.checklist"))).click();
    browser.waitFor(By.id("checklistTitle"));
    assertThat(browser.all(By.cssSelector("table.checklist tr[class^=row-]"))).hasSize(9);
    browser.submit("checklist:rows:2:save");
    assertThat(browser.text("checklist")).contains("is required");
    browser
        .select("checklist:rows:2:verdict", text.get("verdict.DOES_NOT_CONFORM"))
        .type("checklist:rows:2:note", "Acknowledged by phone, no record of it")
        .submit("checklist:rows:2:save");
    assertThat(browser.text("pageMessages")).contains(text.get("case.saved"));
    assertThat(browser.waitFor(By.id("checklist:rows:2:note")).getDomProperty("value"))
        .isEqualTo("Acknowledged by phone, no record of it");
    assertThat(browser.text("checklist")).contains("auditor · ");
    assertThat(browser.isPresent(By.id("checklist:rows:2:finding"))).isTrue();
  }

  private String firstRaiseButton() {
    return browser.all(By.cssSelector("#findings input[type=submit]")).get(0).getDomAttribute("id");
  }

  /** A nonconformity raised from the complaint, one action, verified effective and closed. */
  private static String verifiedNonconformity(String complaint) {
    String nc =
        Cases.as("qms")
            .body(
                Map.of(
                    "source", "COMPLAINT",
                    "severity", "MAJOR",
                    "title", "Pump seals fail",
                    "complaints", List.of(complaint)))
            .post("/nonconformities")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    qms(
        nc,
        "root-cause",
        Map.of(
            "whys", List.of("Seals leak"), "category", "MATERIAL", "rootCause", "Wrong material"));
    qms(
        nc,
        "actions",
        Map.of(
            "type", "CORRECTIVE",
            "description", "Check the seal material at incoming inspection",
            "owner", "qms",
            "dueOn", LocalDate.now().plusDays(14).toString()));
    qms(nc, "implementation", Map.of());
    qms(nc, "actions/1/completion", Map.of("evidence", "Inspection plan IP-12 rev 4"));
    qms(
        nc,
        "effectiveness-check",
        Map.of(
            "criteria", "No seal complaint for 8 weeks",
            "plannedOn", LocalDate.now().plusWeeks(8).toString(),
            "verifier", "manager"));
    qms(nc, "effectiveness-result", Map.of("effective", true));
    qms(nc, "closure", Map.of());
    return nc;
  }

  @Test
  void anAuditorVerifiesTheTrailAndSeesWhichEntryWasChangedInTheDatabase() throws Exception {
    String complaint = Cases.create("Vera Verify");
    Cases.acknowledge(complaint);
    browser.signIn("auditor");
    browser.open("/app/audit/timeline.xhtml").submit("integrity:verify");
    assertThat(browser.text("intact")).startsWith(text.get("audit.intact"));

    try (Connection db = TheDatabase.connect()) {
      long id;
      String actor;
      try (PreparedStatement find =
          db.prepareStatement(
              "SELECT ID, ACTOR FROM AUDIT_ENTRY WHERE RECORD_KEY = ? AND ACTION = 'ACKNOWLEDGE'")) {
        find.setString(1, complaint);
        try (ResultSet row = find.executeQuery()) {
          assertThat(row.next()).isTrue();
          id = row.getLong(1);
          actor = row.getString(2);
        }
      }
      setActor(db, id, "mallory");
      try {
        browser.submit("integrity:verify");
        assertThat(browser.text("broken"))
            .contains(text.get("audit.broken"), "#" + id, "Complaint " + complaint, "changed");
      } finally {
        setActor(db, id, actor);
      }
    }
    browser.submit("integrity:verify");
    assertThat(browser.isPresent(By.id("intact"))).isTrue();
  }

  private static void setActor(Connection db, long id, String actor) throws Exception {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE AUDIT_ENTRY SET ACTOR = ? WHERE ID = ?")) {
      update.setString(1, actor);
      update.setLong(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static void qms(String nc, String step, Map<String, ?> body) {
    Cases.as("qms").body(body).post("/nonconformities/{ref}/" + step, nc).then().statusCode(200);
  }
}
