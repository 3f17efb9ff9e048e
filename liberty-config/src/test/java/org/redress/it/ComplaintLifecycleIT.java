package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.redress.it.Api.as;
import static org.redress.it.Api.ok;
import static org.redress.it.Api.step;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ISO 10002 clause 7 process through the API, on the server and database the build runs. */
class ComplaintLifecycleIT {

  @Test
  void acceptedDecisionWalksTheComplaintToClosed() {
    String ref = Api.create();
    assertThat(ok("handler", ref, "acknowledgement", Map.of("channel", "EMAIL")))
        .isEqualTo("ACKNOWLEDGED");
    assertThat(ok("handler", ref, "assessment", Api.assessment())).isEqualTo("ASSESSED");
    assertThat(ok("manager", ref, "assignment", Map.of("assignee", "handler")))
        .isEqualTo("UNDER_INVESTIGATION");
    assertThat(ok("handler", ref, "investigation-notes", Map.of("text", "Pump seal defective.")))
        .isEqualTo("UNDER_INVESTIGATION");
    assertThat(
            ok(
                "handler",
                ref,
                "response",
                Map.of(
                    "remedyType",
                    "REPLACEMENT",
                    "summary",
                    "A new machine.",
                    "amount",
                    120,
                    "currency",
                    "EUR")))
        .isEqualTo("RESPONSE_PROPOSED");
    assertThat(
            ok(
                "handler",
                ref,
                "decision",
                Map.of("channel", "EMAIL", "message", "We send a new machine.")))
        .isEqualTo("DECISION_COMMUNICATED");
    assertThat(
            ok("handler", ref, "complainant-reply", Map.of("accepted", true, "comment", "Thanks")))
        .isEqualTo("DECISION_COMMUNICATED");
    assertThat(ok("handler", ref, "closure", Map.of("outcome", "RESOLVED"))).isEqualTo("CLOSED");

    as("auditor")
        .get("/complaints/{ref}", ref)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("outcome", equalTo("RESOLVED"))
        .body("priority", equalTo("HIGH"))
        .body("closedAt", notNullValue())
        .body("decision.channel", equalTo("EMAIL"));
    assertThat(Api.eventTypes(ref))
        .containsExactly(
            "RECEIVED",
            "ACKNOWLEDGED",
            "ASSESSED",
            "ASSIGNED",
            "INVESTIGATION_NOTE",
            "RESPONSE_PROPOSED",
            "DECISION_COMMUNICATED",
            "DECISION_ACCEPTED",
            "CLOSED");
  }

  @Test
  void rejectedDecisionIsEscalatedInvestigatedAgainAndClosed() {
    String ref = Api.decided();
    ok("handler", ref, "complainant-reply", Map.of("accepted", false, "comment", "Not enough"));
    step("manager", ref, "escalation", Map.of("reason", "Rejected"))
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("recourseInformation"));
    assertThat(
            ok(
                "manager",
                ref,
                "escalation",
                Map.of(
                    "reason",
                    "Rejected by the complainant",
                    "recourseInformation",
                    "Review by the complaints officer; the consumer ombudsman.")))
        .isEqualTo("ESCALATED");
    as("handler").get("/complaints/{ref}", ref).then().body("tier", equalTo("MANAGER"));
    assertThat(ok("manager", ref, "assignment", Map.of("assignee", "manager")))
        .isEqualTo("UNDER_INVESTIGATION");
    ok(
        "manager",
        ref,
        "response",
        Map.of(
            "remedyType", "REFUND", "summary", "Full refund.", "amount", 300, "currency", "EUR"));
    ok("manager", ref, "decision", Map.of("channel", "PHONE"));
    ok("handler", ref, "complainant-reply", Map.of("accepted", true));
    assertThat(ok("manager", ref, "closure", Map.of("outcome", "RESOLVED"))).isEqualTo("CLOSED");
    assertThat(Api.eventTypes(ref))
        .contains("DECISION_REJECTED", "ESCALATED", "DECISION_ACCEPTED", "CLOSED");
  }

  @Test
  void rejectedDecisionReferredExternallyClosesWithTheExternalOutcome() {
    String ref = Api.decided();
    ok("handler", ref, "complainant-reply", Map.of("accepted", false));
    assertThat(
            ok(
                "manager",
                ref,
                "external-referral",
                Map.of(
                    "body",
                    "Consumer Ombudsman",
                    "externalReference",
                    "OMB-1",
                    "recourseInformation",
                    "Referred to the Consumer Ombudsman (ISO 10003).")))
        .isEqualTo("REFERRED_EXTERNALLY");
    step("manager", ref, "closure", Map.of("outcome", "EXTERNAL_DECISION"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("externalOutcome"));
    assertThat(
            ok(
                "manager",
                ref,
                "closure",
                Map.of(
                    "outcome",
                    "EXTERNAL_DECISION",
                    "externalOutcome",
                    "The ombudsman upheld the remedy.")))
        .isEqualTo("CLOSED");
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body("outcome", equalTo("EXTERNAL_DECISION"))
        .body("tier", equalTo("EXTERNAL"))
        .body("externalBody", equalTo("Consumer Ombudsman"));
  }

  @Test
  void rejectedDecisionClosedWithOptionsExhaustedNeedsTheRecourseGiven() {
    String ref = Api.decided();
    ok("handler", ref, "complainant-reply", Map.of("accepted", false));
    step("manager", ref, "closure", Map.of("outcome", "OPTIONS_EXHAUSTED"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("recourseInformation"));
    assertThat(
            ok(
                "manager",
                ref,
                "closure",
                Map.of(
                    "outcome",
                    "OPTIONS_EXHAUSTED",
                    "recourseInformation",
                    "Told of the ombudsman.")))
        .isEqualTo("CLOSED");
  }

  @Test
  void responseAboveThresholdNeedsAManagersApproval() {
    String ref = Api.create();
    ok("handler", ref, "acknowledgement", Map.of());
    ok("handler", ref, "assessment", Api.assessment());
    ok("manager", ref, "assignment", Map.of("assignee", "handler"));
    as("handler")
        .body(
            Map.of(
                "remedyType",
                "COMPENSATION",
                "summary",
                "Compensation.",
                "amount",
                900,
                "currency",
                "EUR"))
        .post("/complaints/{ref}/response", ref)
        .then()
        .statusCode(200)
        .body("response.approvalRequired", equalTo(true))
        .body("response.awaitingApproval", equalTo(true));
    step("handler", ref, "decision", Map.of("channel", "EMAIL"))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:approval-required"));
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body(
            "availableSteps",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("DECIDE_APPROVAL")))
        .body(
            "availableSteps",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("COMMUNICATE_DECISION")));
    as("manager")
        .get("/complaints/{ref}", ref)
        .then()
        .body("availableSteps", org.hamcrest.Matchers.hasItem("DECIDE_APPROVAL"));
    step("handler", ref, "approval", Map.of("approved", true)).then().statusCode(403);
    ok("manager", ref, "approval", Map.of("approved", true, "comment", "Justified"));
    assertThat(ok("handler", ref, "decision", Map.of("channel", "EMAIL")))
        .isEqualTo("DECISION_COMMUNICATED");
  }

  @Test
  void assignmentRefusesAPersonTheComplaintIsAbout() {
    Map<String, Object> body =
        Api.with(
            Api.complaint(Api.marker()), "personsComplainedAbout", java.util.List.of("Handler"));
    String ref =
        as("handler")
            .body(body)
            .post("/complaints")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    ok("handler", ref, "acknowledgement", Map.of());
    ok("handler", ref, "assessment", Api.assessment());
    step("manager", ref, "assignment", Map.of("assignee", "handler"))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:conflict-of-interest"));
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body("status", equalTo("ASSESSED"))
        .body("assignee", org.hamcrest.Matchers.nullValue());
    assertThat(ok("manager", ref, "assignment", Map.of("assignee", "manager")))
        .isEqualTo("UNDER_INVESTIGATION");
  }

  @Test
  void withdrawalAndReopening() {
    String ref = Api.create();
    ok("handler", ref, "acknowledgement", Map.of());
    assertThat(ok("handler", ref, "withdrawal", Map.of("reason", "Solved with the retailer")))
        .isEqualTo("WITHDRAWN");
    step("handler", ref, "withdrawal", Map.of()).then().statusCode(409);
    assertThat(ok("manager", ref, "reopening", Map.of("reason", "The complainant came back")))
        .isEqualTo("ACKNOWLEDGED");
    as("handler").get("/complaints/{ref}", ref).then().body("reopenCount", equalTo(1));
  }

  @Test
  void notAComplaintClosesWithAReason() {
    String ref = Api.create();
    step("handler", ref, "closure", Map.of("outcome", "NOT_A_COMPLAINT"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    assertThat(
            ok(
                "handler",
                ref,
                "closure",
                Map.of("outcome", "NOT_A_COMPLAINT", "reason", "A product question")))
        .isEqualTo("CLOSED");
  }

  @Test
  void illegalMoveAnswers409ProblemAndChangesNothing() {
    String ref = Api.create();
    step("handler", ref, "decision", Map.of("channel", "EMAIL"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:illegal-transition"))
        .body("status", equalTo(409))
        .body("detail", org.hamcrest.Matchers.containsString("RECEIVED"));
    ok("handler", ref, "acknowledgement", Map.of());
    step("handler", ref, "acknowledgement", Map.of()).then().statusCode(409);
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("events.size()", equalTo(2));
  }

  @Test
  void assessmentSetsPriorityAndResponseDeadlineFromTheMatrix() {
    String ref = Api.create();
    ok("handler", ref, "acknowledgement", Map.of());
    step("handler", ref, "assessment", Map.of("severity", "LOW"))
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems(
                "safetyImplication", "complexity", "impact", "immediateActionNeeded"));
    String received = as("handler").get("/complaints/{ref}", ref).path("receivedAt");
    as("handler")
        .body(
            Map.of(
                "severity",
                "LOW",
                "safetyImplication",
                true,
                "complexity",
                "LOW",
                "impact",
                "LOW",
                "immediateActionNeeded",
                true,
                "immediateActionPossible",
                true,
                "immediateActionNote",
                "Recall started"))
        .post("/complaints/{ref}/assessment", ref)
        .then()
        .statusCode(200)
        .body("priority", equalTo("CRITICAL"))
        .body(
            "responseDueAt",
            equalTo(
                java.time.Instant.parse(received).plus(java.time.Duration.ofDays(2)).toString()));
  }
}
