package org.redress.it.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prepares complaints through the REST API as the demo staff users, for browser tests that start in
 * the middle of the process. What a test checks, it checks in the browser.
 */
final class Cases {

  static final String API = Browser.BASE + "/api/v1";

  private Cases() {}

  /** A word no other complaint contains, to find a test's own complaint by free-text search. */
  static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static RequestSpecification as(String user) {
    return given()
        .baseUri(API)
        .auth()
        .preemptive()
        .basic(user, user + "-demo")
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Records a complaint as the handler and returns its reference. */
  static String create(String complainantName) {
    Map<String, Object> complainant = new LinkedHashMap<>();
    complainant.put("name", complainantName);
    complainant.put("email", "complainant@example.com");
    complainant.put("phone", "+49 30 1234567");
    complainant.put("preferredContact", "EMAIL");
    complainant.put("language", "en");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complainant", complainant);
    body.put("channel", "EMAIL");
    body.put("productOrService", "Espresso machine EM-200");
    body.put("orderReference", "ORD-" + marker());
    body.put("description", "The pump leaks.");
    return as("handler")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  /** Takes a step that must succeed. */
  static void step(String user, String reference, String step, Map<String, ?> body) {
    as(user).body(body).post("/complaints/{ref}/{step}", reference, step).then().statusCode(200);
  }

  static void acknowledge(String reference) {
    step("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));
  }

  /**
   * Walks a received complaint to "decision communicated" as the handler, with a remedy small
   * enough to need no approval.
   */
  static void decide(String reference) {
    acknowledge(reference);
    step(
        "handler",
        reference,
        "assessment",
        Map.of(
            "severity", "HIGH",
            "safetyImplication", false,
            "complexity", "MEDIUM",
            "impact", "MEDIUM",
            "immediateActionNeeded", false));
    step("handler", reference, "assignment", Map.of("assignee", "handler"));
    step(
        "handler",
        reference,
        "response",
        Map.of(
            "remedyType",
            "REPLACEMENT",
            "summary",
            "We send you a new machine.",
            "amount",
            100,
            "currency",
            "EUR"));
    step("handler", reference, "decision", Map.of("channel", "EMAIL"));
  }

  static String status(String reference) {
    return as("handler").get("/complaints/{ref}", reference).then().extract().path("status");
  }

  /** The references of the complaints a free-text search finds. */
  static List<String> search(String text) {
    return as("handler")
        .queryParam("q", text)
        .get("/complaints")
        .then()
        .statusCode(200)
        .extract()
        .path("items.reference");
  }
}
