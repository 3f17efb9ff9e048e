package org.redress.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Writes audit entries for a loaded history exactly as the running application would have: the
 * change is the difference {@link AuditTrail} records, and the entry is sealed into the hash chain
 * by {@link AuditEntry#seal}, so that the auditor's "verify" accepts the loaded trail and the
 * sealer finds nothing left to seal. It lives in the audit package because the chain's canonical
 * form is the application's own, on purpose not copied here.
 */
public final class AuditHistory {

  /** The hash the chain starts from (AUDIT_CHAIN_HEAD of an empty trail, migration V4). */
  public static final String GENESIS = "0".repeat(64);

  private long lastSealNo;
  private String lastHash;

  /** A chain that goes on after the given head (an empty trail: 0 and {@link #GENESIS}). */
  public AuditHistory(long lastSealNo, String lastHash) {
    this.lastSealNo = lastSealNo;
    this.lastHash = lastHash;
  }

  /**
   * A new, unsealed entry for a change of a record, as {@link AuditTrail#recordChange} writes it.
   */
  public static AuditEntry change(
      Instant at,
      String actor,
      String recordType,
      String recordKey,
      String action,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new AuditEntry(
        at, actor, recordType, recordKey, action, AuditTrail.difference(before, after));
  }

  /** Seals the entry (its id already given) as the next link of the chain. */
  public void seal(AuditEntry entry) {
    if (entry.id() == null) {
      throw new IllegalStateException("An audit entry is sealed with its id");
    }
    entry.seal(lastSealNo + 1, lastHash);
    lastSealNo = entry.sealNo();
    lastHash = entry.entryHash();
  }

  public long lastSealNo() {
    return lastSealNo;
  }

  public String lastHash() {
    return lastHash;
  }

  /** Whether the entry's hash is the one the verification computes after {@code previous}. */
  public static boolean verifies(AuditEntry entry, String previous) {
    return previous.equals(entry.previousHash()) && entry.hash(previous).equals(entry.entryHash());
  }
}
