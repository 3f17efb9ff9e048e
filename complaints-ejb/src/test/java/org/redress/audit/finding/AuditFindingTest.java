package org.redress.audit.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redress.audit.IsoClause;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.RuleViolationException;
import org.redress.quality.NonconformitySeverity;

class AuditFindingTest {

  private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  private static AuditFinding finding(FindingSeverity severity) {
    return AuditFinding.record(
        "FND-2026-00001",
        new RecordFinding(
            "Late acknowledgements",
            "3 of 10 sampled complaints were acknowledged after the time limit.",
            IsoClause.ISO10002_7_4,
            severity,
            "SMP-2026-00001",
            "Complaint",
            "CMP-2026-000007"),
        "Complaint",
        "CMP-2026-000007",
        "auditor",
        NOW);
  }

  @Test
  void theAuditorWhoFoundItRaisesANonconformityOfTheSameGrade() {
    assertThat(finding(FindingSeverity.MAJOR).checkRaise("auditor", false))
        .isEqualTo(NonconformitySeverity.MAJOR);
    assertThat(finding(FindingSeverity.MINOR).checkRaise("auditor", false))
        .isEqualTo(NonconformitySeverity.MINOR);
    assertThat(finding(FindingSeverity.OBSERVATION).checkRaise("auditor", false))
        .isEqualTo(NonconformitySeverity.OBSERVATION);
  }

  @Test
  void aQmsAdminMayRaiseFromAnyFindingAnotherAuditorMayNot() {
    assertThat(finding(FindingSeverity.MINOR).checkRaise("qms", true))
        .isEqualTo(NonconformitySeverity.MINOR);
    assertThatThrownBy(() -> finding(FindingSeverity.MINOR).checkRaise("auditor2", false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("auditor");
  }

  @Test
  void anOpportunityForImprovementIsNeverANonconformity() {
    assertThatThrownBy(() -> finding(FindingSeverity.OPPORTUNITY).checkRaise("auditor", false))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).rule())
        .isEqualTo("opportunity-not-nonconformity");
  }

  @Test
  void aFindingRaisesOneNonconformityOnly() {
    AuditFinding finding = finding(FindingSeverity.MAJOR);
    finding.nonconformityRaised("NC-2026-00009", "auditor", NOW);
    assertThat(finding.nonconformity()).isEqualTo("NC-2026-00009");
    assertThat(finding.auditState()).containsEntry("nonconformity", "NC-2026-00009");
    assertThatThrownBy(() -> finding.checkRaise("auditor", false))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("NC-2026-00009");
  }

  @Test
  void recordsWhatItWasFoundIn() {
    AuditFinding finding = finding(FindingSeverity.MINOR);
    assertThat(finding.auditState())
        .containsEntry("clause", IsoClause.ISO10002_7_4)
        .containsEntry("sample", "SMP-2026-00001")
        .containsEntry("record", "Complaint CMP-2026-000007");
  }
}
