package org.redress.audit.finding;

import java.io.Serializable;
import java.time.Instant;
import org.redress.audit.IsoClause;

/** A finding as auditors, QMS admins and managers read it. */
public record FindingView(
    String reference,
    String title,
    String description,
    IsoClause clause,
    FindingSeverity severity,
    String sample,
    String recordType,
    String recordKey,
    String recordedBy,
    Instant recordedAt,
    String nonconformity,
    String nonconformityRaisedBy,
    Instant nonconformityRaisedAt)
    implements Serializable {

  static FindingView of(AuditFinding f) {
    return new FindingView(
        f.reference(),
        f.title(),
        f.description(),
        f.clause(),
        f.severity(),
        f.sample(),
        f.recordType(),
        f.recordKey(),
        f.recordedBy(),
        f.recordedAt(),
        f.nonconformity(),
        f.nonconformityRaisedBy(),
        f.nonconformityRaisedAt());
  }
}
