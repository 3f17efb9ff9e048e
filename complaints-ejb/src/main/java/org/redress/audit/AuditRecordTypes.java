package org.redress.audit;

/**
 * Record types that more than one class names: the auditors' own records, and the decisions of the
 * analysis of complaints (ISO 10002 8.2, 8.4), which the services record and {@link AuditClauses}
 * and {@link AuditProcess} classify.
 */
public final class AuditRecordTypes {

  /** A sample of closed complaints and its checklist answers. */
  public static final String SAMPLE = "AuditSample";

  /** An audit finding. */
  public static final String FINDING = "AuditFinding";

  /** The target a KPI is rated against (its green and amber thresholds), keyed by the KPI. */
  public static final String KPI_TARGET = "KpiTarget";

  /**
   * A proposal of a recurring problem the KPI job found, keyed by its id, and the QMS admin's
   * decision about it.
   */
  public static final String RECURRING_PROBLEM = "RecurringProblem";

  /** A management review of the complaints-handling process (ISO 10002 8.6). */
  public static final String MANAGEMENT_REVIEW = "ManagementReview";

  private AuditRecordTypes() {}
}
