package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Retention and complainants' data requests in the real server: the export of everything about a
 * complainant, erasure (finished cases at once, open ones kept), and the retention job started
 * through the JobOperator and followed to completion in the job console.
 */
class RetentionIT {

  @Test
  void aComplainantGetsTheirDataAndTheirFinishedCasesAreErasedOnRequest() {
    String address = Api.marker() + "@example.com";
    String closed = SurveyIT.closedComplaintOf(address);
    String open = SurveyIT.complaintFrom(address);

    JsonPath export =
        as("manager")
            .queryParam("email", address.toUpperCase())
            .get("/complainants/export")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(export.getList("complaints.reference", String.class)).containsExactly(closed, open);
    assertThat(export.getString("complaints[0].complainant.email")).isEqualTo(address);
    assertThat(export.getList("complaints[0].events.type", String.class)).contains("CLOSED");
    as("auditor").queryParam("email", address).get("/complainants/export").then().statusCode(403);
    as("manager")
        .body(Map.of("email", "not an address"))
        .post("/complainants/erasure")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"))
        .body("errors.field", hasItem("reason"));

    as("manager")
        .body(Map.of("email", address, "reason", "Asked by mail on 22 November"))
        .post("/complainants/erasure")
        .then()
        .statusCode(200)
        .body("anonymised", equalTo(List.of(closed)))
        .body("stillOpen", equalTo(List.of(open)));

    JsonPath erased = details(closed);
    assertThat(erased.getString("complainant.name")).isEqualTo("(anonymised)");
    assertThat(erased.getString("complainant.email")).isNull();
    assertThat(erased.getString("description")).isEqualTo("(removed with the personal data)");
    assertThat(erased.getString("status")).isEqualTo("CLOSED");
    assertThat(erased.getString("outcome")).isEqualTo("RESOLVED");
    assertThat(erased.getList("events.type", String.class)).last().isEqualTo("ANONYMISED");
    assertThat(details(open).getString("complainant.email")).isEqualTo(address);
    assertThat(
            as("manager")
                .queryParam("email", address)
                .get("/complainants/export")
                .jsonPath()
                .getList("complaints.reference", String.class))
        .containsExactly(open);
  }

  @Test
  void theRetentionJobAnonymisesWhatClosedBeforeThePeriodAndNothingElse() throws Throwable {
    String old = SurveyIT.closedComplaintOf(Api.marker() + "@example.com");
    String recent = SurveyIT.closedComplaintOf(Api.marker() + "@example.com");
    closedLongAgo(old, Duration.ofDays(70));
    withRetentionOfOneMonth(
        () -> {
          JsonPath done = runRetentionJob();
          assertThat(done.getString("jobName")).isEqualTo("retention");
          assertThat(done.getLong("written")).isGreaterThanOrEqualTo(1);
          assertThat(details(old).getString("complainant.name")).isEqualTo("(anonymised)");
          assertThat(details(recent).getString("complainant.name")).isEqualTo("Sina Survey");
          assertThat(as("admin").get("/jobs").jsonPath().getList("executionId", Long.class))
              .contains(done.getLong("executionId"));
        });
  }

  /**
   * Runs {@code test} with the policy's retention period shortened to one month, so that a case
   * moved back by {@link #closedLongAgo} a few weeks is past it and still inside the KPI job's
   * periods; puts the policy back afterwards.
   */
  static void withRetentionOfOneMonth(Executable test) throws Throwable {
    Map<String, Object> policy =
        new HashMap<>(
            as("admin").get("/policy").then().statusCode(200).extract().jsonPath().getMap("$"));
    policy.remove("categories");
    try {
      Map<String, Object> shorter = new HashMap<>(policy);
      shorter.put("retentionMonths", 1);
      as("admin").body(shorter).put("/policy").then().statusCode(200);
      test.execute();
    } finally {
      as("admin").body(policy).put("/policy").then().statusCode(200);
    }
  }

  /** Starts the retention job as the administrator and follows it in the job console to its end. */
  static JsonPath runRetentionJob() throws InterruptedException {
    long execution =
        as("admin")
            .post("/retention/run")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("executionId");
    return eventually(
        "the retention job to complete",
        () -> {
          JsonPath run =
              as("admin")
                  .get("/jobs/executions/{id}", execution)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
          return "COMPLETED".equals(run.getString("status")) ? run : null;
        });
  }

  /**
   * Moves a finished case back in the database, as if it had been received, handled and closed
   * {@code ago}: every moment of its handling that the KPIs and the retention read, by the same
   * amount, so that its handling times stay what they were.
   */
  static void closedLongAgo(String reference, Duration ago) throws Exception {
    List<String> moments =
        List.of(
            "RECEIVED_AT",
            "ACKNOWLEDGEMENT_DUE_AT",
            "ACKNOWLEDGED_AT",
            "RESPONSE_DUE_AT",
            "DECISION_COMMUNICATED_AT",
            "CLOSED_AT");
    try (Connection db = TheDatabase.connect()) {
      List<Timestamp> moved = new ArrayList<>();
      try (PreparedStatement read =
          db.prepareStatement(
              "SELECT " + String.join(", ", moments) + " FROM COMPLAINT WHERE REFERENCE = ?")) {
        read.setString(1, reference);
        try (ResultSet row = read.executeQuery()) {
          assertThat(row.next()).as(reference).isTrue();
          for (String moment : moments) {
            Timestamp at = row.getTimestamp(moment);
            moved.add(at == null ? null : Timestamp.from(at.toInstant().minus(ago)));
          }
        }
      }
      assertThat(moved.get(moments.size() - 1)).as("closing of " + reference).isNotNull();
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE COMPLAINT SET "
                  + String.join(" = ?, ", moments)
                  + " = ? WHERE REFERENCE = ?")) {
        for (int i = 0; i < moved.size(); i++) {
          update.setTimestamp(i + 1, moved.get(i));
        }
        update.setString(moved.size() + 1, reference);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }
  }

  static JsonPath details(String ref) {
    return as("handler").get("/complaints/{r}", ref).then().statusCode(200).extract().jsonPath();
  }
}
