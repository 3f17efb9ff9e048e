package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.AuditViewIT.timeline;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the analysis and monitoring of complaints in the audit trail, as an auditor
 * reads them in the audit timeline: a manager's change of a KPI target with its thresholds before
 * and after (ISO 10002 8.4), and a QMS admin's decisions about recurring problems (ISO 10002 8.2):
 * a proposal dismissed, and one that became a nonconformity.
 */
class AnalysisAuditIT {

  /** A KPI no other test changes the target of. */
  private static final String KPI = "EXTERNAL_REFERRAL_RATE";

  @Test
  void aChangedKpiTargetIsInTheAuditTrailWithItsThresholdsBeforeAndAfter() {
    JsonPath targets =
        as("manager").get("/kpi/targets").then().statusCode(200).extract().jsonPath();
    BigDecimal green = new BigDecimal(targets.getString("find { it.kpi == '" + KPI + "' }.green"));
    BigDecimal amber = new BigDecimal(targets.getString("find { it.kpi == '" + KPI + "' }.amber"));
    BigDecimal newGreen = green.add(BigDecimal.ONE);
    BigDecimal newAmber = amber.add(new BigDecimal("2.5"));
    try {
      saveTarget(newGreen, newAmber);

      JsonPath trail = timeline(Map.of("recordType", "KpiTarget", "recordKey", KPI));
      assertThat(trail.getString("items[0].actor")).isEqualTo("manager");
      assertThat(trail.getString("items[0].action")).isEqualTo("CHANGE");
      assertThat(trail.getString("items[0].process")).isEqualTo("ANALYSIS_AND_MONITORING");
      assertThat(trail.getList("items[0].clauses", String.class)).containsExactly("ISO10002_8_4");
      assertThat(change(trail, "green", "from")).isEqualByComparingTo(green);
      assertThat(change(trail, "green", "to")).isEqualByComparingTo(newGreen);
      assertThat(change(trail, "amber", "from")).isEqualByComparingTo(amber);
      assertThat(change(trail, "amber", "to")).isEqualByComparingTo(newAmber);
      long entry = trail.getLong("items[0].id");
      assertThat(
              timeline(Map.of("clause", "ISO10002_8_4", "recordKey", KPI))
                  .getList("items.id", Long.class))
          .contains(entry);
      assertThat(
              timeline(Map.of("process", "ANALYSIS_AND_MONITORING", "recordKey", KPI))
                  .getList("items.id", Long.class))
          .contains(entry);

      // The same thresholds again change nothing, and leave no entry.
      saveTarget(newGreen, newAmber);
      assertThat(
              timeline(Map.of("recordType", "KpiTarget", "recordKey", KPI)).getLong("items[0].id"))
          .isEqualTo(entry);
    } finally {
      saveTarget(green, amber);
    }
  }

  @Test
  void decisionsAboutRecurringProblemsAreInTheAuditTrail() throws Exception {
    String dismissedProduct = "RECUR-AUDIT " + Api.marker();
    String raisedProduct = "RECUR-AUDIT " + Api.marker();
    for (int i = 0; i < 3; i++) {
      KpiJobIT.complaintFor(dismissedProduct);
      KpiJobIT.complaintFor(raisedProduct);
    }
    KpiJobIT.runKpiJob(Map.of("days", 0, "weeks", 0, "months", 0));
    long dismissed = id(RecurringProblemIT.proposalFor(dismissedProduct), dismissedProduct);
    long raised = id(RecurringProblemIT.proposalFor(raisedProduct), raisedProduct);

    as("manager").post("/recurring-problems/{id}/dismissal", dismissed).then().statusCode(403);
    as("qms").post("/recurring-problems/{id}/dismissal", dismissed).then().statusCode(200);
    as("qms").post("/recurring-problems/{id}/nonconformity", dismissed).then().statusCode(409);
    String nc =
        as("qms")
            .post("/recurring-problems/{id}/nonconformity", raised)
            .then()
            .statusCode(200)
            .extract()
            .path("nonconformity");

    JsonPath dismissal = decisions(dismissed);
    assertThat(dismissal.getList("items.action")).containsExactly("DISMISS");
    assertThat(dismissal.getString("items[0].actor")).isEqualTo("qms");
    assertThat(dismissal.getString("items[0].process")).isEqualTo("ANALYSIS_AND_MONITORING");
    assertThat(dismissal.getList("items[0].clauses", String.class)).containsExactly("ISO10002_8_2");
    assertThat(dismissal.getMap("items[0].changes.find { it.field == 'status' }"))
        .containsEntry("from", "OPEN")
        .containsEntry("to", "DISMISSED");

    JsonPath raising = decisions(raised);
    assertThat(raising.getList("items.action")).containsExactly("RAISE_NONCONFORMITY");
    assertThat(raising.getString("items[0].actor")).isEqualTo("qms");
    assertThat(raising.getList("items[0].clauses", String.class))
        .containsExactly("ISO10002_8_2", "ISO9001_10_2_1A");
    assertThat(raising.getMap("items[0].changes.find { it.field == 'status' }"))
        .containsEntry("from", "OPEN")
        .containsEntry("to", "RAISED");
    Map<String, Object> linked =
        raising.getMap("items[0].changes.find { it.field == 'nonconformity' }");
    assertThat(linked.get("from")).isNull();
    assertThat(linked.get("to")).isEqualTo(nc);
    assertThat(
            timeline(Map.of("clause", "ISO10002_8_2", "recordType", "RecurringProblem"))
                .getList("items.recordKey", String.class))
        .contains(String.valueOf(dismissed), String.valueOf(raised));
  }

  private static void saveTarget(BigDecimal green, BigDecimal amber) {
    as("manager")
        .body(List.of(Map.of("kpi", KPI, "green", green, "amber", amber)))
        .put("/kpi/targets")
        .then()
        .statusCode(200);
  }

  /** A threshold before or after the latest change, as the auditor reads it. */
  private static BigDecimal change(JsonPath trail, String field, String side) {
    return new BigDecimal(
        trail.getString("items[0].changes.find { it.field == '" + field + "' }." + side));
  }

  private static JsonPath decisions(long proposal) {
    return timeline(
        Map.of("recordType", "RecurringProblem", "recordKey", String.valueOf(proposal)));
  }

  private static long id(Map<String, Object> proposal, String product) {
    assertThat(proposal).as("proposal for " + product).isNotNull();
    return ((Number) proposal.get("id")).longValue();
  }
}
