package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
  void theRetentionJobAnonymisesWhatClosedBeforeThePeriodAndNothingElse() throws Exception {
    Map<String, Object> policy = policy();
    String old = SurveyIT.closedComplaintOf(Api.marker() + "@example.com");
    String recent = SurveyIT.closedComplaintOf(Api.marker() + "@example.com");
    closedLongAgo(old, Duration.ofDays(70));
    try {
      Map<String, Object> shorter = new HashMap<>(policy);
      shorter.put("retentionMonths", 1);
      as("admin").body(shorter).put("/policy").then().statusCode(200);

      long execution =
          as("admin")
              .post("/retention/run")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("executionId");
      JsonPath done =
          eventually(
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
      assertThat(done.getString("jobName")).isEqualTo("retention");
      assertThat(done.getLong("written")).isGreaterThanOrEqualTo(1);
      assertThat(details(old).getString("complainant.name")).isEqualTo("(anonymised)");
      assertThat(details(recent).getString("complainant.name")).isEqualTo("Sina Survey");
      assertThat(as("admin").get("/jobs").jsonPath().getList("executionId", Long.class))
          .contains(execution);
    } finally {
      as("admin").body(policy).put("/policy").then().statusCode(200);
    }
  }

  private static Map<String, Object> policy() {
    Map<String, Object> policy =
        new HashMap<>(
            as("admin").get("/policy").then().statusCode(200).extract().jsonPath().getMap("$"));
    policy.remove("categories");
    return policy;
  }

  /** Moves a case's closing (and receipt) back in the database, as if it closed long ago. */
  private static void closedLongAgo(String reference, Duration ago) throws Exception {
    try (Connection db = TheDatabase.connect();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE COMPLAINT SET CLOSED_AT = ?, RECEIVED_AT = ? WHERE REFERENCE = ?")) {
      Instant closedAt = Instant.now().minus(ago);
      update.setTimestamp(1, Timestamp.from(closedAt));
      update.setTimestamp(2, Timestamp.from(closedAt.minus(Duration.ofDays(10))));
      update.setString(3, reference);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static JsonPath details(String ref) {
    return as("handler").get("/complaints/{r}", ref).then().statusCode(200).extract().jsonPath();
  }
}
