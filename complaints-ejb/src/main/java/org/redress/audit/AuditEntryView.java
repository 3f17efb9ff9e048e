package org.redress.audit;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail as an auditor reads it. */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    String recordType,
    String recordKey,
    String action,
    String changes,
    Long sealNo,
    String entryHash)
    implements Serializable {

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.recordType(),
        e.recordKey(),
        e.action(),
        e.changes(),
        e.sealNo(),
        e.entryHash());
  }
}
