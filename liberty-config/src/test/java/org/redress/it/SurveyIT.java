package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction survey (ISO 10002 8.3) in the real server: the invitation mail after closing
 * with its tokenised link, answering once through the public API, wrong answers refused with
 * nothing stored, a low score alerting the manager, the rating on the case, and the summary.
 */
public class SurveyIT {

  private static final Pattern LINK =
      Pattern.compile("/public/survey\\.xhtml\\?t=([A-Za-z0-9_-]+)");

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
  void aClosedComplaintGetsOneInvitationAndALowAnswerAlertsTheManager() throws Exception {
    String address = Api.marker() + "@example.com";
    String manager = Api.marker() + "@example.com";
    Map<String, Object> escalation =
        as("admin").get("/service-levels").jsonPath().getMap("escalation");
    Map<String, Object> changed = new LinkedHashMap<>(escalation);
    changed.put("managerEmail", manager);
    as("admin").body(changed).put("/service-levels/escalation").then().statusCode(200);
    try {
      String ref = closedComplaintOf(address);
      String token =
          tokenFrom(eventually("the invitation", () -> mail(address, "survey-invitation")));
      JsonPath before = summary();

      Api.anonymous()
          .get("/public/surveys/{t}", token)
          .then()
          .statusCode(200)
          .body("reference", equalTo(ref))
          .body("answered", equalTo(false));
      Api.anonymous()
          .body(Map.of("overall", 7, "fair", 0))
          .post("/public/surveys/{t}", token)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("overall"))
          .body("errors.field", hasItem("fair"));
      Api.anonymous().get("/public/surveys/{t}", token).then().body("answered", equalTo(false));

      Api.anonymous()
          .body(Map.of("overall", 2, "timely", 1, "comment", "Nobody called me back."))
          .post("/public/surveys/{t}", token)
          .then()
          .statusCode(200)
          .body("answered", equalTo(true));
      Api.anonymous()
          .body(Map.of("overall", 5))
          .post("/public/surveys/{t}", token)
          .then()
          .statusCode(409);

      MimeMessage alert =
          eventually("the manager's alert", () -> mail(manager, "staff-low-satisfaction"));
      assertThat(alert.getSubject()).startsWith("[" + ref + "]").contains("2");
      List<Map<String, Object>> events =
          as("handler").get("/complaints/{r}", ref).jsonPath().getList("events");
      Map<String, Object> rated = events.get(events.size() - 1);
      assertThat(rated.get("type")).isEqualTo("SATISFACTION_RATED");
      assertThat((String) rated.get("details")).contains("2/5").contains("Nobody called me back.");
      List<Map<String, Object>> seenByAuditor =
          as("auditor").get("/complaints/{r}", ref).jsonPath().getList("events");
      assertThat((String) seenByAuditor.get(seenByAuditor.size() - 1).get("details"))
          .contains("2/5")
          .doesNotContain("Nobody called me back.");

      JsonPath after = summary();
      assertThat(after.getLong("answered")).isEqualTo(before.getLong("answered") + 1);
      assertThat(after.getLong("low")).isEqualTo(before.getLong("low") + 1);
      assertThat(mails(address, "survey-invitation")).hasSize(1);
    } finally {
      as("admin").body(escalation).put("/service-levels/escalation").then().statusCode(200);
    }
  }

  @Test
  void anUnknownLinkRevealsNothing() {
    Api.anonymous().get("/public/surveys/{t}", "not-a-real-token").then().statusCode(404);
    Api.anonymous()
        .body(Map.of("overall", 5))
        .post("/public/surveys/{t}", "not-a-real-token")
        .then()
        .statusCode(404);
  }

  @Test
  void aComplaintClosedAsNotAComplaintGetsNoInvitation() {
    String address = Api.marker() + "@example.com";
    String ref = complaintFrom(address);
    Api.ok(
        "handler", ref, "closure", Map.of("outcome", "NOT_A_COMPLAINT", "reason", "A question."));
    // The invitation would be written in the closing transaction, so none now means none ever.
    assertThat(Api.outbox(ref).stream().map(m -> String.valueOf(m.get("target"))))
        .doesNotContain(address);
  }

  /** A complaint walked to a decision its complainant accepted, then closed as resolved. */
  public static String closedComplaintOf(String address) {
    String ref = complaintFrom(address);
    Api.ok("handler", ref, "acknowledgement", Map.of("channel", "PHONE"));
    Api.ok("handler", ref, "assessment", Api.assessment());
    Api.ok("manager", ref, "assignment", Map.of("assignee", "handler"));
    Api.ok(
        "handler",
        ref,
        "response",
        Map.of("remedyType", "APOLOGY", "summary", "We are sorry for the delay."));
    Api.ok("handler", ref, "decision", Map.of("channel", "PHONE"));
    Api.ok("handler", ref, "complainant-reply", Map.of("accepted", true));
    Api.ok("handler", ref, "closure", Map.of("outcome", "RESOLVED"));
    return ref;
  }

  public static String complaintFrom(String address) {
    Map<String, Object> body = new LinkedHashMap<>(Api.complaint(Api.marker()));
    Map<String, Object> complainant = new LinkedHashMap<>();
    complainant.put("name", "Sina Survey");
    complainant.put("email", address);
    complainant.put("preferredContact", "EMAIL");
    complainant.put("language", "en");
    body.put("complainant", complainant);
    return as("handler")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  /** The token of the survey link in the mail's plain-text part. */
  public static String tokenFrom(MimeMessage mail) throws Exception {
    String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as("a survey link in %s", text).isTrue();
    return link.group(1);
  }

  private static JsonPath summary() {
    return as("manager").get("/surveys/summary").then().statusCode(200).extract().jsonPath();
  }

  private MimeMessage mail(String address, String event) {
    return mail(smtp, address, event);
  }

  private List<MimeMessage> mails(String address, String event) {
    return mails(smtp, address, event);
  }

  /**
   * The first mail of an event (a template's name, e.g. survey-invitation) to an address, or null.
   */
  static MimeMessage mail(GreenMailOperations smtp, String address, String event) {
    return mails(smtp, address, event).stream().findFirst().orElse(null);
  }

  private static List<MimeMessage> mails(GreenMailOperations smtp, String address, String event) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getMessageID().contains("." + event + ".")
                    && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
