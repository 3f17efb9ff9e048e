package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ISO 10002 evidence per clause counts exactly the cases that meet each requirement: measured as
 * the change the test's own complaints make.
 */
class ConformityEvidenceIT {

  @Test
  void eachClauseCountsTheCasesThatMeetIt() {
    JsonPath before = today();

    String acknowledged = Api.create();
    Api.ok("handler", acknowledged, "acknowledgement", Map.of());
    String rejected = Api.decided();
    Api.ok("handler", rejected, "complainant-reply", Map.of("accepted", false));
    Api.ok(
        "manager",
        rejected,
        "escalation",
        Map.of("reason", "Rejected", "recourseInformation", "Review by the complaints officer"));

    JsonPath after = today();
    assertThat(after.getLong("complaints") - before.getLong("complaints")).isEqualTo(2);
    assertThat(delta(before, after, "acknowledged", "met")).isEqualTo(2);
    assertThat(delta(before, after, "acknowledged within the time limit", "met")).isEqualTo(2);
    assertThat(delta(before, after, "assessed (priority set)", "met")).isEqualTo(1);
    assertThat(delta(before, after, "decision communicated", "met")).isEqualTo(1);
    assertThat(
            delta(
                before, after, "not accepted, with the recourse information given recorded", "of"))
        .isEqualTo(1);
    assertThat(
            delta(
                before, after, "not accepted, with the recourse information given recorded", "met"))
        .isEqualTo(1);
    List<Map<String, Object>> clauses = after.getList("clauses");
    assertThat(clauses)
        .allSatisfy(
            c ->
                assertThat(((Number) c.get("met")).longValue())
                    .isLessThanOrEqualTo(((Number) c.get("of")).longValue()));
    assertThat(clauses)
        .extracting(c -> c.get("clause"))
        .contains("7.2", "7.3", "7.4", "7.5", "7.6", "7.8", "7.9", "8.2");
  }

  @Test
  void onlyAuditingRolesReadItAndBadDatesAreNamed() {
    as("handler").get("/conformity-evidence").then().statusCode(403);
    as("auditor")
        .queryParam("from", "yesterday")
        .get("/conformity-evidence")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    as("auditor")
        .queryParam("from", "2026-12-31")
        .queryParam("to", "2026-01-01")
        .get("/conformity-evidence")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as("auditor")
        .get("/conformity-evidence")
        .then()
        .statusCode(200)
        .body("clauses.size()", equalTo(12));
  }

  private static JsonPath today() {
    String day = LocalDate.now(ZoneOffset.UTC).toString();
    return as("auditor")
        .queryParam("from", day)
        .queryParam("to", day)
        .get("/conformity-evidence")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long delta(JsonPath before, JsonPath after, String measure, String field) {
    return value(after, measure, field) - value(before, measure, field);
  }

  private static long value(JsonPath evidence, String measure, String field) {
    List<Map<String, Object>> clauses = evidence.getList("clauses");
    return clauses.stream()
        .filter(c -> measure.equals(c.get("measure")))
        .map(c -> ((Number) c.get(field)).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no measure " + measure));
  }
}
