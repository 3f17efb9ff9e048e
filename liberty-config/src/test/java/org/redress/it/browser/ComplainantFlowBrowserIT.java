package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A complainant without an account reads how to complain, sends the public form, follows the
 * complaint with the receipt and rejects the decision (ISO 10002 5.1, 7.1, 7.3, 7.9).
 *
 * <p>The public form takes at most five complaints an hour from one address, and every browser test
 * connects from this machine's: the English flow sends exactly one complaint, the German test none.
 */
class ComplainantFlowBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void complainantSendsTheFormFollowsTheComplaintAndRejectsTheDecision() {
    Texts text = Texts.english();
    String marker = Cases.marker();

    browser.open("/public/");
    assertThat(heading()).isEqualTo(text.get("howto.title"));
    assertThat(browser.text("timeLimits"))
        .containsPattern(withNumbers(text.get("howto.stages.acknowledge")))
        .containsPattern(withNumbers(text.get("howto.stages.respond")))
        .containsPattern(withNumbers(text.get("howto.stages.close")));
    assertThat(browser.pageText())
        .contains(text.get("recourse.internal"))
        .contains(text.get("recourse.external"));

    browser.submit("startComplaint");
    assertThat(heading()).isEqualTo(text.get("complain.title"));
    browser
        .type("complaint:name", "Sam Taylor")
        .type("complaint:email", "sam.taylor@example.com")
        .type("complaint:productOrService", "Espresso machine EM-200")
        .type("complaint:orderReference", "ORD-" + marker)
        .submit("complaint:send");

    assertThat(heading()).isEqualTo(text.get("complain.title"));
    assertThat(browser.text("complaint:errorSummary")).isEqualTo(text.get("form.fixErrors"));
    assertThat(errorNextTo("complaint:description")).isNotBlank();
    assertThat(browser.all(By.cssSelector("#complaint span.field-error"))).hasSize(1);
    assertThat(Cases.search(marker)).as("nothing is recorded").isEmpty();

    browser
        .type("complaint:description", "The pump leaks after two weeks. " + marker)
        .submit("complaint:send");
    assertThat(browser.isPresent(By.id("complaint:errorSummary")))
        .as(
            "the form was refused (more than five complaints an hour from this address?): %s",
            browser.pageText())
        .isFalse();
    assertThat(heading()).isEqualTo(text.get("confirmation.title"));
    assertThat(browser.pageText()).contains(text.get("confirmation.thanks"));
    String reference = browser.text("reference");
    String code = browser.text("trackingCode");
    assertThat(reference).matches("CMP-\\d{4}-\\d{6}");
    assertThat(code).isNotBlank();
    assertThat(Cases.search(marker)).containsExactly(reference);

    browser.submit("followLink");
    assertThat(heading()).isEqualTo(text.get("status.title"));
    assertThat(browser.text("stage")).isEqualTo(text.get("public.stage.RECEIVED"));
    assertThat(browser.pageText()).contains(reference).doesNotContain("Sam Taylor");

    Cases.decide(reference);

    browser.open("/public/status.xhtml");
    browser.type("lookup:ref", reference).type("lookup:code", code).submit("lookup:find");
    assertThat(browser.text("stage")).isEqualTo(text.get("public.stage.DECISION_COMMUNICATED"));
    assertThat(browser.text("decision")).isEqualTo("We send you a new machine.");
    assertThat(browser.isPresent(By.id("recourse"))).isFalse();

    browser
        .click("reply:accept:1")
        .type("reply:comment", "A new machine will leak again.")
        .submit("reply:send");
    assertThat(browser.text("statusMessages")).isEqualTo(text.get("status.replied.rejected"));
    assertThat(browser.text("yourReply")).isEqualTo(text.get("status.yourReply.REJECTED"));
    assertThat(browser.isPresent(By.id("reply"))).as("no second answer").isFalse();
    assertThat(browser.text("recourse"))
        .contains(text.get("status.recourse"))
        .contains(text.get("recourse.internal"))
        .contains(text.get("recourse.external"));
  }

  @Test
  void howToComplainPublishesTheTimeLimitsOfTheServiceLevelsInForce() {
    Texts text = Texts.english();
    browser.signIn("admin").open("/app/admin/policy.xhtml");
    int reopen = policyNumber(By.id("policy:reopenWindowDays"));
    browser.open("/app/admin/service-levels.xhtml");
    // The standard rules count round the clock: whole days of 24 hours.
    long acknowledge = hours("*:MEDIUM", 4) / 24;
    long usual = hours("*:MEDIUM", 5) / 24;
    long urgent = hours("*:CRITICAL", 5) / 24;

    browser.open("/public/index.xhtml");
    assertThat(browser.text("timeLimits"))
        .contains(text.format("howto.stages.acknowledge", text.format("limit.DAYS", acknowledge)))
        .contains(
            text.format(
                "howto.stages.respond",
                text.format("limit.DAYS", usual),
                text.format("limit.DAYS", urgent)))
        .contains(text.format("howto.stages.close", reopen));
  }

  @Test
  void aWrongTrackingCodeRevealsNothing() {
    Texts text = Texts.english();
    String reference = Cases.create("Jo Private");
    browser.open("/public/status.xhtml");
    browser
        .type("lookup:ref", reference)
        .type("lookup:code", "AAAA-BBBB-CCCC")
        .submit("lookup:find");
    assertThat(browser.text("statusMessages")).isEqualTo(text.get("status.notFound"));
    assertThat(browser.isPresent(By.id("stage"))).isFalse();
    assertThat(browser.pageText()).doesNotContain("Jo Private").doesNotContain("The pump leaks");
  }

  @Test
  @Browser.Language("de-DE,de")
  void thePublicPagesAndTheFormSpeakGerman() {
    Texts text = Texts.german();
    String marker = Cases.marker();

    browser.open("/public/");
    assertThat(browser.pageLanguage()).isEqualTo("de");
    assertThat(heading()).isEqualTo(text.get("howto.title"));
    assertThat(browser.text("timeLimits"))
        .containsPattern(withNumbers(text.get("howto.stages.acknowledge")));

    browser.submit("startComplaint");
    assertThat(heading()).isEqualTo(text.get("complain.title"));
    assertThat(label("complaint:name")).isEqualTo(text.get("field.name"));
    assertThat(label("complaint:email")).isEqualTo(text.get("field.email"));
    assertThat(label("complaint:description")).isEqualTo(text.get("field.description"));
    assertThat(label("complaint:occurredOn")).isEqualTo(text.get("field.occurredOn"));
    assertThat(browser.all(By.cssSelector("#complaint legend")).stream().map(WebElement::getText))
        .contains(text.get("form.aboutYou"), text.get("form.aboutComplaint"));
    assertThat(browser.waitFor(By.id("complaint:send")).getDomProperty("value"))
        .isEqualTo(text.get("complain.submit"));

    browser
        .type("complaint:name", "Erika Mustermann")
        .type("complaint:email", "erika@example.com")
        .type("complaint:orderReference", "ORD-" + marker)
        .submit("complaint:send");
    assertThat(browser.text("complaint:errorSummary")).isEqualTo(text.get("form.fixErrors"));
    assertThat(errorNextTo("complaint:description"))
        .as("the field error is in German too")
        .startsWith("darf nicht leer sein");
    assertThat(Cases.search(marker)).isEmpty();
  }

  private int policyNumber(By input) {
    return Integer.parseInt(browser.waitFor(input).getDomProperty("value").strip());
  }

  /** The hours in a column of a rule's row on the service-levels page, e.g. "48 h". */
  private long hours(String scope, int column) {
    String cell =
        browser
            .waitFor(By.xpath("//tr[@id='rule-" + scope + "']/td[" + column + "]"))
            .getText()
            .replace("h", "")
            .strip();
    return Long.parseLong(cell);
  }

  /**
   * A text with its {0}, {1}… placeholders standing for a number or a time limit ("2 days"), as a
   * pattern.
   */
  private static Pattern withNumbers(String text) {
    StringBuilder pattern = new StringBuilder();
    for (String part : text.split("\\{\\d\\}", -1)) {
      if (pattern.length() > 0) {
        pattern.append("\\d+[^.;,]*?");
      }
      pattern.append(Pattern.quote(part));
    }
    return Pattern.compile(pattern.toString().replace("\\Q\\E", ""));
  }

  private String heading() {
    return browser.waitFor(By.tagName("h1")).getText();
  }

  private String label(String inputId) {
    return browser.waitFor(By.cssSelector("label[for='" + inputId + "']")).getText();
  }

  /** The message the page shows beside an input, in the same field. */
  private String errorNextTo(String inputId) {
    WebElement message =
        browser.waitFor(
            By.xpath(
                "//*[@id='"
                    + inputId
                    + "']/ancestor::div[contains(@class,'field')][1]"
                    + "//span[contains(@class,'field-error')]"));
    assertThat(message.isDisplayed()).isTrue();
    return message.getText();
  }
}
