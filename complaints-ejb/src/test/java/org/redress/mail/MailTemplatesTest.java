package org.redress.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {

  private static Map<String, Object> values() {
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Zoë <O'Brien> & Co");
    values.put("reference", "CMP-2026-000042");
    values.put("trackingCode", "7K3M9Q2X");
    values.put(
        "trackingLink",
        "https://complaints.example.com/public/status.xhtml?ref=CMP-2026-000042&code=7K3M9Q2X");
    values.put("organisation", "Acme customer care");
    values.put("responseDue", "December 22, 2026");
    return values;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de"})
  void theAcknowledgementCarriesTheReferenceTrackingLinkAndDeadlineInBothParts(String language) {
    MailTemplates.Rendered mail = MailTemplates.render("acknowledgement", language, values());

    assertThat(mail.subject()).startsWith("[CMP-2026-000042] ");
    assertThat(mail.text())
        .contains("CMP-2026-000042", "7K3M9Q2X", "December 22, 2026", "Acme customer care")
        .contains(
            "https://complaints.example.com/public/status.xhtml?ref=CMP-2026-000042&code=7K3M9Q2X")
        .contains("Zoë <O'Brien> & Co");
    assertThat(mail.html())
        .contains("<html lang=\"" + language + "\">")
        .contains("Zoë &lt;O&#39;Brien&gt; &amp; Co")
        .contains(
            "href=\"https://complaints.example.com/public/status.xhtml?ref=CMP-2026-000042&amp;code=7K3M9Q2X\"")
        .doesNotContain("<O'Brien>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de"})
  void theDecisionCarriesTheRemedyHowToAnswerAndTheRecourse(String language) {
    Map<String, Object> values = values();
    values.put("decision", "We replace the machine.");
    values.put("remedy", "€100.00");

    MailTemplates.Rendered mail = MailTemplates.render("decision", language, values);

    assertThat(mail.subject()).startsWith("[CMP-2026-000042] ");
    assertThat(mail.text())
        .contains("We replace the machine.", "€100.00", "ISO 10003")
        .contains("/public/status.xhtml?ref=CMP-2026-000042&code=7K3M9Q2X");
    assertThat(mail.html()).contains("We replace the machine.", "ISO 10003");
  }

  @Test
  void aDecisionWithoutAnAmountOffersNoRemedyLine() {
    Map<String, Object> values = values();
    values.put("decision", "Your complaint is justified; the invoice is corrected.");
    assertThat(MailTemplates.render("decision", "en", values).text())
        .doesNotContain("What we offer");
  }

  @Test
  void theGermanMailIsInGerman() {
    MailTemplates.Rendered mail = MailTemplates.render("acknowledgement", "de", values());
    assertThat(mail.subject()).isEqualTo("[CMP-2026-000042] Wir haben Ihre Beschwerde erhalten");
    assertThat(mail.text()).contains("Ihr Aktenzeichen", "So geht es weiter");
  }

  @Test
  void aPersonalMessageIsIncludedOnlyWhenGiven() {
    Map<String, Object> values = values();
    assertThat(MailTemplates.render("acknowledgement", "en", values).text())
        .doesNotContain("We will call you tomorrow");
    values.put("message", "We will call you tomorrow.");
    assertThat(MailTemplates.render("acknowledgement", "en", values).text())
        .contains("We will call you tomorrow.");
  }

  @Test
  void aLanguageWithoutTemplatesGetsEnglish() {
    assertThat(MailTemplates.language("fr-CA")).isEqualTo("en");
    assertThat(MailTemplates.language("de-AT")).isEqualTo("de");
    assertThat(MailTemplates.language(null)).isEqualTo("en");
    assertThat(MailTemplates.render("acknowledgement", "fr", values()).subject())
        .isEqualTo("[CMP-2026-000042] We have received your complaint");
  }
}
