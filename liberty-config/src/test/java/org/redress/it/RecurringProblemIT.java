package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recurring problems (ISO 10002 8.2): a burst of complaints about one product becomes a proposal
 * when the KPI job runs, listing those complaints; the QMS admin raises a nonconformity from it in
 * one call, and the nonconformity links them.
 */
class RecurringProblemIT {

  /** The open proposal for a product, or null. */
  static Map<String, Object> proposalFor(String product) {
    List<Map<String, Object>> open =
        as("qms")
            .queryParam("status", "OPEN")
            .get("/recurring-problems")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.dimension == 'PRODUCT' && it.key == '" + product + "' }");
    return open.isEmpty() ? null : open.get(0);
  }

  @Test
  void aBurstAboutOneProductBecomesAProposalAndOneClickRaisesANonconformity() throws Exception {
    String product = "RECUR-IT " + Api.marker();
    String quiet = "RECUR-IT quiet " + Api.marker();
    List<String> burst =
        List.of(
            KpiJobIT.complaintFor(product),
            KpiJobIT.complaintFor(product),
            KpiJobIT.complaintFor(product),
            KpiJobIT.complaintFor(product));
    KpiJobIT.complaintFor(quiet);
    KpiJobIT.complaintFor(quiet);

    KpiJobIT.runKpiJob(Map.of("days", 0, "weeks", 0, "months", 0));

    Map<String, Object> proposal = proposalFor(product);
    assertThat(proposal).as("proposal for " + product).isNotNull();
    assertThat(((Number) proposal.get("recentCount")).longValue()).isEqualTo(4);
    assertThat(((Number) proposal.get("baselineCount")).longValue()).isZero();
    assertThat(proposalFor(quiet)).as("two complaints are not a problem").isNull();

    long id = ((Number) proposal.get("id")).longValue();
    JsonPath details =
        as("qms").get("/recurring-problems/{id}", id).then().statusCode(200).extract().jsonPath();
    assertThat(details.getList("complaints.reference", String.class))
        .containsExactlyInAnyOrderElementsOf(burst);

    // A second run on the same day brings the open proposal up to date, it does not add one.
    KpiJobIT.complaintFor(product);
    KpiJobIT.runKpiJob(Map.of("days", 0, "weeks", 0, "months", 0));
    Map<String, Object> updated = proposalFor(product);
    assertThat(((Number) updated.get("id")).longValue()).isEqualTo(id);
    assertThat(((Number) updated.get("recentCount")).longValue()).isEqualTo(5);

    as("manager").post("/recurring-problems/{id}/nonconformity", id).then().statusCode(403);

    JsonPath raised =
        as("qms")
            .post("/recurring-problems/{id}/nonconformity", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(raised.getString("status")).isEqualTo("RAISED");
    assertThat(raised.getString("decidedBy")).isEqualTo("qms");
    String nc = raised.getString("nonconformity");
    assertThat(nc).startsWith("NC-");

    JsonPath nonconformity =
        as("qms").get("/nonconformities/{ref}", nc).then().statusCode(200).extract().jsonPath();
    assertThat(nonconformity.getString("source")).isEqualTo("COMPLAINT");
    assertThat(nonconformity.getList("complaints", String.class)).hasSize(5).containsAll(burst);

    as("qms").post("/recurring-problems/{id}/nonconformity", id).then().statusCode(409);
    assertThat(proposalFor(product)).as("a decided proposal is not open again").isNull();
  }

  @Test
  void unknownProposalsAreNotFound() {
    as("qms").get("/recurring-problems/{id}", 999_999_999L).then().statusCode(404);
    as("qms").get("/recurring-problems/{id}", "abc").then().statusCode(400);
  }
}
