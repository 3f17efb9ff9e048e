package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An administrator edits a mail template: the error is shown at the field, the preview shows the
 * mail with sample values (the HTML in a sandboxed frame), saving makes it "customised", and "Reset
 * to default" brings the default back. The templates are reset through the API after each test.
 */
class MailTemplatesBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  @AfterEach
  void defaultsAgain() {
    for (String language : new String[] {"en", "de"}) {
      Cases.as("admin").delete("/mail-templates/staff-assigned/" + language).then().statusCode(200);
    }
  }

  @Test
  void anAdministratorEditsPreviewsSavesAndResetsATemplate() {
    Texts text = Texts.english();
    browser.signIn("admin");
    browser.submit("menuAdmin").submit("adminMailTemplates");
    assertThat(browser.text("template-staff-assigned-en"))
        .contains(
            text.get("mailTemplates.event.staff-assigned"), text.get("mailTemplates.default"));

    browser.submit(By.cssSelector("[id='template-staff-assigned-en'] a"));
    assertThat(browser.text("selectedName"))
        .contains(text.get("mailTemplates.event.staff-assigned"));
    assertThat(browser.waitFor(By.id("templateForm:subject")).getDomProperty("value"))
        .isEqualTo("[{{reference}}] Assigned to you");
    assertThat(browser.text("variable-staffName")).contains("{{#staffName}}");

    browser.type("templateForm:subject", "[{{reference}}] A case for you, {{staffName}}");
    browser.submit("templateForm:preview");
    assertThat(fieldError("templateForm:subject"))
        .contains("{{staffName}} is missing from some mails", "{{#staffName}}");
    assertThat(browser.isPresent(By.id("previewText"))).isFalse();

    browser.type(
        "templateForm:subject",
        "[{{reference}}] A case for you{{#staffName}}, {{staffName}}{{/staffName}}");
    browser.submit("templateForm:preview");
    assertThat(browser.text("previewSubject"))
        .isEqualTo("[CMP-2026-000042] A case for you, Jonas Becker");
    assertThat(browser.text("previewText"))
        .contains("Maria Weber has assigned the complaint CMP-2026-000042 to you.");
    assertThat(browser.waitFor(By.id("previewHtml")).getDomAttribute("sandbox")).isEmpty();
    assertThat(browser.frameText("previewHtml")).contains("Open the case", "Maria Weber");

    browser.submit("templateForm:save");
    assertThat(browser.text("templateForm:formMessages")).contains(text.get("mailTemplates.saved"));
    assertThat(browser.text("template-staff-assigned-en"))
        .contains(text.get("mailTemplates.customised"), "admin");
    assertThat(browser.text("selectedState")).isEqualTo(text.get("mailTemplates.customised"));

    browser.open("/app/admin/mail-templates.xhtml?event=staff-assigned&language=en");
    assertThat(browser.waitFor(By.id("templateForm:subject")).getDomProperty("value"))
        .isEqualTo("[{{reference}}] A case for you{{#staffName}}, {{staffName}}{{/staffName}}");

    browser.submit("templateForm:reset");
    assertThat(browser.text("templateForm:formMessages"))
        .contains(text.get("mailTemplates.resetDone"));
    assertThat(browser.waitFor(By.id("templateForm:subject")).getDomProperty("value"))
        .isEqualTo("[{{reference}}] Assigned to you");
    assertThat(browser.text("template-staff-assigned-en"))
        .contains(text.get("mailTemplates.default"));
    assertThat(browser.isPresent(By.id("templateForm:reset"))).isFalse();
  }

  @Test
  @Browser.Language("de-DE,de")
  void aTemplateWithAnUnknownVariableIsRefusedInGermanAtItsFieldAndNotSaved() {
    Texts text = Texts.german();
    browser.signIn("admin");
    browser.open("/app/admin/mail-templates.xhtml?event=staff-assigned&language=de");
    assertThat(browser.text("selectedState")).isEqualTo(text.get("mailTemplates.default"));

    browser.type("templateForm:text", "Guten Tag,\n\n{{kundennummer}} {{reference}}");
    browser.submit("templateForm:save");

    assertThat(fieldError("templateForm:text"))
        .contains("verwendet {{kundennummer}} (Zeile 3)", "Verfügbar sind: staffName, reference");
    assertThat(browser.text("templateForm:formMessages")).contains(text.get("form.fixErrors"));
    assertThat(browser.text("template-staff-assigned-de"))
        .contains(text.get("mailTemplates.default"));
    assertThat(browser.text("selectedState")).isEqualTo(text.get("mailTemplates.default"));
  }

  /** The error shown in the field of an input. */
  private String fieldError(String inputId) {
    return browser
        .waitFor(By.id(inputId))
        .findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
        .findElement(By.className("field-error"))
        .getText();
  }
}
