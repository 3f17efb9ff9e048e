package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.redress.it.SurveyIT;

/** The complainant follows the invitation's link, rates the handling, and cannot rate twice. */
class SurveyBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();
  private GreenMail smtp;

  @BeforeEach
  void aMailServer() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("redress.smtp.port", 3025), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stopIt() {
    smtp.stop();
  }

  @Test
  void theComplainantRatesTheHandlingOnceThroughTheLink() throws Exception {
    String address = Cases.marker() + "@example.com";
    String ref = SurveyIT.closedComplaintOf(address);
    MimeMessage invitation = invitationTo(address);
    String token = SurveyIT.tokenFrom(invitation);

    browser.open("/public/survey.xhtml?t=" + token);
    assertThat(browser.text("reference")).isEqualTo(ref);
    browser.submit("survey:send");
    assertThat(browser.pageText()).contains("is required");

    browser
        .click("survey:overall:1")
        .click("survey:timely:0")
        .type("survey:comment", "Friendly, and the refund came in time.")
        .submit("survey:send");
    assertThat(browser.text("thanks")).isEqualTo(text.get("survey.thanks"));

    browser.open("/public/survey.xhtml?t=" + token);
    assertThat(browser.text("closed")).isEqualTo(text.get("survey.alreadyAnswered"));
    assertThat(browser.isPresent(By.id("survey"))).isFalse();

    browser.signIn("handler").open("/app/complaint.xhtml?ref=" + ref);
    assertThat(browser.text("timeline"))
        .contains(text.get("event.SATISFACTION_RATED"))
        .contains("4/5");
  }

  @Test
  void anUnknownLinkSaysSoAndShowsNoForm() {
    browser.open("/public/survey.xhtml?t=nothing-here");
    assertThat(browser.text("surveyMessages")).contains("not valid");
    assertThat(browser.isPresent(By.id("survey"))).isFalse();
  }

  private MimeMessage invitationTo(String address) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      Optional<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> isInvitationTo(m, address))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No survey invitation reached " + address);
  }

  private static boolean isInvitationTo(MimeMessage mail, String address) {
    try {
      return mail.getMessageID().contains(".survey-invitation.")
          && Optional.ofNullable(mail.getHeader("To", ",")).orElse("").contains(address);
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}
