package org.redress.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

/** The API describes itself: an OpenAPI document and a UI to try it. */
class OpenApiIT {

  private static final String SERVER = Api.BASE.replace("/complaints", "");

  @Test
  void documentListsTheComplaintEndpoints() {
    given()
        .baseUri(SERVER)
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/complaints/{reference}/assessment"))
        .body(containsString("/api/v1/complaints/{reference}/closure"))
        .body(containsString("/api/v1/public/complaints/{reference}"))
        .body(containsString("Idempotency-Key"));
  }

  @Test
  void uiIsServed() {
    given()
        .baseUri(SERVER)
        .get("/openapi/ui/")
        .then()
        .statusCode(200)
        .body(containsString("<html"));
  }
}
