package org.redress.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailClassifierTest {

  private static ReceivedMail mail(
      String from, String subject, String auto, String precedence, List<String> threading) {
    return new ReceivedMail(
        "<1@x>", from, null, subject, "text", null, auto, precedence, threading, List.of());
  }

  @ParameterizedTest
  @CsvSource({
    "'Re: [CMP-2026-000042] We have received your complaint', CMP-2026-000042",
    "'AW: AW: [CMP-2026-000042] Wir haben Ihre Beschwerde erhalten', CMP-2026-000042",
    "'SV: cmp-2026-000042', CMP-2026-000042",
    "'VS: Re[2]: about CMP-2026-1234567', CMP-2026-1234567"
  })
  void aReferenceInTheSubjectNamesTheCase(String subject, String reference) {
    assertThat(MailClassifier.caseReference(mail("a@example.com", subject, null, null, List.of())))
        .contains(reference);
  }

  @Test
  void ourMessageIdInTheThreadNamesTheCaseEvenWithoutAReferenceInTheSubject() {
    ReceivedMail reply =
        mail(
            "a@example.com",
            "Re: your mail",
            null,
            null,
            List.of("<abc@client.example>", "<cmp-2026-000042.decision.0f1e@redress.example>"));
    assertThat(MailClassifier.caseReference(reply)).contains("CMP-2026-000042");
  }

  @Test
  void aMailWithoutReferenceIsANewComplaint() {
    assertThat(
            MailClassifier.caseReference(
                mail("a@example.com", "My kettle broke", null, null, List.of("<x@y>"))))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'Re: AW: SV: VS: Fwd: Hello', Hello",
    "'RE[3]: Hello', Hello",
    "'Antw: WG: Hello', Hello",
    "'Reply about my order', Reply about my order"
  })
  void replyPrefixesInTheUsualLanguagesAreRemoved(String subject, String stripped) {
    assertThat(MailClassifier.withoutPrefixes(subject)).isEqualTo(stripped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auto-replied", "auto-generated", "Auto-Notified"})
  void autoRepliesAreAutomatic(String autoSubmitted) {
    assertThat(
            MailClassifier.isAutomatic(
                mail("a@example.com", "Out of office", autoSubmitted, null, List.of())))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"MAILER-DAEMON@mx.example.com", "postmaster@example.com", "no-reply@shop.example"})
  void bouncesAndSystemSendersAreAutomatic(String from) {
    assertThat(
            MailClassifier.isAutomatic(
                mail(from, "Undelivered Mail Returned to Sender", null, null, List.of())))
        .isTrue();
  }

  @Test
  void bulkMailIsAutomaticAndAPersonsMailIsNot() {
    assertThat(
            MailClassifier.isAutomatic(mail("news@shop.example", "Sale", null, "bulk", List.of())))
        .isTrue();
    assertThat(
            MailClassifier.isAutomatic(
                mail("anna@example.com", "Broken kettle", "no", null, List.of())))
        .isFalse();
  }

  @Test
  void aNewComplaintTakesTheSenderAndTheSubjectAndText() {
    ReceivedMail mail =
        new ReceivedMail(
            "<1@x>",
            "anna.berg@example.com",
            null,
            "Fwd: Kettle leaks",
            "It leaks since Monday.",
            "de-AT",
            null,
            null,
            List.of(),
            List.of());
    var complaint = InboundMailbox.complaintFrom(mail);
    assertThat(complaint.complainant().name()).isEqualTo("anna.berg");
    assertThat(complaint.complainant().email()).isEqualTo("anna.berg@example.com");
    assertThat(complaint.channel()).isEqualTo(org.redress.complaint.Channel.EMAIL);
    assertThat(complaint.description()).isEqualTo("Kettle leaks\n\nIt leaks since Monday.");
    assertThat(complaint.complainant().language()).isEqualTo("de-AT");
  }
}
