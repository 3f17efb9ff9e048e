package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is tamper-evident: every write is chained by SHA-256, and an auditor's "verify"
 * names the first entry changed directly in the database.
 */
class AuditTrailIT {

  @Test
  void verifyPassesThenNamesTheRowChangedInTheDatabase() throws Exception {
    String ref = Api.create();
    Api.ok("handler", ref, "acknowledgement", Map.of());

    JsonPath intact = verification();
    assertThat(intact.getBoolean("intact")).as(intact.prettify()).isTrue();
    assertThat(intact.getLong("checkedEntries")).isPositive();
    assertThat(intact.getLong("pendingEntries")).isZero();

    try (Connection db = TheDatabase.connect()) {
      long id;
      String actor;
      try (PreparedStatement find =
          db.prepareStatement(
              "SELECT ID, ACTOR FROM AUDIT_ENTRY WHERE RECORD_KEY = ? AND ACTION = 'ACKNOWLEDGE'")) {
        find.setString(1, ref);
        try (ResultSet row = find.executeQuery()) {
          assertThat(row.next()).isTrue();
          id = row.getLong(1);
          actor = row.getString(2);
        }
      }
      update(db, id, "mallory");
      try {
        JsonPath broken = verification();
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getLong("firstBrokenEntryId")).isEqualTo(id);
        assertThat(broken.getString("firstBrokenRecord")).isEqualTo("Complaint " + ref);
        assertThat(broken.getString("problem")).contains("changed");
      } finally {
        update(db, id, actor);
      }
    }
    assertThat(verification().getBoolean("intact")).isTrue();
  }

  @Test
  void auditorsReadTheTrailOfARecordAndExportItAsCsv() {
    String ref = Api.create();
    Api.ok("handler", ref, "acknowledgement", Map.of());
    java.util.List<Map<String, Object>> entries =
        as("auditor")
            .queryParam("recordType", "Complaint")
            .queryParam("recordKey", ref)
            .get("/audit-trail")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("RECEIVE", "ACKNOWLEDGE");
    assertThat(entries).extracting(e -> e.get("actor")).containsExactly("handler", "handler");
    assertThat((String) entries.get(1).get("changes"))
        .contains("\"status\":{\"from\":\"RECEIVED\",\"to\":\"ACKNOWLEDGED\"}");

    String csv =
        as("auditor")
            .accept("text/csv")
            .queryParam("recordKey", ref)
            .get("/audit-trail/export.csv")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asString();
    java.util.List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("id,occurredAt,actor,recordType,recordKey,action,changes");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains(ref).contains("ACKNOWLEDGE");

    as("auditor")
        .queryParam("from", "soon")
        .get("/audit-trail")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    as("handler").get("/audit-trail").then().statusCode(403);
  }

  @Test
  void onlyReadersOfTheTrailMayVerifyIt() {
    as("auditor").get("/audit-trail/verification").then().statusCode(200);
    as("handler").get("/audit-trail/verification").then().statusCode(403);
    Api.anonymous()
        .get("/audit-trail/verification")
        .then()
        .statusCode(401)
        .body("type", equalTo("urn:redress:problem:unauthenticated"));
  }

  private static JsonPath verification() {
    return as("auditor")
        .get("/audit-trail/verification")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void update(Connection db, long id, String actor) throws Exception {
    try (PreparedStatement change =
        db.prepareStatement("UPDATE AUDIT_ENTRY SET ACTOR = ? WHERE ID = ?")) {
      change.setString(1, actor);
      change.setLong(2, id);
      assertThat(change.executeUpdate()).isEqualTo(1);
    }
    if (!db.getAutoCommit()) {
      db.commit();
    }
  }
}
