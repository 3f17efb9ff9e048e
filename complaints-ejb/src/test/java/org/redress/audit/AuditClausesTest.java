package org.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AuditClausesTest {

  @ParameterizedTest
  @CsvSource({
    "Complaint, RECEIVE, ISO10002_7_2",
    "Complaint, ACKNOWLEDGE, ISO10002_7_4",
    "Complaint, ASSESS, ISO10002_7_5",
    "Complaint, ASSIGN, ISO10002_7_6",
    "Complaint, PROPOSE_RESPONSE, ISO10002_7_7",
    "Complaint, COMMUNICATE_DECISION, ISO10002_7_8",
    "Complaint, CLOSE, ISO10002_7_9",
    "Complaint, ESCALATE, ISO10002_7_9",
    "Complaint, SOMETHING_NEW, ISO10002_7_3",
    "Nonconformity, RAISE, ISO9001_10_2_1A",
    "Nonconformity, ROOT_CAUSE, ISO9001_10_2_1B",
    "Nonconformity, COMPLETE_ACTION, ISO9001_10_2_1C",
    "Nonconformity, RECORD_EFFECTIVENESS, ISO9001_10_2_1D",
    "Nonconformity, CANCEL, ISO9001_10_2_2",
    "HandlingPolicy, CHANGE, ISO10002_6_3",
    "Category, CREATE, ISO10002_6_3",
    "ConnectorSettings, CHANGE, ISO10002_6_3",
    "AuditSample, DRAW, ISO10002_8_5",
    "AuditFinding, RECORD, ISO9001_9_2",
    "KpiTarget, CHANGE, ISO10002_8_4",
    "RecurringProblem, DISMISS, ISO10002_8_2",
    "RecurringProblem, RAISE_NONCONFORMITY, ISO10002_8_2"
  })
  void eachWriteIsEvidenceOfItsClause(String type, String action, IsoClause clause) {
    assertThat(AuditClauses.of(type, action)).contains(clause);
  }

  @Test
  void aWriteCanBeEvidenceOfTwoStandards() {
    assertThat(AuditClauses.of("Complaint", "LINK_NONCONFORMITY"))
        .containsExactly(IsoClause.ISO10002_7_7, IsoClause.ISO9001_10_2_1A);
    assertThat(AuditClauses.of("Nonconformity", "CLOSE"))
        .containsExactly(IsoClause.ISO9001_10_2_1D, IsoClause.ISO9001_10_2_2);
    assertThat(AuditClauses.of("AuditFinding", "RAISE_NONCONFORMITY"))
        .containsExactly(IsoClause.ISO9001_9_2, IsoClause.ISO9001_10_2_1A);
    assertThat(AuditClauses.of("RecurringProblem", "RAISE_NONCONFORMITY"))
        .containsExactly(IsoClause.ISO10002_8_2, IsoClause.ISO9001_10_2_1A);
  }

  /** The filter (the table read backwards) finds exactly the writes the table maps forwards. */
  @ParameterizedTest
  @EnumSource(IsoClause.class)
  void theFilterSelectsExactlyTheWritesMappedToTheClause(IsoClause clause) {
    AuditClauses.Selection selection = AuditClauses.selection(clause);
    for (String type :
        List.of(
            "Complaint",
            "Nonconformity",
            "HandlingPolicy",
            "Category",
            "AuditSample",
            "AuditFinding",
            "KpiTarget",
            "RecurringProblem",
            "PluginSettings")) {
      for (String action :
          List.of(
              "RECEIVE",
              "ACKNOWLEDGE",
              "LINK_NONCONFORMITY",
              "CLOSE",
              "RAISE",
              "ROOT_CAUSE",
              "PLAN_EFFECTIVENESS_CHECK",
              "CANCEL",
              "CHANGE",
              "DRAW",
              "RECORD",
              "RAISE_NONCONFORMITY",
              "DISMISS",
              "UNHEARD_OF")) {
        assertThat(selection.matches(type, action))
            .as("%s %s for %s", type, action, clause)
            .isEqualTo(AuditClauses.of(type, action).contains(clause));
      }
    }
  }

  @Test
  void theClauseFilterBecomesConditionsOnRecordTypeAndAction() {
    Map<String, Object> parameters = new HashMap<>();
    String condition = AuditTimeline.clauseCondition(IsoClause.ISO10002_7_4, parameters);
    assertThat(condition)
        .isEqualTo("(a.recordType = :clauseType0 AND a.action IN :clauseActions0)");
    assertThat(parameters)
        .containsEntry("clauseType0", "Complaint")
        .containsEntry("clauseActions0", List.of("ACKNOWLEDGE"));

    parameters.clear();
    String tracking = AuditTimeline.clauseCondition(IsoClause.ISO10002_7_3, parameters);
    assertThat(tracking)
        .isEqualTo("(a.recordType = :clauseType0 AND a.action NOT IN :clauseActions0)");
    assertThat(parameters.get("clauseActions0"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("RECEIVE", "CLOSE");

    parameters.clear();
    String configuration = AuditTimeline.clauseCondition(IsoClause.ISO10002_6_3, parameters);
    assertThat(configuration).contains("a.recordType NOT IN :clauseKnownTypes");
  }

  @Test
  void theProcessFollowsTheRecordType() {
    assertThat(AuditProcess.of("Complaint")).isEqualTo(AuditProcess.COMPLAINT_HANDLING);
    assertThat(AuditProcess.of("Nonconformity"))
        .isEqualTo(AuditProcess.NONCONFORMITY_AND_CORRECTIVE_ACTION);
    assertThat(AuditProcess.of("AuditFinding")).isEqualTo(AuditProcess.AUDIT);
    assertThat(AuditProcess.of("KpiTarget")).isEqualTo(AuditProcess.ANALYSIS_AND_MONITORING);
    assertThat(AuditProcess.of("RecurringProblem")).isEqualTo(AuditProcess.ANALYSIS_AND_MONITORING);
    assertThat(AuditProcess.of("HandlingPolicy")).isEqualTo(AuditProcess.CONFIGURATION);
    assertThat(AuditProcess.of("AnythingElse")).isEqualTo(AuditProcess.CONFIGURATION);
  }
}
