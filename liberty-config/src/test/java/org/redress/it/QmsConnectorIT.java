package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference REST QMS connector, dropped into the server's plugin library as a jar, is found,
 * configured and pushes nonconformities to a QMS stand-in on loopback, also when that QMS was down
 * when the nonconformity was raised.
 */
class QmsConnectorIT {

  private static final String CONNECTOR = "qms-rest";

  private StubQms qms;

  @BeforeEach
  void aQmsThatIsDown() throws Exception {
    qms = new StubQms();
  }

  @AfterEach
  void switchTheConnectorOff() throws Exception {
    ServerClock.reset();
    as("admin")
        .body(Map.of("enabled", false, "settings", Map.of("baseUrl", qms.baseUrl())))
        .put("/connectors/" + CONNECTOR)
        .then()
        .statusCode(200);
    qms.close();
  }

  @Test
  void thePluginJarIsFoundWithItsSettingsForm() {
    JsonPath connectors =
        as("admin").get("/connectors").then().statusCode(200).extract().jsonPath();
    Map<String, Object> rest = connectors.getMap("find { it.id == 'qms-rest' }");
    assertThat(rest)
        .containsEntry("kind", "QMS")
        .containsEntry("origin", "redress-qms-rest-connector.jar");
    assertThat(connectors.getList("find { it.id == 'qms-rest' }.settings.key", String.class))
        .containsExactly("baseUrl", "apiToken", "timeoutSeconds");
    assertThat(connectors.getString("find { it.id == 'local-qms' }.origin")).isEqualTo("built-in");
  }

  @Test
  void wrongSettingsAreRefusedFieldByFieldAndNothingIsSaved() {
    String before = as("admin").get("/connectors/" + CONNECTOR).then().extract().asString();
    as("admin")
        .body(
            Map.of(
                "enabled",
                true,
                "settings",
                Map.of("baseUrl", "ftp://qms", "timeoutSeconds", "soon", "colour", "red")))
        .put("/connectors/" + CONNECTOR)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("settings.baseUrl"))
        .body("errors.field", hasItem("settings.timeoutSeconds"))
        .body("errors.field", hasItem("settings.colour"));
    assertThat(as("admin").get("/connectors/" + CONNECTOR).then().extract().asString())
        .isEqualTo(before);
    as("qms")
        .body(Map.of("enabled", true, "settings", Map.of("baseUrl", qms.baseUrl())))
        .put("/connectors/" + CONNECTOR)
        .then()
        .statusCode(403);
  }

  @Test
  void aNonconformityRaisedWhileTheQmsIsDownReachesItOnceItIsBack() throws Exception {
    enable();
    long started = System.nanoTime();
    String nc = raise("Seal leaks while the QMS is down");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

    Map<String, Object> failing =
        eventually(
            "the push fails and waits for a retry",
            () ->
                Api.outbox(nc).stream()
                    .filter(m -> m.get("target").equals(CONNECTOR))
                    .filter(m -> ((Number) m.get("attempts")).intValue() >= 1)
                    .findFirst()
                    .orElse(null));
    assertThat(failing).containsEntry("status", "PENDING").containsEntry("topic", "qms.push");
    assertThat((String) failing.get("lastError")).contains("failed");
    assertThat(record(nc, CONNECTOR)).containsEntry("state", "RETRYING");
    assertThat(record(nc, "local-qms"))
        .containsEntry("state", "SYNCED")
        .containsEntry("externalId", nc);

    qms.start();

    eventually("the QMS has the nonconformity", () -> qms.received(nc).isEmpty() ? null : true);
    Map<String, Object> synced =
        eventually(
            "the nonconformity is in step",
            () -> {
              Map<String, Object> r = record(nc, CONNECTOR);
              return "SYNCED".equals(r.get("state")) ? r : null;
            });
    String externalId = (String) synced.get("externalId");
    assertThat(externalId).startsWith("QMS-");
    StubQms.Received first = qms.received(nc).get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.idempotencyKey()).isEqualTo(nc);
    assertThat(first.body().path("status").asText()).isEqualTo("DRAFT");

    as("qms").post("/nonconformities/" + nc + "/analysis").then().statusCode(200);
    StubQms.Received update =
        eventually(
            "the change reaches the QMS",
            () ->
                qms.received(nc).stream()
                    .filter(r -> r.method().equals("PUT"))
                    .findFirst()
                    .orElse(null));
    assertThat(update.path()).endsWith("/nonconformities/" + externalId);
    assertThat(update.body().path("status").asText()).isEqualTo("ANALYSIS");

    qms.setStatus(externalId, "Under review by QA");
    as("admin").post("/connectors/" + CONNECTOR + "/pull").then().statusCode(202);
    eventually(
        "the status is pulled back",
        () ->
            "Under review by QA".equals(record(nc, CONNECTOR).get("externalStatus")) ? true : null);
  }

  @Test
  void theStatusInTheQmsComesBackOnTheScheduleWithoutAnyoneAskingForIt() throws Exception {
    qms.start();
    enable();
    String nc = raise("Status pulled on the schedule");
    String externalId =
        eventually(
            "the nonconformity is in the QMS",
            () -> (String) record(nc, CONNECTOR).get("externalId"));
    String status = "Verified by QA, " + Api.marker();
    qms.setStatus(externalId, status);

    // Each enabled QMS connector is pulled every 15 minutes, the first time within a minute of
    // being switched on (which may have been before the nonconformity reached the QMS): with the
    // server's clock 16 minutes on, the next pull is due at the scheduler's next minute.
    ServerClock.move(Duration.ofMinutes(16));

    Map<String, Object> pulled =
        eventually(
            "the scheduled pull brings the QMS's status back",
            Duration.ofMinutes(3),
            () -> {
              Map<String, Object> r = record(nc, CONNECTOR);
              return status.equals(r.get("externalStatus")) ? r : null;
            });
    assertThat(pulled).containsEntry("state", "SYNCED").containsEntry("externalId", externalId);
  }

  @Test
  void aRefusedPushWaitsForTheAdministratorsRetry() throws Exception {
    qms.start();
    enable();
    String title = "Refused by the QMS at first";
    qms.refuse(title);
    String nc = raise(title);

    Map<String, Object> failed =
        eventually(
            "the refused push is set aside",
            () ->
                Api.outbox(nc).stream()
                    .filter(m -> m.get("target").equals(CONNECTOR))
                    .filter(m -> m.get("status").equals("FAILED"))
                    .findFirst()
                    .orElse(null));
    assertThat((String) failed.get("lastError")).contains("422").contains("refuses");
    assertThat(record(nc, CONNECTOR)).containsEntry("state", "FAILED");
    as("admin")
        .get("/outbox/counts")
        .then()
        .statusCode(200)
        .body("failed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

    qms.accept(title);
    as("qms").post("/outbox/" + failed.get("id") + "/retry").then().statusCode(403);
    as("admin")
        .post("/outbox/" + failed.get("id") + "/retry")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"))
        .body("attempts", equalTo(0));
    eventually(
        "the retried push goes through",
        () -> "SYNCED".equals(record(nc, CONNECTOR).get("state")) ? true : null);
    as("admin").post("/outbox/" + failed.get("id") + "/retry").then().statusCode(409);
  }

  private void enable() {
    as("admin")
        .body(
            Map.of(
                "enabled",
                true,
                "settings",
                Map.of("baseUrl", qms.baseUrl(), "apiToken", "it-token", "timeoutSeconds", "3")))
        .put("/connectors/" + CONNECTOR)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true))
        .body("settings.find { it.key == 'apiToken' }.secretSet", equalTo(true))
        .body("settings.find { it.key == 'apiToken' }.value", equalTo(null));
  }

  private static String raise(String title) {
    return as("qms")
        .body(Map.of("source", "INTERNAL", "severity", "MINOR", "title", title))
        .post("/nonconformities")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static Map<String, Object> record(String reference, String connector) {
    List<Map<String, Object>> records =
        as("qms")
            .get("/nonconformities/" + reference + "/external-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return records.stream()
        .filter(r -> connector.equals(r.get("connector")))
        .findFirst()
        .orElse(Map.of());
  }
}
