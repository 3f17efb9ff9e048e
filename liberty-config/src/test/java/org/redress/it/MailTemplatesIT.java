package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The administrators' own versions of the mail templates over the API: a saved version is sent
 * instead of the default until it is reset, a preview renders a draft with sample values and stores
 * nothing, and a template that cannot be used is refused with 422, naming each part, and changes
 * nothing. Every test puts the defaults back, whatever happens.
 */
class MailTemplatesIT {

  private static final String DEFAULT_GERMAN_SUBJECT =
      "[{{reference}}] Wir haben Ihre Beschwerde erhalten";

  @Test
  void aSavedVersionIsSentInsteadOfTheDefaultUntilItIsReset() throws Exception {
    String marker = Api.marker();
    try {
      as("admin")
          .body(
              Map.of(
                  "subject", "[{{reference}}] Eingang bestätigt " + marker,
                  "text", "Guten Tag {{name}},\n\nIhr Aktenzeichen: {{reference}} " + marker + "\n",
                  "html", "<p>Guten Tag {{name}}, {{reference}} " + marker + "</p>"))
          .put("/mail-templates/acknowledgement/de")
          .then()
          .statusCode(200)
          .body("customised", equalTo(true))
          .body("updatedBy", equalTo("admin"))
          .body("subject", equalTo("[{{reference}}] Eingang bestätigt " + marker));
      as("admin")
          .get("/mail-templates")
          .then()
          .statusCode(200)
          .body(
              "find { it.event == 'acknowledgement' && it.language == 'de' }.customised",
              equalTo(true))
          .body(
              "find { it.event == 'acknowledgement' && it.language == 'en' }.customised",
              equalTo(false))
          .body(
              "event",
              hasItems(
                  "information-request",
                  "recourse",
                  "survey-invitation",
                  "staff-assigned",
                  "staff-deadline-warning",
                  "staff-deadline-missed",
                  "escalation-notice"));

      String reference = acknowledgedByMail();
      assertThat(mailPayload(reference))
          .contains("[" + reference + "] Eingang bestätigt " + marker)
          .contains("Ihr Aktenzeichen: " + reference + " " + marker);

      as("admin")
          .delete("/mail-templates/acknowledgement/de")
          .then()
          .statusCode(200)
          .body("customised", equalTo(false))
          .body("updatedBy", nullValue())
          .body("subject", equalTo(DEFAULT_GERMAN_SUBJECT));
      String afterReset = acknowledgedByMail();
      assertThat(mailPayload(afterReset))
          .contains("[" + afterReset + "] Wir haben Ihre Beschwerde erhalten")
          .doesNotContain(marker);

      List<Map<String, Object>> trail =
          as("auditor")
              .queryParam("recordType", "MailTemplate")
              .queryParam("recordKey", "acknowledgement/de")
              .get("/audit-trail")
              .then()
              .statusCode(200)
              .extract()
              .path("$");
      List<Map<String, Object>> ours =
          trail.stream().filter(e -> String.valueOf(e.get("changes")).contains(marker)).toList();
      assertThat(ours).extracting(e -> e.get("action")).containsExactly("CHANGE", "RESET");
      assertThat(ours).extracting(e -> e.get("actor")).containsOnly("admin");
      assertThat((String) ours.get(0).get("changes"))
          .contains("\"customised\":{\"from\":\"false\",\"to\":\"true\"}");
    } finally {
      reset("acknowledgement", "de");
    }
  }

  @Test
  void aVersionBrokenBehindRedresssBackNeverStopsTheMailItGoesOutFromTheDefault() throws Exception {
    try (Connection db = TheDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO MAIL_TEMPLATE (EVENT, LANGUAGE, SUBJECT, TEXT_BODY, HTML_BODY,"
                    + " UPDATED_BY, UPDATED_AT, VERSION)"
                    + " VALUES ('acknowledgement', 'de', '[{{reference}}] {{#oops}}', '{{oops}}',"
                    + " '<p>{{oops}}</p>', 'database', CURRENT_TIMESTAMP, 1)")) {
      insert.executeUpdate();
    }
    try {
      as("admin")
          .get("/mail-templates/acknowledgement/de")
          .then()
          .statusCode(200)
          .body("customised", equalTo(true));

      String reference = acknowledgedByMail();
      assertThat(mailPayload(reference))
          .contains("[" + reference + "] Wir haben Ihre Beschwerde erhalten")
          .doesNotContain("oops");
    } finally {
      reset("acknowledgement", "de");
    }
  }

  @Test
  void aPreviewRendersTheDraftWithSampleValuesAndStoresNothing() {
    as("admin")
        .body(
            Map.of(
                "subject", "[{{reference}}] A question for you, {{name}}",
                "text", "{{question}}\n{{trackingLink}}",
                "html", "<p>{{question}} <a href=\"{{trackingLink}}\">status</a></p>"))
        .post("/mail-templates/information-request/en/preview")
        .then()
        .statusCode(200)
        .body("subject", equalTo("[CMP-2026-000042] A question for you, Anna Müller"))
        .body("text", startsWith("Could you send us a photo"))
        .body("text", containsString("status.xhtml?ref=CMP-2026-000042&code=7K3M9Q2X"))
        .body("html", containsString("status.xhtml?ref=CMP-2026-000042&amp;code=7K3M9Q2X"));

    assertThat(storedCustomised("information-request", "en")).isFalse();
  }

  @Test
  void theGermanPreviewUsesGermanSamplesAndTheStoredTemplateIsTheDefault() {
    Map<String, Object> stored =
        as("manager")
            .get("/mail-templates/recourse/de")
            .then()
            .statusCode(200)
            .body("customised", equalTo(false))
            .body("audience", equalTo("COMPLAINANT"))
            .body("variables.name", hasItems("name", "reference", "recourse", "escalated"))
            .body("variables.find { it.name == 'escalated' }.presence", equalTo("FLAG"))
            .extract()
            .path("$");

    as("manager")
        .body(
            Map.of(
                "subject", stored.get("subject"),
                "text", stored.get("text"),
                "html", stored.get("html")))
        .post("/mail-templates/recourse/de/preview")
        .then()
        .statusCode(200)
        .body("subject", startsWith("[CMP-2026-000042] Ihre Beschwerde"))
        .body("text", containsString("Schlichtungsstelle (ISO 10003)"))
        .body("html", containsString("<html lang=\"de\">"));
  }

  @Test
  void aTemplateThatCannotBeUsedIsRefusedWith422AtEachPartAndNothingIsStored() {
    Map<String, String> bad =
        Map.of(
            "subject", "Thanks, {{name}} {{customerNumber}}",
            "text", "Dear {{name}},\n\n{{#message}}\n{{message}}\n",
            "html", "<p>{{{name}}}</p>");
    try {
      for (Response refused :
          List.of(
              as("admin").body(bad).put("/mail-templates/survey-invitation/en"),
              as("admin").body(bad).post("/mail-templates/survey-invitation/en/preview"))) {
        refused
            .then()
            .statusCode(422)
            .contentType(startsWith("application/problem+json"))
            .body("type", equalTo("urn:redress:problem:invalid-template"))
            .body("errors.field", hasItems("subject", "text", "html"))
            .body("errors.find { it.field == 'text' }.message", containsString("line 3"))
            .body(
                "errors.find { it.field == 'subject' }.message",
                containsString("It can use: name, reference, trackingCode"));
      }
      as("admin")
          .body(Map.of("subject", "Thanks", "text", "{{surveyLink}}", "html", "<p>ok</p>"))
          .put("/mail-templates/survey-invitation/en")
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("subject"))
          .body("errors[0].message", containsString("{{reference}}"));

      as("admin")
          .get("/mail-templates/survey-invitation/en")
          .then()
          .statusCode(200)
          .body("customised", equalTo(false))
          .body("subject", equalTo("[{{reference}}] How did we handle your complaint?"));
    } finally {
      reset("survey-invitation", "en");
    }
  }

  @Test
  void onlyAdministratorsChangeTemplatesAndUnknownOnesAreNotFound() {
    Map<String, String> fine =
        Map.of("subject", "[{{reference}}] Hi", "text", "{{name}}", "html", "<p>{{name}}</p>");
    try {
      as("manager").body(fine).put("/mail-templates/decision/en").then().statusCode(403);
      as("manager").delete("/mail-templates/decision/en").then().statusCode(403);
      as("handler").get("/mail-templates").then().statusCode(403);
      as("auditor").get("/mail-templates/decision/en").then().statusCode(200);

      as("admin").get("/mail-templates/no-such-mail/en").then().statusCode(404);
      as("admin").body(fine).put("/mail-templates/decision/fr").then().statusCode(404);
      as("admin")
          .post("/mail-templates/decision/en/preview")
          .then()
          .statusCode(400)
          .body("type", equalTo("urn:redress:problem:malformed-body"));
      as("admin")
          .body("null")
          .post("/mail-templates/decision/en/preview")
          .then()
          .statusCode(422)
          .body("errors.field", hasItems("subject", "text", "html"));
    } finally {
      reset("decision", "en");
    }
    assertThat(storedCustomised("decision", "en")).isFalse();
  }

  /** A new complaint from a German complainant, acknowledged by mail; returns its reference. */
  private static String acknowledgedByMail() {
    String reference = Api.create();
    Api.ok("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));
    return reference;
  }

  /** The mail the outbox holds for a complaint, as the JSON it will be sent from. */
  private static String mailPayload(String reference) throws InterruptedException {
    return eventually(
        "the acknowledgement of " + reference + " in the outbox",
        () ->
            Api.outbox(reference).stream()
                .filter(m -> "mail.send".equals(m.get("topic")))
                .map(m -> (String) m.get("payload"))
                .findFirst()
                .orElse(null));
  }

  private static boolean storedCustomised(String event, String language) {
    return as("admin")
        .get("/mail-templates/{event}/{language}", event, language)
        .then()
        .statusCode(200)
        .extract()
        .path("customised");
  }

  private static void reset(String event, String language) {
    as("admin")
        .delete("/mail-templates/{event}/{language}", event, language)
        .then()
        .statusCode(200);
  }
}
