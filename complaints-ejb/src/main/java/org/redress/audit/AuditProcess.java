package org.redress.audit;

import java.util.List;

/**
 * The process an audit-trail entry belongs to, derived from the kind of record it is about: an
 * auditor audits one process at a time. Every record type that is not a complaint, a nonconformity,
 * an analysis decision or an audit record is configuration (policies, categories, and whatever
 * settings later releases add).
 */
public enum AuditProcess {
  /** ISO 10002 clause 7: complaints from receipt to closing. */
  COMPLAINT_HANDLING(List.of("Complaint")),
  /** ISO 9001 10.2: nonconformities, their corrective actions and effectiveness checks. */
  NONCONFORMITY_AND_CORRECTIVE_ACTION(List.of("Nonconformity")),
  /**
   * ISO 10002 8.2, 8.4 and 8.6: the analysis of complaints, the monitoring of the process and its
   * management review, that is the KPI targets, the decisions about recurring problems and the
   * management reviews.
   */
  ANALYSIS_AND_MONITORING(
      List.of(
          AuditRecordTypes.KPI_TARGET,
          AuditRecordTypes.RECURRING_PROBLEM,
          AuditRecordTypes.MANAGEMENT_REVIEW)),
  /** ISO 10002 8.5, ISO 9001 9.2: the auditors' own samples, checklists and findings. */
  AUDIT(List.of(AuditRecordTypes.SAMPLE, AuditRecordTypes.FINDING)),
  /** The handling policy, categories and other settings. */
  CONFIGURATION(List.of());

  private final List<String> recordTypes;

  AuditProcess(List<String> recordTypes) {
    this.recordTypes = recordTypes;
  }

  /** The record types of this process; empty for configuration, which is "every other type". */
  public List<String> recordTypes() {
    return recordTypes;
  }

  public static AuditProcess of(String recordType) {
    for (AuditProcess process : values()) {
      if (process.recordTypes.contains(recordType)) {
        return process;
      }
    }
    return CONFIGURATION;
  }

  /** The record types that belong to a process other than configuration. */
  public static List<String> nonConfigurationTypes() {
    return java.util.Arrays.stream(values()).flatMap(p -> p.recordTypes.stream()).toList();
  }
}
