package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A manager keeps the time limits on the service-levels page, and a handler stops the clock of a
 * case by asking the complainant for information, then records the answer.
 */
class ServiceLevelsBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void aRuleForACategoryIsAddedAndWrongValuesAreNamedAtTheirField() {
    browser.signIn("manager");
    browser.submit("menuAdmin").submit("adminServiceLevels");
    assertThat(browser.text("rulesTable"))
        .contains(text.get("sla.anyCategory"), text.get("priority.CRITICAL"));

    browser
        .select("rule:category", "Billing")
        .select("rule:priority", text.get("priority.HIGH"))
        .type("rule:acknowledgeHours", "16")
        .type("rule:respondHours", "8")
        .type("rule:resolveHours", "80")
        .submit("rule:saveRule");
    assertThat(fieldError("rule:acknowledgeHours"))
        .contains("must not be longer than the time to respond");
    browser
        .type("rule:acknowledgeHours", "8")
        .type("rule:respondHours", "90")
        .submit("rule:saveRule");
    assertThat(fieldError("rule:respondHours"))
        .contains("must not be longer than the time to resolve");

    browser.type("rule:respondHours", "40").submit("rule:saveRule");
    assertThat(browser.text("slaMessages")).contains(text.get("sla.ruleSaved"));
    assertThat(browser.text("rule-BILLING:HIGH")).contains("8 h", "40 h", "80 h");

    browser.submit(
        By.xpath("//tr[@id='rule-BILLING:HIGH']//input[@value='" + text.get("sla.remove") + "']"));
    assertThat(browser.text("slaMessages")).contains(text.get("sla.ruleRemoved"));
    assertThat(browser.isPresent(By.id("rule-BILLING:HIGH"))).isFalse();
  }

  @Test
  void aCalendarWithABadTimeZoneOrHolidayIsRefusedAtTheField() {
    browser.signIn("admin");
    browser.open("/app/admin/service-levels.xhtml");
    browser
        .type("calendar:name", "Zurich office " + Cases.marker())
        .type("calendar:timeZone", "Europe/Zurichh")
        .type("calendar:holidays", "2026-08-01 National Day\n1st of August")
        .submit("calendar:saveCalendar");
    assertThat(fieldError("calendar:holidays")).contains("line 2");
    browser.type("calendar:holidays", "2026-08-01 National Day").submit("calendar:saveCalendar");
    assertThat(fieldError("calendar:timeZone")).contains("is not a time zone");
  }

  @Test
  void aRequestForInformationStopsTheClockUntilTheAnswerIsRecorded() {
    String reference = Cases.create("Ida Information");
    Cases.acknowledge(reference);
    Cases.step("handler", reference, "assessment", assessment());
    Cases.step("manager", reference, "assignment", Map.of("assignee", "handler"));

    browser.signIn("handler").open("/app/complaint.xhtml?ref=" + reference);
    browser
        .openStep("requestInformation")
        .type("requestInformation:question", "Which serial number is on the base?")
        .select("requestInformation:questionChannel", text.get("channel.PHONE"))
        .submit("requestInformation:submit");
    assertThat(browser.text("clockPaused"))
        .startsWith(text.get("case.paused.INFORMATION_REQUESTED"));
    assertThat(browser.text("timeline")).contains(text.get("event.INFORMATION_REQUESTED"));

    browser.type("recordInformation:information", "SN 4711-22").submit("recordInformation:submit");
    assertThat(browser.isPresent(By.id("clockPaused"))).isFalse();
    assertThat(browser.text("timeline")).contains(text.get("event.INFORMATION_RECEIVED"));
  }

  /** The error shown next to an input. */
  private String fieldError(String inputId) {
    return browser
        .waitFor(By.id(inputId))
        .findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
        .findElement(By.className("field-error"))
        .getText();
  }

  private static Map<String, Object> assessment() {
    return Map.of(
        "severity", "MEDIUM",
        "safetyImplication", false,
        "complexity", "LOW",
        "impact", "MEDIUM",
        "immediateActionNeeded", false);
  }
}
