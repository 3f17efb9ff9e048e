package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service levels in the real server: rules and calendars refused field by field, the clock that
 * stops while the organisation waits for the complainant, and the deadline watch that warns and
 * escalates, tried with the test server's clock moved forward (redress.clock.offset, a server
 * variable the test server reads afresh).
 */
class ServiceLevelIT {

  private static final String CATEGORY = "COMPLAINTS_HANDLING";

  private GreenMail smtp;

  @BeforeEach
  void aMailServer() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("redress.smtp.port", 3025), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stopIt() throws Exception {
    smtp.stop();
    ServerClock.reset();
  }

  @Test
  void wrongRulesAndCalendarsAreRefusedAtTheirFieldAndNothingIsStored() {
    String before = as("admin").get("/service-levels").asString();

    as("admin")
        .body(rule(null, "HIGH", 50, 40, 80))
        .put("/service-levels/rules")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("acknowledgeHours"));
    as("admin")
        .body(rule("NO_SUCH_CATEGORY", null, 1, 2, 3))
        .put("/service-levels/rules")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
    as("admin")
        .body(calendar("Mars office", "Mars/Olympus_Mons", "17:00", "09:00"))
        .post("/service-levels/calendars")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("timeZone"))
        .body("errors.field", hasItem("dayEnd"));
    as("admin")
        .delete("/service-levels/rules/{scope}", "*:HIGH")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("scope"));
    as("handler").get("/service-levels").then().statusCode(403);

    assertThat(as("admin").get("/service-levels").asString()).isEqualTo(before);
  }

  @Test
  void aRequestForInformationStopsTheClockUntilTheAnswerAndTheDeadlineMovesByTheWait()
      throws Exception {
    String address = Api.marker() + "@example.com";
    String ref = complaintFrom(address, "PRODUCT_QUALITY");
    Api.ok("handler", ref, "acknowledgement", Map.of("channel", "PHONE"));
    Api.ok("handler", ref, "assessment", Api.assessment());
    Api.ok("manager", ref, "assignment", Map.of("assignee", "handler"));
    Instant responseDue = Instant.parse(details(ref).getString("responseDueAt"));
    Instant resolutionDue = Instant.parse(details(ref).getString("resolutionDueAt"));

    JsonPath asked =
        Api.step(
                "handler",
                ref,
                "information-requests",
                Map.of("question", "Which serial number is on the base?", "channel", "EMAIL"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(asked.getString("pauseReason")).isEqualTo("INFORMATION_REQUESTED");
    Instant pausedSince = Instant.parse(asked.getString("pausedSince"));
    MimeMessage request =
        eventually(
            "the request for information", () -> mailTo(address, "information-request", ref));
    assertThat(request.getSubject()).startsWith("[" + ref + "]");
    assertThat(request.getMessageID()).contains(".information-request.");

    ServerClock.move(Duration.ofHours(3));
    JsonPath answered =
        Api.step(
                "handler",
                ref,
                "information",
                Map.of("text", "SN 4711-22, read out on the phone", "channel", "PHONE"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answered.getString("pausedSince")).isNull();
    List<String> types = Api.eventTypes(ref);
    assertThat(types).contains("INFORMATION_REQUESTED", "INFORMATION_RECEIVED");
    // Round the clock: the deadlines move by the time waited, counted in whole minutes.
    Duration moved =
        Duration.between(responseDue, Instant.parse(answered.getString("responseDueAt")));
    Duration waited =
        Duration.between(pausedSince, lastEventTime(answered, "INFORMATION_RECEIVED"));
    assertThat(moved).isGreaterThanOrEqualTo(Duration.ofMinutes(179));
    assertThat(moved.toMinutes()).isEqualTo(waited.toMinutes());
    assertThat(Instant.parse(answered.getString("resolutionDueAt")))
        .isEqualTo(resolutionDue.plus(moved));
  }

  @Test
  void aMissedDeadlineWarnsThenEscalatesToTheManagerThenTheOfficerWithMailsOnAMovedClock()
      throws Exception {
    String manager = Api.marker() + "@example.com";
    String officer = Api.marker() + "@example.com";
    Map<String, Object> escalationBefore =
        as("admin").get("/service-levels").jsonPath().getMap("escalation");
    as("admin")
        .body(Map.of("managerEmail", manager, "officerEmail", officer, "officerAfterHours", 1))
        .put("/service-levels/escalation")
        .then()
        .statusCode(200);
    as("admin")
        .body(rule(CATEGORY, "MEDIUM", 1, 2, 3))
        .put("/service-levels/rules")
        .then()
        .statusCode(200);
    try {
      ServerClock.await(Duration.ZERO);
      String ref = complaintFrom(Api.marker() + "@example.com", CATEGORY);
      JsonPath received = details(ref);
      assertThat(received.getString("watchedDeadline")).isEqualTo("ACKNOWLEDGEMENT");
      assertThat(
              Duration.between(
                  Instant.parse(received.getString("receivedAt")),
                  Instant.parse(received.getString("acknowledgementDueAt"))))
          .isEqualTo(Duration.ofHours(1));

      ServerClock.move(Duration.ofMinutes(50));
      eventually("the 80% warning", () -> hasEvent(ref, "DEADLINE_WARNING"));
      assertThat(details(ref).getString("alertLevel")).isEqualTo("WARNED");
      // Nobody is assigned yet, so the manager is warned.
      MimeMessage warning =
          eventually("the warning", () -> mailTo(manager, "staff-deadline-warning", ref));
      assertThat(warning.getSubject()).startsWith("[" + ref + "]");

      ServerClock.move(Duration.ofMinutes(65));
      eventually("the escalation to the manager", () -> hasEvent(ref, "DEADLINE_MISSED"));
      assertThat(details(ref).getString("alertLevel")).isEqualTo("MANAGER");
      MimeMessage toManager =
          eventually("the manager's mail", () -> mailTo(manager, "escalation-notice", ref));
      assertThat(toManager.getSubject()).startsWith("[" + ref + "]");

      ServerClock.move(Duration.ofMinutes(130));
      eventually(
          "the escalation to the complaints officer",
          () -> "COMPLAINTS_OFFICER".equals(details(ref).getString("alertLevel")) ? true : null);
      MimeMessage toOfficer =
          eventually("the officer's mail", () -> mailTo(officer, "escalation-notice", ref));
      assertThat(toOfficer.getSubject()).startsWith("[" + ref + "]");
      assertThat(Api.eventTypes(ref).stream().filter("DEADLINE_MISSED"::equals).count())
          .isEqualTo(2);
    } finally {
      as("admin").delete("/service-levels/rules/{scope}", CATEGORY + ":MEDIUM");
      Map<String, Object> restore = new LinkedHashMap<>(escalationBefore);
      as("admin").body(restore).put("/service-levels/escalation").then().statusCode(200);
    }
  }

  private static Boolean hasEvent(String ref, String type) {
    return Api.eventTypes(ref).contains(type) ? true : null;
  }

  /**
   * The mail of this event (its Message-ID names it) about this case to this address, once it
   * arrived. Other cases' alerts may go to the same address while the clock is moved.
   */
  private MimeMessage mailTo(String address, String event, String ref) {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(MimeMessage.class::cast)
        .filter(
            m -> {
              try {
                return m.getMessageID().contains("." + event + ".")
                    && m.getSubject().startsWith("[" + ref + "]")
                    && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .findFirst()
        .orElse(null);
  }

  private static JsonPath details(String ref) {
    return as("handler").get("/complaints/{ref}", ref).then().statusCode(200).extract().jsonPath();
  }

  private static Instant lastEventTime(JsonPath details, String type) {
    List<Map<String, Object>> events = details.getList("events");
    return events.stream()
        .filter(e -> type.equals(e.get("type")))
        .map(e -> Instant.parse((String) e.get("occurredAt")))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String complaintFrom(String address, String category) {
    Map<String, Object> body = new LinkedHashMap<>(Api.complaint(Api.marker()));
    Map<String, Object> complainant = new LinkedHashMap<>();
    complainant.put("name", "Erika Example");
    complainant.put("email", address);
    complainant.put("preferredContact", "EMAIL");
    complainant.put("language", "en");
    body.put("complainant", complainant);
    body.put("category", category);
    return as("handler")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static Map<String, Object> rule(
      String category, String priority, int acknowledge, int respond, int resolve) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("category", category);
    rule.put("priority", priority);
    rule.put("calendarId", 1);
    rule.put("acknowledgeHours", acknowledge);
    rule.put("respondHours", respond);
    rule.put("resolveHours", resolve);
    return rule;
  }

  private static Map<String, Object> calendar(
      String name, String zone, String dayStart, String dayEnd) {
    return Map.of(
        "name",
        name,
        "timeZone",
        zone,
        "workingDays",
        List.of("MONDAY", "TUESDAY"),
        "dayStart",
        dayStart,
        "dayEnd",
        dayEnd,
        "holidays",
        List.of());
  }
}
