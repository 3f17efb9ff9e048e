package org.redress.it;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.conn.params.ConnRoutePNames;

/**
 * A client of the running server's REST API, signed in as one of the demo users. Tests make their
 * own complaints through it and never depend on each other's data.
 */
final class Api {

  static final String BASE =
      System.getProperty("redress.baseUrl", "http://localhost:9080/complaints");
  static final String API = BASE + "/api/v1";

  private Api() {}

  static RequestSpecification as(String user) {
    return given()
        .baseUri(API)
        .auth()
        .preemptive()
        .basic(user, user + "-demo")
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  static RequestSpecification anonymous() {
    return given().baseUri(API).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** A valid complaint body; {@code marker} makes it findable by free-text search. */
  static Map<String, Object> complaint(String marker) {
    Map<String, Object> complainant = new LinkedHashMap<>();
    complainant.put("name", "Test Complainant");
    complainant.put("email", "complainant@example.com");
    complainant.put("phone", "+49 30 1234567");
    complainant.put("preferredContact", "EMAIL");
    complainant.put("language", "de");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complainant", complainant);
    body.put("channel", "WEB");
    body.put("category", "PRODUCT_QUALITY");
    body.put("productOrService", "Espresso machine EM-200");
    body.put("orderReference", "ORD-" + marker);
    body.put("occurredOn", "2026-11-01");
    body.put("description", "The pump leaks. " + marker);
    body.put("remedySought", "Replacement");
    return body;
  }

  static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "");
  }

  static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  /** Creates a complaint as the handler and returns its reference. */
  static String create() {
    return create(complaint(marker()));
  }

  /** Records a complaint with this body as the handler and returns its reference. */
  static String create(Map<String, Object> body) {
    return as("handler")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  static Response step(String user, String reference, String step, Object body) {
    return as(user).body(body).post("/complaints/{ref}/{step}", reference, step);
  }

  /** Takes a step that must succeed, returning the status it leads to. */
  static String ok(String user, String reference, String step, Object body) {
    Response response = step(user, reference, step, body);
    response.then().statusCode(200);
    return response.path("status");
  }

  static Map<String, Object> assessment() {
    return Map.of(
        "severity", "HIGH",
        "safetyImplication", false,
        "complexity", "MEDIUM",
        "impact", "MEDIUM",
        "immediateActionNeeded", false);
  }

  /** Walks a new complaint to DECISION_COMMUNICATED with a small remedy. */
  static String decided() {
    String ref = create();
    ok("handler", ref, "acknowledgement", Map.of("channel", "EMAIL"));
    ok("handler", ref, "assessment", assessment());
    ok("manager", ref, "assignment", Map.of("assignee", "handler"));
    ok("handler", ref, "investigation-notes", Map.of("text", "Checked the batch records."));
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
            100,
            "currency",
            "EUR"));
    ok("handler", ref, "decision", Map.of("channel", "EMAIL"));
    return ref;
  }

  static List<String> eventTypes(String reference) {
    return as("handler").get("/complaints/{ref}", reference).then().extract().path("events.type");
  }

  /** An anonymous caller whose requests come from its own loopback address (127.x.y.z). */
  static RequestSpecification fromOwnAddress(String address) throws Exception {
    RestAssuredConfig config =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address)));
    return given().config(config).baseUri(Api.API).contentType(ContentType.JSON);
  }

  /** A loopback address no other test uses, so per-address limits start from zero. */
  static String freshLoopbackAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 255)
        + "."
        + random.nextInt(0, 255)
        + "."
        + random.nextInt(1, 255);
  }

  /** The outbox messages about one record (a complaint or nonconformity), newest first. */
  static List<Map<String, Object>> outbox(String recordKey) {
    return as("admin")
        .queryParam("record", recordKey)
        .get("/outbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  /** Switches the policy's automatic acknowledgement, leaving the rest of the policy as it is. */
  static void automaticAcknowledgement(boolean on) {
    Map<String, Object> policy =
        new HashMap<>(
            as("admin").get("/policy").then().statusCode(200).extract().jsonPath().getMap("$"));
    policy.remove("categories");
    policy.put("acknowledgeAutomatically", on);
    as("admin")
        .body(policy)
        .put("/policy")
        .then()
        .statusCode(200)
        .body("acknowledgeAutomatically", org.hamcrest.Matchers.equalTo(on));
  }
}
