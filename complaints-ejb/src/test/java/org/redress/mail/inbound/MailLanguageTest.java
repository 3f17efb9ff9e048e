package org.redress.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language of a received mail, from Content-Language or Accept-Language. */
class MailLanguageTest {

  private final Session session = Session.getInstance(new Properties());

  @ParameterizedTest
  @CsvSource({
    "de, de",
    "DE, de",
    "de-DE, de-DE",
    "de-de, de-DE",
    "de_AT, de-AT",
    "' en-GB ', en-GB",
    "'fr, de', fr",
    "'de (Deutsch)', de",
    "'und, it', it",
    "'x, sv', sv",
    "zh-Hant-TW, zh-Hant-TW",
    "pt-BR, pt-BR",
    "en-US-x-twain, en",
    "i-klingon, tlh"
  })
  void contentLanguageGivesItsFirstLanguageAsABcp47Tag(String header, String tag) {
    assertThat(MailLanguage.fromContentLanguage(header)).contains(tag);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {" ", "und", "mul", "zxx", "*", "12", "de--DE", "deutsch", "(comment only)"})
  void aContentLanguageThatNamesNoLanguageGivesNone(String header) {
    assertThat(MailLanguage.fromContentLanguage(header)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'de-CH, de;q=0.9, en;q=0.8', de-CH",
    "'en;q=0.5, de;q=0.9', de",
    "'*, fr;q=0.5', fr",
    "'da, en-gb;q=0.8, en;q=0.7', da",
    "'sv;q=0, nb;q=0.4', nb"
  })
  void acceptLanguageGivesItsMostPreferredLanguage(String header, String tag) {
    assertThat(MailLanguage.fromAcceptLanguage(header)).contains(tag);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"*", "de;q=2", ";;;", "en;q=abc"})
  void aMalformedOrOpenAcceptLanguageGivesNone(String header) {
    assertThat(MailLanguage.fromAcceptLanguage(header)).isEmpty();
  }

  @Test
  void contentLanguageOfTheMessageComesFirst() throws Exception {
    MimeMessage message = message("Die Kanne ist undicht.");
    message.setHeader("Content-Language", "de");
    message.setHeader("Accept-Language", "en-US, en;q=0.9");

    assertThat(MailLanguage.of(message)).contains("de");
    assertThat(MailboxPoller.read(message).language()).isEqualTo("de");
  }

  @Test
  void acceptLanguageIsTakenWhenTheMailHasNoContentLanguage() throws Exception {
    MimeMessage message = message("La bouilloire fuit.");
    message.setHeader("Accept-Language", "fr-FR, en-US;q=0.5");

    assertThat(MailboxPoller.read(message).language()).isEqualTo("fr-FR");
  }

  @Test
  void theTextPartsContentLanguageCountsInAMultipartMail() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("anna@example.com"));
    message.setSubject("Kanne");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Die Kanne ist undicht.", "UTF-8");
    text.setHeader("Content-Language", "de-AT");
    MimeBodyPart html = new MimeBodyPart();
    html.setText("<p>Die Kanne ist undicht.</p>", "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();

    assertThat(MailboxPoller.read(message).language()).isEqualTo("de-AT");
  }

  @Test
  void aMailWithoutLanguageHeadersHasNoLanguage() throws Exception {
    ReceivedMail mail = MailboxPoller.read(message("The kettle leaks."));

    assertThat(mail.language()).isNull();
    // The complaint then takes the default language.
    assertThat(InboundMailbox.complaintFrom(mail).complainant().language()).isNull();
  }

  private MimeMessage message(String text) throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("anna@example.com"));
    message.setSubject("Kettle");
    message.setText(text, "UTF-8");
    message.saveChanges();
    return message;
  }
}
