package org.redress.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.redress.complaint.AttachmentPolicy;

/** Files that come with a mail: read from the message, kept when the attachment rules allow. */
class InboundFilesTest {

  @Test
  void theFilesOfAMailAreReadWithTheirNames() throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("anna@example.com"));
    MimeBodyPart text = new MimeBodyPart();
    text.setText("See the photo.", "UTF-8");
    MimeBodyPart photo = new MimeBodyPart();
    photo.setFileName("=?UTF-8?Q?Spr=C3=BCnge.png?=");
    photo.setDisposition(Part.ATTACHMENT);
    photo.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")));
    message.setContent(new MimeMultipart(text, photo));
    message.saveChanges();

    ReceivedMail mail = MailboxPoller.read(message);

    assertThat(mail.text()).isEqualTo("See the photo.");
    assertThat(mail.files()).hasSize(1);
    assertThat(mail.files().get(0).name()).isEqualTo("Sprünge.png");
    assertThat(mail.files().get(0).content()).hasSize(4);
  }

  @Test
  void filesTheRulesRefuseAreNamedWithTheReason() {
    List<ReceivedMail.File> kept = new ArrayList<>();
    List<String> refused = new ArrayList<>();

    InboundMailbox.sortFiles(
        List.of(
            new ReceivedMail.File("invoice.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
            new ReceivedMail.File("setup.exe", new byte[] {1}),
            new ReceivedMail.File("empty.txt", new byte[0]),
            new ReceivedMail.File("huge.pdf", new byte[(int) AttachmentPolicy.MAX_BYTES + 1]),
            new ReceivedMail.File("../../etc/notes.txt", "x".getBytes(StandardCharsets.US_ASCII))),
        kept,
        refused);

    assertThat(kept)
        .extracting(ReceivedMail.File::name)
        .containsExactly("invoice.pdf", ".._.._etc_notes.txt");
    assertThat(refused).hasSize(3);
    assertThat(refused.get(0)).startsWith("setup.exe (");
    assertThat(refused.get(1)).startsWith("empty.txt (");
    assertThat(refused.get(2)).startsWith("huge.pdf (");
  }
}
