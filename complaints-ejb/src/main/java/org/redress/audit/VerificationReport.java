package org.redress.audit;

import java.time.Instant;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param intact true when every sealed entry's hash matches its content and its predecessor
 * @param checkedEntries how many sealed entries were checked
 * @param pendingEntries entries written but not sealed yet (sealing follows within seconds)
 * @param firstBrokenEntryId the id of the first entry whose hash does not match, or null
 * @param firstBrokenSealNo its position in the chain, or null
 * @param firstBrokenRecord which record the broken entry is about (type and key), or null
 * @param problem what is wrong, in words, or null
 */
public record VerificationReport(
    boolean intact,
    long checkedEntries,
    long pendingEntries,
    Long firstBrokenEntryId,
    Long firstBrokenSealNo,
    String firstBrokenRecord,
    String problem,
    Instant verifiedAt)
    implements java.io.Serializable {}
