package org.redress.audit;

/** The record types the audit trail knows for the auditors' own records. */
public final class AuditRecordTypes {

  /** A sample of closed complaints and its checklist answers. */
  public static final String SAMPLE = "AuditSample";

  /** An audit finding. */
  public static final String FINDING = "AuditFinding";

  private AuditRecordTypes() {}
}
