package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The complaints mailbox (GreenMail IMAP on 3143, user "complaints", which the build's server reads
 * every 20 s): a new mail becomes a complaint, a reply lands on its case, an auto-reply is left
 * alone.
 */
class InboundMailIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String MAILBOX = "complaints@redress.test";

  private GreenMail mail;

  @BeforeEach
  void aMailbox() {
    mail = new GreenMail(ServerSetupTest.SMTP_IMAP);
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

    eventually(
        "the reply is on the case",
        () -> {
          List<String> types =
              as("handler")
                  .get("/complaints/{ref}", reference)
                  .then()
                  .extract()
                  .jsonPath()
                  .getList("events.type");
          return types.contains("CORRESPONDENCE_RECEIVED") ? true : null;
        });
    Thread.sleep(2_000);
    assertThat(searchCount(marker)).isEqualTo(1);
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

  private void send(String from, String subject, String body, String autoSubmitted)
      throws Exception {
    MimeMessage message =
        GreenMailUtil.createTextEmail(MAILBOX, from, subject, body, ServerSetupTest.SMTP);
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

  private static <T> T eventually(String what, Supplier<T> probe) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s in vain for " + what);
  }
}
