package org.redress.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.Test;

/**
 * Complaining without an account through the API, as a web shop's own form would. Each test
 * connects from its own loopback address (127.x.y.z), so the per-address rate limit of one test
 * never touches another.
 */
class PublicComplaintIT {

  private static RequestSpecification fromOwnAddress(String address) throws Exception {
    RestAssuredConfig config =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address)));
    return given().config(config).baseUri(Api.API).contentType(ContentType.JSON);
  }

  private static String freshLoopbackAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 255)
        + "."
        + random.nextInt(0, 255)
        + "."
        + random.nextInt(1, 255);
  }

  @Test
  void anyoneCanComplainAndFollowTheComplaintWithTheReceipt() throws Exception {
    Map<String, Object> body = Api.with(Api.complaint(Api.marker()), "channel", "PHONE");
    var receipt =
        fromOwnAddress(freshLoopbackAddress())
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
    String address = freshLoopbackAddress();
    String marker = Api.marker();
    for (int i = 0; i < HOURLY_LIMIT; i++) {
      fromOwnAddress(address)
          .body(Api.complaint(marker))
          .post("/public/complaints")
          .then()
          .statusCode(201);
    }
    fromOwnAddress(address)
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
    fromOwnAddress(freshLoopbackAddress())
        .body(Api.complaint(marker))
        .post("/public/complaints")
        .then()
        .statusCode(201);
  }

  @Test
  void badInputIsRefusedWithFieldErrors() throws Exception {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.remove("description");
    fromOwnAddress(freshLoopbackAddress())
        .body(body)
        .post("/public/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("description"));
  }
}
