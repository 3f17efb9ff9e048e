package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.complaint.ComplaintFixture.CLOSED_AT;
import static org.redress.complaint.ComplaintFixture.aComplaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.platform.IllegalTransitionException;

/** Retention and erasure: personal data goes, everything the statistics count stays. */
class AnonymisationTest {

  private static final Instant LATER = CLOSED_AT.plus(Duration.ofDays(400));

  @Test
  void theComplainantsDetailsAndTextsGoAndTheFiguresStay() {
    Complaint c = aComplaint().closed();
    Map<String, Object> before = c.auditState();
    Instant responseDue = c.responseDueAt();

    c.anonymise("retention period of 12 months over", "system", LATER);

    assertThat(c.complainant().name()).isEqualTo(Party.ANONYMISED);
    assertThat(c.complainant().email()).isNull();
    assertThat(c.complainant().phone()).isNull();
    assertThat(c.complainant().address()).isNull();
    assertThat(c.complainant().language()).isEqualTo("de-ch");
    assertThat(c.description()).isEqualTo(Complaint.REMOVED);
    assertThat(c.orderReference()).isNull();
    assertThat(c.remedySought()).isNull();
    assertThat(c.personsComplainedAbout()).isEmpty();
    assertThat(c.decisionMessage()).isNull();
    assertThat(c.response().summary()).isEqualTo(Complaint.REMOVED);
    assertThat(c.events())
        .filteredOn(e -> e.type() != EventType.ANONYMISED)
        .allSatisfy(e -> assertThat(e.details()).isNull());
    assertThat(c.events().get(c.events().size() - 1).details())
        .isEqualTo("Personal data removed: retention period of 12 months over");
    assertThat(c.anonymisedAt()).isEqualTo(LATER);

    // What the KPIs count is unchanged.
    Map<String, Object> after = c.auditState();
    for (String kept :
        new String[] {
          "status",
          "outcome",
          "priority",
          "tier",
          "category",
          "acknowledgedAt",
          "responseDueAt",
          "severity",
          "impact",
          "remedyType",
          "remedyAmount",
          "decisionCommunicatedAt",
          "complainantReply",
          "closedAt",
          "reopenCount"
        }) {
      assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
    }
    assertThat(c.responseDueAt()).isEqualTo(responseDue);
    assertThat(c.productOrService()).isEqualTo("Espresso machine EM-200");
  }

  @Test
  void aCaseStillBeingHandledKeepsItsData() {
    Complaint c = aComplaint().underInvestigation();
    assertThatThrownBy(() -> c.anonymise("erasure requested", "admin", LATER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(c.complainant().name()).isEqualTo("Clara Complainant");
  }

  @Test
  void aCaseIsAnonymisedOnce() {
    Complaint c = aComplaint().withdrawn();
    c.anonymise("erasure requested", "admin", LATER);
    assertThatThrownBy(() -> c.anonymise("again", "admin", LATER))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
