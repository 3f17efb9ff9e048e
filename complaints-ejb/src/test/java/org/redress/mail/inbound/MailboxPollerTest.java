package org.redress.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading what Redress needs out of a received MIME message. */
class MailboxPollerTest {

  private final Session session = Session.getInstance(new Properties());

  @Test
  void aMultipartMailGivesItsPlainTextSenderAndThread() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("anna@example.com", "Anna Berg", "UTF-8"));
    message.setSubject("AW: [CMP-2026-000042] Entscheidung", "UTF-8");
    message.setHeader("Message-ID", "<reply-1@client.example>");
    message.setHeader("In-Reply-To", "<cmp-2026-000042.decision.1@redress.example>");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Ich nehme die Entscheidung an. Grüße", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText("<p>Ich nehme die Entscheidung an.</p>", "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();
    message.setHeader("Message-ID", "<reply-1@client.example>");

    ReceivedMail mail = MailboxPoller.read(message);

    assertThat(mail.messageId()).isEqualTo("<reply-1@client.example>");
    assertThat(mail.senderAddress()).isEqualTo("anna@example.com");
    assertThat(mail.senderName()).isEqualTo("Anna Berg");
    assertThat(mail.text()).isEqualTo("Ich nehme die Entscheidung an. Grüße");
    assertThat(mail.threading()).containsExactly("<cmp-2026-000042.decision.1@redress.example>");
    assertThat(MailClassifier.caseReference(mail)).contains("CMP-2026-000042");
  }

  @Test
  void anHtmlOnlyMailGivesItsTextWithoutMarkup() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("bob@example.com"));
    message.setSubject("Broken");
    message.setText(
        "<html><body><p>The lid &amp; the handle broke.</p><script>x()</script></body></html>",
        "UTF-8",
        "html");
    message.saveChanges();

    assertThat(MailboxPoller.read(message).text())
        .contains("The lid & the handle broke.")
        .doesNotContain("<p>");
  }

  @Test
  void aMailWithoutMessageIdGetsAStableStandIn() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("bob@example.com"));
    message.setSubject("No id");
    message.setText("hello");
    message.setHeader("Date", "Sun, 22 Nov 2026 10:00:00 +0000");

    String first = MailboxPoller.read(message).messageId();
    assertThat(first).endsWith("@no-message-id>");
    assertThat(MailboxPoller.read(message).messageId()).isEqualTo(first);
  }
}
