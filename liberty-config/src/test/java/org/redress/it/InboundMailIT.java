package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The complaints mailbox (GreenMail IMAP on the build's IMAP port, 3143 unless moved, user
 * "complaints", which the build's server reads every 20 s): a new mail becomes a complaint, a reply
 * lands on its case, an auto-reply is left alone.
 */
class InboundMailIT {

  private static final String MAILBOX = "complaints@redress.test";

  private GreenMail mail;

  @BeforeEach
  void aMailbox() {
    mail = new GreenMail(TestMailServer.smtpAndImap());
    mail.start();
    mail.setUser(MAILBOX, "complaints", "complaints");
  }

  @AfterEach
  void stopIt() {
    mail.stop();
  }

  @Test
  void aNewMailBecomesAComplaintAndAReplyLandsOnItsCase() throws Exception {
    String marker = Api.marker();
    String sender = marker + "@example.com";
    send(sender, "My kettle leaks", "The kettle I bought leaks since Monday. " + marker, null);

    Map<String, Object> complaint =
        eventually(
            "the mail becomes a complaint",
            () -> {
              List<Map<String, Object>> found =
                  as("handler")
                      .queryParam("q", marker)
                      .get("/complaints")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath()
                      .getList("items");
              return found.isEmpty() ? null : found.get(0);
            });
    String reference = (String) complaint.get("reference");
    as("handler")
        .get("/complaints/{ref}", reference)
        .then()
        .statusCode(200)
        .body("channel", org.hamcrest.Matchers.equalTo("EMAIL"))
        .body("complainant.email", org.hamcrest.Matchers.equalTo(sender))
        .body("description", org.hamcrest.Matchers.containsString("leaks since Monday"));

    send(
        sender,
        "AW: [" + reference + "] We have received your complaint",
        "Any news? " + marker,
        null);

    String details =
        eventually(
            "the reply is on the case",
            () ->
                as("handler")
                    .get("/complaints/{ref}", reference)
                    .then()
                    .extract()
                    .jsonPath()
                    .<String>getString(
                        "events.find { it.type == 'CORRESPONDENCE_RECEIVED' }.details"));
    assertThat(details)
        .contains("Mail from " + sender)
        .contains("[" + reference + "] We have received your complaint")
        .doesNotContain("AW:")
        .contains("Any news? " + marker);
    // The reply was handled as correspondence (once, by its Message-ID), so no second complaint.
    assertThat(searchCount(marker)).isEqualTo(1);
  }

  @Test
  void attachedFilesAreKeptOnTheCaseWithinTheAttachmentRules() throws Exception {
    String marker = Api.marker();
    String sender = marker + "@example.com";
    MimeMessage message =
        GreenMailUtil.createTextEmail(
            MAILBOX,
            sender,
            "Photo of the crack",
            "See the photo. " + marker,
            TestMailServer.smtp());
    jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
    text.setText("See the photo and the invoice. " + marker, "UTF-8");
    jakarta.mail.internet.MimeBodyPart invoice = new jakarta.mail.internet.MimeBodyPart();
    invoice.setFileName("invoice.pdf");
    invoice.setDisposition(jakarta.mail.Part.ATTACHMENT);
    invoice.setDataHandler(
        new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(
                "%PDF-1.4 invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "application/pdf")));
    jakarta.mail.internet.MimeBodyPart program = new jakarta.mail.internet.MimeBodyPart();
    program.setFileName("setup.exe");
    program.setDisposition(jakarta.mail.Part.ATTACHMENT);
    program.setDataHandler(
        new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(
                new byte[] {77, 90, 1, 2}, "application/octet-stream")));
    message.setContent(new jakarta.mail.internet.MimeMultipart(text, invoice, program));
    message.saveChanges();
    GreenMailUtil.sendMimeMessage(message);

    String reference =
        eventually(
            "the mail becomes a complaint",
            () -> {
              List<String> found =
                  as("handler")
                      .queryParam("q", marker)
                      .get("/complaints")
                      .then()
                      .extract()
                      .jsonPath()
                      .getList("items.reference");
              return found.isEmpty() ? null : found.get(0);
            });
    as("handler")
        .get("/complaints/{ref}", reference)
        .then()
        .body("description", org.hamcrest.Matchers.containsString("See the photo and the invoice."))
        .body("description", org.hamcrest.Matchers.containsString("setup.exe"));
    try (java.sql.Connection db = TheDatabase.connect();
        java.sql.PreparedStatement files =
            db.prepareStatement(
                "SELECT a.FILE_NAME, a.SIZE_BYTES FROM ATTACHMENT a JOIN COMPLAINT c"
                    + " ON c.ID = a.COMPLAINT_ID WHERE c.REFERENCE = ?")) {
      files.setString(1, reference);
      try (java.sql.ResultSet row = files.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("invoice.pdf");
        assertThat(row.getLong(2)).isEqualTo(16);
        assertThat(row.next()).isFalse();
      }
    }
  }

  @Test
  void anAutoReplyIsNotAComplaint() throws Exception {
    String marker = Api.marker();
    send(
        marker + "@example.com",
        "Out of office",
        "I am away until Monday. " + marker,
        "auto-replied");
    String control = Api.marker();
    send(control + "@example.com", "Broken lid", "The lid broke. " + control, null);

    eventually("the ordinary mail is read", () -> searchCount(control) == 1 ? true : null);
    assertThat(searchCount(marker)).isZero();
  }

  @Test
  void aMailInGermanBecomesAGermanComplaintAcknowledgedInGermanWhenThePolicySaysSo()
      throws Exception {
    Api.automaticAcknowledgement(true);
    try {
      String marker = Api.marker();
      String sender = marker + "@example.com";
      MimeMessage message =
          GreenMailUtil.createTextEmail(
              MAILBOX,
              sender,
              "Wasserkocher undicht",
              "Mein Wasserkocher ist seit Montag undicht. " + marker,
              TestMailServer.smtp());
      message.setHeader("Content-Language", "de");
      GreenMailUtil.sendMimeMessage(message);

      String reference =
          eventually(
              "the mail becomes a complaint",
              () -> {
                List<String> found =
                    as("handler")
                        .queryParam("q", marker)
                        .get("/complaints")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.reference");
                return found.isEmpty() ? null : found.get(0);
              });
      as("handler")
          .get("/complaints/{ref}", reference)
          .then()
          .statusCode(200)
          .body("complainant.language", org.hamcrest.Matchers.equalTo("de"))
          .body("status", org.hamcrest.Matchers.equalTo("ACKNOWLEDGED"));

      MimeMessage acknowledgement =
          eventually(
              "the acknowledgement to " + sender,
              () ->
                  java.util.Arrays.stream(mail.getReceivedMessages())
                      .filter(m -> sender.equals(recipient(m)))
                      .findFirst()
                      .orElse(null));
      assertThat(acknowledgement.getSubject())
          .isEqualTo("[" + reference + "] Wir haben Ihre Beschwerde erhalten");
      assertThat(GreenMailUtil.getBody(acknowledgement)).contains("Ihr Aktenzeichen: " + reference);
    } finally {
      Api.automaticAcknowledgement(false);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      jakarta.mail.Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
      return to == null || to.length == 0
          ? ""
          : ((jakarta.mail.internet.InternetAddress) to[0]).getAddress();
    } catch (jakarta.mail.MessagingException unreadable) {
      return "";
    }
  }

  private void send(String from, String subject, String body, String autoSubmitted)
      throws Exception {
    MimeMessage message =
        GreenMailUtil.createTextEmail(MAILBOX, from, subject, body, TestMailServer.smtp());
    if (autoSubmitted != null) {
      message.setHeader("Auto-Submitted", autoSubmitted);
    }
    GreenMailUtil.sendMimeMessage(message);
  }

  private static int searchCount(String marker) {
    return as("handler")
        .queryParam("q", marker)
        .get("/complaints")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }
}
