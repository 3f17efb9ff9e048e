package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail through the outbox to an SMTP server on loopback (GreenMail on the build's SMTP port, 3025
 * unless moved, where the build's server sends): the acknowledgement reaches the complainant in
 * their language, and one written while the mail server was down goes out, with the same
 * Message-ID, once it is back.
 */
class MailIT {

  private GreenMail smtp;

  @BeforeEach
  void aMailServer() {
    smtp = new GreenMail(TestMailServer.smtp());
    smtp.start();
  }

  @AfterEach
  void stopIt() {
    smtp.stop();
  }

  @Test
  void theAcknowledgementArrivesInEnglishWithTheReferenceAndTrackingLink() throws Exception {
    String address = Api.marker() + "@example.com";
    String reference = complaint(address, "en");
    Api.ok("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));

    MimeMessage mail = awaitMailTo(address);
    assertThat(mail.getSubject()).isEqualTo("[" + reference + "] We have received your complaint");
    assertThat(mail.getMessageID()).startsWith("<" + reference.toLowerCase() + ".acknowledgement.");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body)
        .contains("Your reference: " + reference)
        .contains("/public/status.xhtml?ref=" + reference + "&code=")
        .contains("What happens next");
  }

  @Test
  void theAcknowledgementArrivesInGermanForAGermanComplainant() throws Exception {
    String address = Api.marker() + "@example.com";
    String reference = complaint(address, "de");
    Api.ok(
        "handler",
        reference,
        "acknowledgement",
        Map.of("channel", "EMAIL", "message", "Wir rufen Sie morgen an."));

    MimeMessage mail = awaitMailTo(address);
    assertThat(mail.getSubject())
        .isEqualTo("[" + reference + "] Wir haben Ihre Beschwerde erhalten");
    assertThat(GreenMailUtil.getBody(mail))
        .contains("Ihr Aktenzeichen: " + reference)
        .contains("Wir rufen Sie morgen an.");
  }

  @Test
  void theDecisionArrivesWithTheRemedyAndTheRecourse() throws Exception {
    String address = Api.marker() + "@example.com";
    String reference = complaint(address, "en");
    Api.ok("handler", reference, "acknowledgement", Map.of("channel", "PHONE"));
    Api.ok("handler", reference, "assessment", Api.assessment());
    Api.ok("handler", reference, "assignment", Map.of("assignee", "handler"));
    Api.ok(
        "handler",
        reference,
        "response",
        Map.of(
            "remedyType", "REPLACEMENT",
            "summary", "We send you a new machine.",
            "amount", 100,
            "currency", "EUR"));
    Api.ok(
        "handler",
        reference,
        "decision",
        Map.of("channel", "EMAIL", "message", "We replace your machine free of charge."));

    MimeMessage mail = awaitMailTo(address);
    assertThat(mail.getSubject()).isEqualTo("[" + reference + "] Our decision on your complaint");
    assertThat(plainText(mail))
        .contains("We replace your machine free of charge.")
        .contains("What we offer: €100.00")
        .contains("/public/status.xhtml?ref=" + reference)
        .contains("ISO 10003");
  }

  @Test
  void noMailForAnAcknowledgementByPhone() throws Exception {
    String address = Api.marker() + "@example.com";
    String reference = complaint(address, "en");
    Api.ok("handler", reference, "acknowledgement", Map.of("channel", "PHONE"));

    // A mail is written in the step's own transaction, so none in the outbox now means none ever.
    assertThat(Api.outbox(reference)).isEmpty();
  }

  @Test
  void aMailWrittenWhileTheMailServerIsDownGoesOutOnceItIsBack() throws Exception {
    smtp.stop();
    String address = Api.marker() + "@example.com";
    String reference = complaint(address, "en");
    Api.ok("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));

    Map<String, Object> waiting =
        eventually(
            "the first attempt fails",
            () ->
                Api.outbox(reference).stream()
                    .filter(m -> ((Number) m.get("attempts")).intValue() >= 1)
                    .findFirst()
                    .orElse(null));
    assertThat(waiting).containsEntry("status", "PENDING").containsEntry("topic", "mail.send");
    assertThat((String) waiting.get("lastError")).contains("Sending failed");

    smtp = new GreenMail(TestMailServer.smtp());
    smtp.start();
    MimeMessage mail = awaitMailTo(address);
    assertThat(mail.getSubject()).contains(reference);
    eventually(
        "the outbox records the delivery",
        () ->
            Api.outbox(reference).stream()
                .filter(m -> "DELIVERED".equals(m.get("status")))
                .findFirst()
                .orElse(null));
    assertThat(mailsTo(address)).hasSize(1);
  }

  @Test
  void withThePolicySwitchedOnAComplaintFromThePublicFormIsAcknowledgedByMailAtOnce()
      throws Exception {
    Api.automaticAcknowledgement(true);
    try {
      String address = Api.marker() + "@example.com";
      Map<String, Object> body = Api.complaint(Api.marker());
      @SuppressWarnings("unchecked")
      Map<String, Object> complainant =
          new HashMap<>((Map<String, Object>) body.get("complainant"));
      complainant.put("email", address);
      complainant.put("language", "de");
      body.put("complainant", complainant);
      String reference =
          Api.fromOwnAddress(Api.freshLoopbackAddress())
              .body(body)
              .post("/public/complaints")
              .then()
              .statusCode(201)
              .extract()
              .path("reference");

      MimeMessage mail = awaitMailTo(address);
      assertThat(mail.getSubject()).startsWith("[" + reference + "] Wir haben");
      as("handler")
          .get("/complaints/{ref}", reference)
          .then()
          .statusCode(200)
          .body("status", org.hamcrest.Matchers.equalTo("ACKNOWLEDGED"))
          .body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
    } finally {
      Api.automaticAcknowledgement(false);
    }
    String address = Api.marker() + "@example.com";
    Map<String, Object> body = Api.complaint(Api.marker());
    @SuppressWarnings("unchecked")
    Map<String, Object> complainant = new HashMap<>((Map<String, Object>) body.get("complainant"));
    complainant.put("email", address);
    body.put("complainant", complainant);
    String reference =
        Api.fromOwnAddress(Api.freshLoopbackAddress())
            .body(body)
            .post("/public/complaints")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    as("handler")
        .get("/complaints/{ref}", reference)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
    assertThat(Api.outbox(reference)).isEmpty();
  }

  private static String complaint(String address, String language) {
    Map<String, Object> body = Api.complaint(Api.marker());
    @SuppressWarnings("unchecked")
    Map<String, Object> complainant = new HashMap<>((Map<String, Object>) body.get("complainant"));
    complainant.put("email", address);
    complainant.put("language", language);
    body.put("complainant", complainant);
    return as("handler")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(address)).toList();
  }

  private MimeMessage awaitMailTo(String address) throws InterruptedException {
    return eventually(
        "a mail to " + address, () -> mailsTo(address).stream().findFirst().orElse(null));
  }

  /** The decoded plain-text part of a mail (the raw body is quoted-printable). */
  private static String plainText(MimeMessage mail) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
    return (String) parts.getBodyPart(0).getContent();
  }

  private static String to(MimeMessage mail) {
    try {
      return Optional.ofNullable(mail.getHeader("To", ",")).orElse("");
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
