package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A step form sent incomplete says beside each field what is missing, and changes nothing. */
class InputErrorsBrowserIT {

  private final Texts text = Texts.english();

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void assessmentWithNothingChosenShowsAMessageBesideEachRequiredField() {
    String reference = Cases.create("Alex Example");
    Cases.acknowledge(reference);
    browser.signIn("handler");
    browser.open("/app/complaint.xhtml?ref=" + reference);
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.ACKNOWLEDGED"));

    browser.openStep("assess").submit("assess:submit");

    assertThat(browser.waitFor(By.id("stepAssess")).getDomProperty("open"))
        .as("the section with the errors is unfolded")
        .isEqualTo("true");
    for (String field :
        new String[] {
          "severity", "impact", "complexity", "safetyImplication", "immediateActionNeeded"
        }) {
      WebElement message = errorNextTo("assess:" + field);
      assertThat(message.isDisplayed()).as(field).isTrue();
      assertThat(message.getText()).as(field).isNotBlank();
    }
    assertThat(browser.all(By.cssSelector("#assess span.field-error"))).hasSize(5);
    assertThat(browser.text("caseStatus")).isEqualTo(text.get("status.ACKNOWLEDGED"));
    assertThat(browser.text("casePriority")).isEqualTo(text.get("priority.none"));
    assertThat(Cases.status(reference)).isEqualTo("ACKNOWLEDGED");
  }

  /** The message in the same field as the input (a select, or the table of a radio group). */
  private WebElement errorNextTo(String inputId) {
    return browser.waitFor(
        By.xpath(
            "//*[@id='"
                + inputId
                + "']/ancestor-or-self::*[contains(@class,'field')][1]"
                + "/span[contains(@class,'field-error')]"));
  }
}
