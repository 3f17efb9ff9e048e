package org.redress.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.redress.it.Api.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what: roles from the server's registry, 401 without credentials, 403 by role. */
class SecurityIT {

  @Test
  void noCredentialsGets401Problem() {
    Api.anonymous()
        .get("/complaints")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Basic"))
        .body("type", equalTo("urn:redress:problem:unauthenticated"));
    Api.anonymous().body(Api.complaint(Api.marker())).post("/complaints").then().statusCode(401);
  }

  @Test
  void wrongPasswordGets401Problem() {
    io.restassured.RestAssured.given()
        .baseUri(Api.API)
        .auth()
        .preemptive()
        .basic("handler", "wrong")
        .get("/complaints")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  /**
   * The server keeps a signed-in API caller in its authentication cache instead of logging out
   * after each request. One client on one kept-alive connection shows that a sign-in never outlives
   * its request and that the credentials of each request decide, even beside another user's
   * single-sign-on cookie.
   */
  @Test
  void everyRequestIsSignedInByItsOwnCredentials() throws Exception {
    String ref = Api.create();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI details = URI.create(Api.API + "/complaints/" + ref);

    HttpResponse<String> handler = client.send(get(details, "handler", "handler-demo"), TEXT);
    assertEquals(200, handler.statusCode());
    assertTrue(handler.body().contains("\"Test Complainant\""), handler.body());

    HttpResponse<String> wrong = client.send(get(details, "handler", "wrong"), TEXT);
    assertEquals(401, wrong.statusCode(), "a wrong password after a right one");

    HttpResponse<String> anonymous =
        client.send(HttpRequest.newBuilder(details).GET().build(), TEXT);
    assertEquals(401, anonymous.statusCode(), "no credentials after a signed-in request");

    HttpResponse<String> auditor = client.send(get(details, "auditor", "auditor-demo"), TEXT);
    assertEquals(200, auditor.statusCode());
    assertTrue(auditor.body().contains("\"T*** C***\""), "the auditor sees it masked");

    String auditorsCookie =
        auditor.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("LtpaToken2="))
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .findFirst()
            .orElse(null);
    if (auditorsCookie != null) {
      HttpResponse<String> handlerWithAuditorsCookie =
          client.send(
              HttpRequest.newBuilder(details)
                  .header("Authorization", basic("handler", "handler-demo"))
                  .header("Cookie", auditorsCookie)
                  .GET()
                  .build(),
              TEXT);
      assertEquals(200, handlerWithAuditorsCookie.statusCode());
      assertTrue(
          handlerWithAuditorsCookie.body().contains("\"Test Complainant\""),
          "the handler's credentials decide, not the auditor's cookie");
    }
  }

  private static final HttpResponse.BodyHandler<String> TEXT = HttpResponse.BodyHandlers.ofString();

  private static HttpRequest get(URI uri, String user, String password) {
    return HttpRequest.newBuilder(uri).header("Authorization", basic(user, password)).GET().build();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void auditorReadsWithPersonalDataMasked() {
    String ref = Api.create();
    as("auditor")
        .get("/complaints/{ref}", ref)
        .then()
        .statusCode(200)
        .body("complainant.name", equalTo("T*** C***"))
        .body("complainant.email", equalTo("c***@example.com"))
        .body("complainant.phone", equalTo("***"))
        .body("trackingCode", org.hamcrest.Matchers.nullValue())
        .body("availableSteps", org.hamcrest.Matchers.empty());
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body("complainant.name", equalTo("Test Complainant"))
        .body(
            "availableSteps",
            org.hamcrest.Matchers.containsInAnyOrder("ACKNOWLEDGE", "ASSIGN", "CLOSE", "WITHDRAW"))
        .body("availableOutcomes", org.hamcrest.Matchers.contains("NOT_A_COMPLAINT"))
        .body("trackingCode", org.hamcrest.Matchers.notNullValue());
  }

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of("acknowledgement", Map.of()),
        Arguments.of("assessment", Api.assessment()),
        Arguments.of("assignment", Map.of("assignee", "handler")),
        Arguments.of("investigation-notes", Map.of("text", "x")),
        Arguments.of("response", Map.of("remedyType", "APOLOGY", "summary", "Sorry")),
        Arguments.of("approval", Map.of("approved", true)),
        Arguments.of("decision", Map.of("channel", "EMAIL")),
        Arguments.of("complainant-reply", Map.of("accepted", true)),
        Arguments.of("escalation", Map.of("reason", "x")),
        Arguments.of("external-referral", Map.of("body", "Ombudsman")),
        Arguments.of("closure", Map.of("outcome", "NOT_A_COMPLAINT", "reason", "x")),
        Arguments.of("withdrawal", Map.of()),
        Arguments.of("reopening", Map.of("reason", "x")));
  }

  @ParameterizedTest(name = "auditor and integration get 403 on {0}")
  @MethodSource("writes")
  void readOnlyRolesGet403OnEveryStep(String step, Map<String, Object> body) {
    String ref = Api.create();
    for (String user : new String[] {"auditor", "integration", "qms", "admin"}) {
      Api.step(user, ref, step, body)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:redress:problem:forbidden"));
    }
    as("handler")
        .get("/complaints/{ref}", ref)
        .then()
        .body("status", equalTo("RECEIVED"))
        .body("events.size()", equalTo(1));
  }

  @Test
  void auditorCannotCreateComplaints() {
    as("auditor").body(Api.complaint(Api.marker())).post("/complaints").then().statusCode(403);
  }

  @Test
  void everyRoleCanRead() {
    String ref = Api.create();
    for (String user :
        new String[] {"handler", "manager", "qms", "auditor", "admin", "integration"}) {
      as(user).get("/complaints/{ref}", ref).then().statusCode(200).body("reference", equalTo(ref));
    }
  }

  @Test
  void httpsWorksOn9443() {
    io.restassured.RestAssured.given()
        .relaxedHTTPSValidation()
        .baseUri(
            System.getProperty("redress.httpsUrl", "https://localhost:9443/complaints") + "/api/v1")
        .auth()
        .preemptive()
        .basic("handler", "handler-demo")
        .get("/complaints?limit=1")
        .then()
        .statusCode(200);
  }
}
