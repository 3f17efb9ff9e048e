package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A QMS admin takes a nonconformity raised from a complaint through root cause, action,
 * effectiveness check and closing in the browser; an auditor reads it without any step.
 */
class QualityBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void qmsAdminRaisesFromAComplaintAndClosesAfterAnEffectiveCheck() {
    String complaint = Cases.create("Quinn Quality");
    browser.signIn("qms");
    browser.submit("menuQuality");
    browser
        .select("raise:source", text.get("nc.source.COMPLAINT"))
        .select("raise:severity", text.get("nc.severity.MAJOR"))
        .type("raise:title", "Seal failures in batch 7")
        .type("raise:complaints", complaint)
        .submit("raise:submit");
    assertThat(browser.path()).startsWith("/app/quality/nonconformity.xhtml");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.DRAFT"));
    assertThat(browser.text("linkedComplaints")).contains(complaint);

    browser.submit("analysis:submit");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.ANALYSIS"));

    browser
        .openStep("rootCause")
        .type("rootCause:whyList:0:why", "The seals leak")
        .type("rootCause:whyList:1:why", "The supplier changed the material")
        .select("rootCause:category", text.get("nc.category.MATERIAL"))
        .type("rootCause:rootCause", "Incoming inspection misses material changes");
    browser.all(By.cssSelector("#eightDForm summary")).get(0).click();
    browser
        .type("rootCause:dList:0:d", "Quality engineer, buyer, supplier's QA")
        .type("rootCause:dList:3:d", "Material change not notified; inspection plan blind to it")
        .submit("rootCause:submit");
    assertThat(browser.text("eightD"))
        .contains(text.get("nc.eightD.1"), "Quality engineer, buyer, supplier's QA")
        .contains(text.get("nc.eightD.4"), "inspection plan blind to it")
        .doesNotContain(text.get("nc.eightD.2"));
    assertThat(browser.text("rootCauseText"))
        .isEqualTo("Incoming inspection misses material changes");
    assertThat(browser.all(By.cssSelector("#whys li"))).hasSize(2);

    String due = LocalDate.now().plusDays(14).toString();
    browser
        .openStep("plan")
        .select("plan:actionType", text.get("action.type.CORRECTIVE"))
        .type("plan:actionDescription", "Add a material check to incoming inspection")
        .type("plan:actionOwner", "qms")
        .type("plan:actionDueOn", due)
        .submit("plan:submit");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.ACTION_PLAN"));
    browser.submit("implementation:submit");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.IMPLEMENTATION"));

    browser.openStep("complete").type("complete:actionNumber", "1").submit("complete:submit");
    assertThat(browser.all(By.cssSelector("#complete .field-error"))).isNotEmpty();
    browser
        .openStep("complete")
        .type("complete:actionNumber", "1")
        .type("complete:evidence", "Inspection plan IP-12 rev 4")
        .submit("complete:submit");
    browser
        .openStep("check")
        .type("check:criteria", "No seal complaint for 8 weeks")
        .type("check:plannedOn", LocalDate.now().plusWeeks(8).toString())
        .type("check:verifier", "manager")
        .submit("check:submit");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.EFFECTIVENESS_REVIEW"));
    assertThat(browser.isPresent(By.id("closure:submit"))).isFalse();
    browser
        .openStep("effectiveness")
        .click("effectiveness:effective:0")
        .submit("effectiveness:submit");
    assertThat(browser.text("checkResult")).isEqualTo(text.get("nc.effective"));
    browser.submit("closure:submit");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.CLOSED"));
    String reference = browser.waitFor(By.tagName("h1")).getText();

    browser.open("/app/complaint.xhtml?ref=" + complaint);
    assertThat(browser.text("timeline")).contains(text.get("event.NONCONFORMITY_LINKED"));
    assertThat(reference).matches("NC-\\d{4}-\\d{5}");
  }

  @Test
  void aNonconformityIsRaisedFromTheCasePageAndLinkedBack() {
    String complaint = Cases.create("Casey Case");
    browser.signIn("qms");
    browser.open("/app/complaint.xhtml?ref=" + complaint);
    assertThat(browser.text("nonconformityPanel")).contains(text.get("case.noNonconformity"));
    browser
        .openStep("raiseNc")
        .select("raiseNc:ncSeverity", text.get("nc.severity.MINOR"))
        .type("raiseNc:ncTitle", "Wrong manual in the box")
        .submit("raiseNc:submit");
    assertThat(browser.path()).startsWith("/app/quality/nonconformity.xhtml");
    String reference = browser.waitFor(By.tagName("h1")).getText();
    assertThat(browser.text("linkedComplaints")).contains(complaint);
    browser.open("/app/complaint.xhtml?ref=" + complaint);
    assertThat(browser.text("linkedNc")).isEqualTo(reference);
  }

  @Test
  void qmsAdminRaisesOneNonconformityFromComplaintsSelectedInTheInbox() {
    String name = "Sam Shared " + Cases.marker();
    String first = Cases.create(name);
    String second = Cases.create(name);
    browser.signIn("qms");
    browser.type("inbox:q", name).update("inbox:search");
    List<WebElement> boxes =
        browser.all(By.cssSelector("[id='inbox:complaints_data'] .ui-chkbox-box"));
    assertThat(boxes).hasSize(2);
    boxes.forEach(WebElement::click);
    browser.submit("inbox:raiseNonconformity");

    assertThat(browser.path()).startsWith("/app/quality/nonconformities.xhtml");
    assertThat(browser.text("raise:prefilled")).isEqualTo(text.get("nc.prefilled"));
    browser
        .select("raise:severity", text.get("nc.severity.MINOR"))
        .type("raise:title", "Pump leaks on EM-200")
        .submit("raise:submit");
    assertThat(browser.path()).startsWith("/app/quality/nonconformity.xhtml");
    assertThat(browser.text("linkedComplaints")).contains(first, second);
    assertThat(browser.pageText()).contains(text.get("nc.source.COMPLAINT"));
  }

  @Test
  void auditorReadsNonconformitiesWithoutAnyStep() {
    String reference =
        Cases.as("qms")
            .body(
                java.util.Map.of(
                    "source", "INTERNAL", "severity", "MINOR", "title", "Label misprint on box"))
            .post("/nonconformities")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    browser.signIn("auditor");
    browser.submit("menuQuality");
    assertThat(browser.isPresent(By.id("raise:submit"))).isFalse();
    browser.open("/app/quality/nonconformity.xhtml?ref=" + reference);
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.DRAFT"));
    assertThat(browser.text("ncActions")).contains(text.get("nc.noSteps"));
    assertThat(browser.all(By.cssSelector("#ncActions form"))).isEmpty();
  }
}
