package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.redress.it.Api.as;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A QMS admin takes a nonconformity raised from complaints through to an effective fix. */
class NonconformityIT {

  @Test
  void raisedFromTwoComplaintsAnalysedFixedVerifiedAndClosed() {
    String first = Api.create();
    String second = Api.create();

    Response raised =
        as("qms")
            .body(
                Map.of(
                    "source", "COMPLAINT",
                    "severity", "MAJOR",
                    "title", "Pump seals fail after three weeks",
                    "complaints", List.of(first, second)))
            .post("/nonconformities");
    raised
        .then()
        .statusCode(201)
        .body("reference", matchesPattern("NC-\\d{4}-\\d{5}"))
        .body("status", equalTo("DRAFT"))
        .body("complaints", equalTo(List.of(first, second)))
        .body("description", org.hamcrest.Matchers.containsString(first));
    String nc = raised.path("reference");
    as("handler")
        .get("/complaints/{ref}", first)
        .then()
        .body("nonconformity", equalTo(nc))
        .body("events.type", hasItem("NONCONFORMITY_LINKED"));

    step(nc, "analysis", Map.of()).then().statusCode(200).body("status", equalTo("ANALYSIS"));
    step(nc, "actions", action("CORRECTIVE"))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:root-cause-first"));
    step(
            nc,
            "root-cause",
            Map.of(
                "whys",
                List.of(
                    "The pump leaks",
                    "The seal is brittle",
                    "The seal material is wrong",
                    "The supplier changed the material",
                    "Material changes are not part of incoming inspection"),
                "category",
                "MATERIAL",
                "rootCause",
                "Incoming inspection does not check seal material changes"))
        .then()
        .statusCode(200)
        .body("whys.size()", equalTo(5))
        .body("category", equalTo("MATERIAL"));
    step(nc, "actions", action("CORRECTION"))
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTION_PLAN"));
    step(nc, "actions", action("CORRECTIVE"))
        .then()
        .statusCode(200)
        .body("actions.size()", equalTo(2));
    step(nc, "implementation", Map.of())
        .then()
        .statusCode(200)
        .body("status", equalTo("IMPLEMENTATION"));

    step(nc, "closure", Map.of()).then().statusCode(409);
    step(nc, "actions/1/completion", Map.of("evidence", " "))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("evidence"));
    step(nc, "actions/1/completion", Map.of("evidence", "Batch 7 replaced, record QR-88"))
        .then()
        .statusCode(200);
    step(nc, "effectiveness-check", check())
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:actions-open"));
    step(nc, "actions/2/completion", Map.of("evidence", "Inspection plan IP-12 rev 4"))
        .then()
        .statusCode(200);
    step(nc, "effectiveness-check", check())
        .then()
        .statusCode(200)
        .body("status", equalTo("EFFECTIVENESS_REVIEW"));
    step(nc, "closure", Map.of())
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:redress:problem:effectiveness-not-verified"));

    step(
            nc,
            "effectiveness-result",
            Map.of("effective", false, "notes", "Two more leaks in week 6"))
        .then()
        .statusCode(200)
        .body("status", equalTo("IMPLEMENTATION"))
        .body("failedChecks", equalTo(1))
        .body("actions.status", equalTo(List.of("IN_PROGRESS", "IN_PROGRESS")));
    step(nc, "actions/1/completion", Map.of("evidence", "Seals of lot 9 replaced too"))
        .then()
        .statusCode(200);
    step(nc, "actions/2/completion", Map.of("evidence", "Supplier audit SA-3"))
        .then()
        .statusCode(200);
    step(nc, "effectiveness-check", check()).then().statusCode(200);
    step(nc, "effectiveness-result", Map.of("effective", true)).then().statusCode(200);
    step(nc, "closure", Map.of())
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("actions.status", equalTo(List.of("CLOSED", "CLOSED")));

    as("auditor")
        .get("/nonconformities/{ref}", nc)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    List<String> board =
        as("auditor")
            .queryParam("status", "CLOSED")
            .get("/corrective-actions")
            .path("nonconformity");
    assertThat(board).contains(nc);
    assertThat(as("auditor").get("/audit-trail/verification").<Boolean>path("intact")).isTrue();
  }

  @Test
  void auditorsReadButCannotChangeNonconformities() {
    as("auditor")
        .body(Map.of("source", "INTERNAL", "severity", "MINOR", "title", "Label misprint"))
        .post("/nonconformities")
        .then()
        .statusCode(403);
    as("qms")
        .body(Map.of("source", "COMPLAINT", "severity", "MINOR", "title", "No complaint named"))
        .post("/nonconformities")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("complaints"));
  }

  private static Response step(String nc, String step, Map<String, ?> body) {
    return as("qms").body(body).post("/nonconformities/{ref}/" + step, nc);
  }

  private static Map<String, Object> action(String type) {
    return Map.of(
        "type",
        type,
        "description",
        type + " action",
        "owner",
        "qms",
        "dueOn",
        LocalDate.now().plusDays(14).toString());
  }

  private static Map<String, Object> check() {
    return Map.of(
        "criteria", "No seal complaint for 8 weeks",
        "plannedOn", LocalDate.now().plusWeeks(8).toString(),
        "verifier", "manager");
  }
}
