package org.redress.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redress.platform.Hashes;

/**
 * One write to a record, as an auditor reads it (ISO 10002 8.1, ISO 9001 7.5.3): who, when, which
 * record, which action, and each changed field before and after. Entries are never updated or
 * deleted by the application.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
@NamedQuery(
    name = "AuditEntry.unsealed",
    query = "SELECT a FROM AuditEntry a WHERE a.entryHash IS NULL ORDER BY a.id")
@NamedQuery(
    name = "AuditEntry.sealedAfter",
    query = "SELECT a FROM AuditEntry a WHERE a.sealNo > :after ORDER BY a.sealNo")
@NamedQuery(
    name = "AuditEntry.countUnsealed",
    query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.entryHash IS NULL")
public class AuditEntry {

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "AUDIT_ENTRY_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant occurredAt;

  @Column(name = "ACTOR", nullable = false, length = 100)
  private String actor;

  @Column(name = "RECORD_TYPE", nullable = false, length = 40)
  private String recordType;

  @Column(name = "RECORD_KEY", nullable = false, length = 100)
  private String recordKey;

  @Column(name = "ACTION", nullable = false, length = 40)
  private String action;

  @Column(name = "CHANGES", columnDefinition = "TEXT")
  private String changes;

  @Column(name = "SEAL_NO")
  private Long sealNo;

  @Column(name = "PREVIOUS_HASH", length = 64)
  private String previousHash;

  @Column(name = "ENTRY_HASH", length = 64)
  private String entryHash;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      String recordType,
      String recordKey,
      String action,
      String changes) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.recordType = recordType;
    this.recordKey = recordKey;
    this.action = action;
    this.changes = changes;
  }

  /**
   * Links the entry into the chain: its hash covers the previous entry's hash and its own canonical
   * content, so changing or removing any sealed entry breaks every hash after it.
   */
  void seal(long number, String previous) {
    this.sealNo = number;
    this.previousHash = previous;
    this.entryHash = hash(previous);
  }

  /** The hash this entry should carry after {@code previous}; differs if anything was changed. */
  String hash(String previous) {
    return Hashes.sha256(previous + "\n" + canonicalContent());
  }

  /** The fields an auditor relies on, in a fixed order and format on every database. */
  String canonicalContent() {
    return String.join(
        "\u001f",
        String.valueOf(id),
        occurredAt.toString(),
        actor,
        recordType,
        recordKey,
        action,
        changes == null ? "" : changes);
  }

  public Long sealNo() {
    return sealNo;
  }

  public String previousHash() {
    return previousHash;
  }

  public String entryHash() {
    return entryHash;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String recordType() {
    return recordType;
  }

  public String recordKey() {
    return recordKey;
  }

  public String action() {
    return action;
  }

  /** The changed fields as JSON: {@code {"status":{"from":"RECEIVED","to":"ACKNOWLEDGED"}}}. */
  public String changes() {
    return changes;
  }
}
