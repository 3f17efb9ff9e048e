package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A handler records a complaint taken on the phone and works it through the case page, step by
 * step, to the decision sent to the complainant (ISO 10002 7.2 to 7.8), in English and in German.
 */
class HandlerFlowBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void handlerRecordsAPhoneComplaintAndWorksItToTheDecision() {
    String reference = recordAndWorkToDecision(Texts.english(), "Pat Miller");
    assertThat(browser.pageLanguage()).isEqualTo("en");
    assertThat(Cases.status(reference)).isEqualTo("DECISION_COMMUNICATED");
  }

  @Test
  @Browser.Language("de-DE,de")
  void theSameFlowInGerman() {
    String reference = recordAndWorkToDecision(Texts.german(), "Erika Mustermann");
    assertThat(browser.pageLanguage()).isEqualTo("de");
    assertThat(Cases.status(reference)).isEqualTo("DECISION_COMMUNICATED");
  }

  /** The whole flow, with every choice and expectation in the language of {@code text}. */
  private String recordAndWorkToDecision(Texts text, String complainant) {
    String marker = Cases.marker();
    browser.signIn("handler");
    browser.submit("menuIntake");
    assertThat(browser.waitFor(By.id("intake:record")).getDomProperty("value"))
        .isEqualTo(text.get("intake.submit"));
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("intake.title"));

    browser
        .type("intake:name", complainant)
        .type("intake:phone", "+49 30 1234567")
        .select("intake:channel", text.get("channel.PHONE"))
        .type("intake:productOrService", "Espresso machine EM-200")
        .type("intake:orderReference", "ORD-" + marker)
        .type("intake:description", "The pump leaks after two weeks. " + marker)
        .submit("intake:record");

    assertThat(browser.path()).startsWith("/app/complaint.xhtml");
    String reference = browser.waitFor(By.tagName("h1")).getText();
    assertThat(reference).matches("CMP-\\d{4}-\\d{6}");
    assertThat(browser.text("pageMessages")).contains(text.format("intake.recorded", reference));
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.RECEIVED"));
    assertThat(browser.text("complainantName")).isEqualTo(complainant);
    assertThat(browser.text("caseDescription")).contains(marker);
    assertThat(browser.text("casePriority")).isEqualTo(text.get("priority.none"));

    browser.openStep("acknowledge").submit("acknowledge:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.ACKNOWLEDGED"));
    assertThat(browser.text("pageMessages")).isEqualTo(text.get("case.saved"));

    browser
        .openStep("assess")
        .select("assess:severity", text.get("level.HIGH"))
        .select("assess:impact", text.get("level.MEDIUM"))
        .select("assess:complexity", text.get("level.MEDIUM"))
        .click("assess:safetyImplication:1")
        .click("assess:immediateActionNeeded:1")
        .submit("assess:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.ASSESSED"));
    assertThat(browser.text("casePriority")).isEqualTo(text.get("priority.HIGH"));

    browser.openStep("assign").type("assign:assignee", "handler").submit("assign:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.UNDER_INVESTIGATION"));
    assertThat(browser.text("caseAssignee")).isEqualTo("handler");

    String note = "Pump seal defective in batch 7 " + marker;
    browser.openStep("note").type("note:noteText", note).submit("note:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.UNDER_INVESTIGATION"));
    WebElement noteEntry = lastTimelineEntry();
    assertThat(noteEntry.findElement(By.tagName("strong")).getText())
        .isEqualTo(text.get("event.INVESTIGATION_NOTE"));
    assertThat(noteEntry.getText()).contains(note).contains("handler");

    browser
        .openStep("response")
        .select("response:remedyType", text.get("remedy.REPLACEMENT"))
        .type("response:responseSummary", "We send you a new machine.")
        .type("response:amount", "100")
        .type("response:currency", "EUR")
        .submit("response:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.RESPONSE_PROPOSED"));
    assertThat(browser.text("approvalState")).isEqualTo(text.get("case.noApprovalNeeded"));
    assertThat(browser.pageText())
        .contains(text.get("remedy.REPLACEMENT"))
        .contains("We send you a new machine.");

    browser
        .openStep("decision")
        .select("decision:decisionChannel", text.get("channel.EMAIL"))
        .submit("decision:submit");
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.DECISION_COMMUNICATED"));
    assertThat(browser.text("complainantReply")).isEqualTo(text.get("case.noReplyYet"));
    assertThat(
            browser.all(By.cssSelector("#timeline > li > strong")).stream()
                .map(WebElement::getText))
        .containsExactly(
            text.get("event.RECEIVED"),
            text.get("event.ACKNOWLEDGED"),
            text.get("event.ASSESSED"),
            text.get("event.ASSIGNED"),
            text.get("event.INVESTIGATION_NOTE"),
            text.get("event.RESPONSE_PROPOSED"),
            text.get("event.DECISION_COMMUNICATED"));
    return reference;
  }

  private WebElement lastTimelineEntry() {
    var entries = browser.all(By.cssSelector("#timeline > li"));
    assertThat(entries).isNotEmpty();
    return entries.get(entries.size() - 1);
  }
}
