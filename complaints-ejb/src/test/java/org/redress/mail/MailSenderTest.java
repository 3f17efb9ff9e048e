package org.redress.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redress.outbox.OutboxMessageView;
import org.redress.outbox.OutboxStatus;
import org.redress.outbox.Outcome;

/** The sender against an SMTP server on loopback (GreenMail). */
class MailSenderTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final MailSender sender = new MailSender();

  private final MailMessage mail =
      new MailMessage(
          "<cmp-2026-000042.acknowledgement.1@redress.test>",
          "zoe@example.com",
          "Zoë Müller",
          "[CMP-2026-000042] Wir haben Ihre Beschwerde erhalten",
          "Guten Tag Zoë,\nIhr Aktenzeichen: CMP-2026-000042",
          "<p>Guten Tag Zoë</p>");

  @BeforeEach
  void aMailSession() {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", Integer.toString(SMTP.getSmtp().getPort()));
    p.put("mail.from", "Customer care <complaints@redress.test>");
    sender.session = Session.getInstance(p);
  }

  @Test
  void theMailArrivesWithItsOwnMessageIdAndATextAndAnHtmlPart() throws Exception {
    assertThat(sender.deliver(view(mail)).delivered()).isTrue();

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getMessageID())
        .isEqualTo("<cmp-2026-000042.acknowledgement.1@redress.test>");
    assertThat(received.getSubject())
        .isEqualTo("[CMP-2026-000042] Wir haben Ihre Beschwerde erhalten");
    assertThat(received.getAllRecipients()[0].toString()).contains("zoe@example.com");
    assertThat(received.getFrom()[0].toString()).contains("complaints@redress.test");
    assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Ihr Aktenzeichen");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
  }

  @Test
  void sendingTheSameMailAgainKeepsTheMessageId() throws Exception {
    sender.deliver(view(mail));
    sender.deliver(view(mail));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
  }

  @Test
  void aMailServerThatIsDownIsTriedAgainLater() {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", "1");
    p.put("mail.smtp.connectiontimeout", "2000");
    p.put("mail.from", "complaints@redress.test");
    sender.session = Session.getInstance(p);

    Outcome outcome = sender.deliver(view(mail));

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.permanent()).isFalse();
    assertThat(outcome.error()).contains("Sending failed");
  }

  @Test
  void theStoredFormKeepsEveryPartExactly() {
    assertThat(MailMessage.fromJson(mail.toJson())).isEqualTo(mail);
  }

  private static OutboxMessageView view(MailMessage mail) {
    return new OutboxMessageView(
        1L,
        Mailer.TOPIC,
        mail.to(),
        "CMP-2026-000042",
        mail.toJson(),
        OutboxStatus.PENDING,
        0,
        Instant.now(),
        null,
        Instant.now(),
        null);
  }
}
