package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.redress.it.Api.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The complainant follows the complaint with reference and tracking code, without a login. */
class PublicStatusIT {

  @Test
  void showsTheStageAndDatesWithoutPersonalDataOrNotes() {
    String ref = Api.create();
    Api.ok("handler", ref, "acknowledgement", Map.of());
    Api.ok("handler", ref, "assessment", Api.assessment());
    Api.ok("manager", ref, "assignment", Map.of("assignee", "handler"));
    Api.ok("handler", ref, "investigation-notes", Map.of("text", "INTERNAL-NOTE-secret"));
    String code = as("handler").get("/complaints/{ref}", ref).path("trackingCode");

    String body =
        Api.anonymous()
            .queryParam("code", code.toLowerCase())
            .get("/public/complaints/{ref}", ref)
            .then()
            .statusCode(200)
            .body("reference", equalTo(ref))
            .body("stage", equalTo("UNDER_INVESTIGATION"))
            .body("receivedAt", notNullValue())
            .body("acknowledgedAt", notNullValue())
            .body("responseDueAt", notNullValue())
            .extract()
            .asString();
    assertThat(body)
        .doesNotContain("Test Complainant")
        .doesNotContain("complainant@example.com")
        .doesNotContain("INTERNAL-NOTE-secret")
        .doesNotContain("handler");
  }

  @Test
  void wrongOrMissingCodeRevealsNothing() {
    String ref = Api.create();
    Api.anonymous()
        .queryParam("code", "AAAA-BBBB-CCCC")
        .get("/public/complaints/{ref}", ref)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.anonymous()
        .get("/public/complaints/{ref}", ref)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
  }

  @Test
  void complainantRejectsTheDecisionAndSeesTheRecourse() {
    String ref = Api.decided();
    String code = as("handler").get("/complaints/{ref}", ref).path("trackingCode");
    Api.anonymous()
        .queryParam("code", code)
        .get("/public/complaints/{ref}", ref)
        .then()
        .body("awaitingYourReply", equalTo(true))
        .body("decision", equalTo("A new machine."));
    Api.anonymous()
        .queryParam("code", code)
        .body(Map.of("accepted", false, "comment", "Not good enough"))
        .post("/public/complaints/{ref}/reply", ref)
        .then()
        .statusCode(200)
        .body("yourReply", equalTo("REJECTED"))
        .body("awaitingYourReply", equalTo(false));
    Api.ok(
        "manager",
        ref,
        "escalation",
        Map.of(
            "reason",
            "Rejected",
            "recourseInformation",
            "Our complaints officer will review your case."));
    Api.anonymous()
        .queryParam("code", code)
        .get("/public/complaints/{ref}", ref)
        .then()
        .body("stage", equalTo("ESCALATED"))
        .body("recourseInformation", equalTo("Our complaints officer will review your case."));
    Api.anonymous()
        .queryParam("code", code)
        .body(Map.of("accepted", true))
        .post("/public/complaints/{ref}/reply", ref)
        .then()
        .statusCode(409);
    assertThat(Api.eventTypes(ref)).contains("DECISION_REJECTED", "ESCALATED");
  }
}
