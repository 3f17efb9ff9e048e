package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Complaining without an account through the API, as a web shop's own form would. Each test
 * connects from its own loopback address (127.x.y.z), so the per-address rate limit of one test
 * never touches another.
 */
class PublicComplaintIT {

  @Test
  void anyoneCanComplainAndFollowTheComplaintWithTheReceipt() throws Exception {
    Map<String, Object> body = Api.with(Api.complaint(Api.marker()), "channel", "PHONE");
    var receipt =
        Api.fromOwnAddress(Api.freshLoopbackAddress())
            .body(body)
            .post("/public/complaints")
            .then()
            .statusCode(201)
            .body("reference", matchesPattern("CMP-\\d{4}-\\d{6,}"))
            .extract();
    String reference = receipt.path("reference");
    String code = receipt.path("trackingCode");
    Api.anonymous()
        .queryParam("code", code)
        .get("/public/complaints/{ref}", reference)
        .then()
        .statusCode(200)
        .body("stage", equalTo("RECEIVED"));
    Api.as("handler")
        .get("/complaints/{ref}", reference)
        .then()
        .body("channel", equalTo("WEB"))
        .body("receivedBy", equalTo("complainant"));
  }

  /** The server's limit; the build's test server allows more than production's 5. */
  private static final int HOURLY_LIMIT = Integer.getInteger("redress.publicFormHourlyLimit", 5);

  @Test
  void oneAddressIsLimitedToTheConfiguredNumberOfComplaintsAnHour() throws Exception {
    String address = Api.freshLoopbackAddress();
    String marker = Api.marker();
    for (int i = 0; i < HOURLY_LIMIT; i++) {
      Api.fromOwnAddress(address)
          .body(Api.complaint(marker))
          .post("/public/complaints")
          .then()
          .statusCode(201);
    }
    Api.fromOwnAddress(address)
        .body(Api.complaint(marker))
        .post("/public/complaints")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:rate-limited"));
    List<Object> stored =
        Api.as("handler")
            .queryParam("q", "ord-" + marker)
            .queryParam("limit", 200)
            .get("/complaints")
            .path("items");
    assertThat(stored).hasSize(HOURLY_LIMIT);
    Api.fromOwnAddress(Api.freshLoopbackAddress())
        .body(Api.complaint(marker))
        .post("/public/complaints")
        .then()
        .statusCode(201);
  }

  @Test
  void badInputIsRefusedWithFieldErrors() throws Exception {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.remove("description");
    Api.fromOwnAddress(Api.freshLoopbackAddress())
        .body(body)
        .post("/public/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("description"));
  }
}
