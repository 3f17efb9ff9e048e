package org.redress.audit;

import java.time.Instant;

/**
 * Which audit entries to read: any of period, record type, record key and user; {@code afterId}
 * continues after the last entry of a previous page.
 */
public record AuditQuery(
    Instant from,
    Instant to,
    String recordType,
    String recordKey,
    String actor,
    Long afterId,
    int limit) {}
