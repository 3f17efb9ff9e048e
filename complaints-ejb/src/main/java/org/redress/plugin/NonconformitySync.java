package org.redress.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A nonconformity's record in one QMS: its id there, and whether it is up to date. */
@Entity
@Table(name = "NONCONFORMITY_SYNC")
@NamedQuery(
    name = "NonconformitySync.find",
    query =
        "SELECT s FROM NonconformitySync s WHERE s.nonconformityReference = :reference"
            + " AND s.connectorId = :connector")
@NamedQuery(
    name = "NonconformitySync.ofNonconformity",
    query =
        "SELECT s FROM NonconformitySync s WHERE s.nonconformityReference = :reference"
            + " ORDER BY s.connectorId")
public class NonconformitySync {

  @Id
  @SequenceGenerator(
      name = "nonconformity_sync_seq",
      sequenceName = "NONCONFORMITY_SYNC_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nonconformity_sync_seq")
  private Long id;

  @Version private long version;

  @Column(name = "NONCONFORMITY_REFERENCE", nullable = false, length = 20)
  private String nonconformityReference;

  @Column(name = "CONNECTOR_ID", nullable = false, length = 100)
  private String connectorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 20)
  private SyncState state;

  @Column(name = "EXTERNAL_ID", length = 200)
  private String externalId;

  @Column(name = "EXTERNAL_STATUS", length = 200)
  private String externalStatus;

  @Column(name = "EXTERNAL_CHANGED_AT")
  private Instant externalChangedAt;

  @Column(name = "LAST_ATTEMPT_AT")
  private Instant lastAttemptAt;

  @Column(name = "LAST_SYNCED_AT")
  private Instant lastSyncedAt;

  @Column(name = "LAST_ERROR", length = 2000)
  private String lastError;

  protected NonconformitySync() {}

  public static NonconformitySync pending(String reference, String connectorId) {
    NonconformitySync s = new NonconformitySync();
    s.nonconformityReference = reference;
    s.connectorId = connectorId;
    s.state = SyncState.PENDING;
    return s;
  }

  public void pushed(String newExternalId, Instant now) {
    externalId = clip(newExternalId, 200);
    state = SyncState.SYNCED;
    lastAttemptAt = now;
    lastSyncedAt = now;
    lastError = null;
  }

  public void pushFailed(String error, boolean permanent, Instant now) {
    state = permanent ? SyncState.FAILED : SyncState.RETRYING;
    lastAttemptAt = now;
    lastError = clip(error, 2000);
  }

  /** The status the QMS reported, or {@code null} when the QMS no longer has the record. */
  public void pulled(String status, Instant changedAt) {
    externalStatus = status == null ? null : clip(status, 200);
    externalChangedAt = changedAt;
  }

  private static String clip(String text, int length) {
    if (text == null) {
      return null;
    }
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String nonconformityReference() {
    return nonconformityReference;
  }

  public String connectorId() {
    return connectorId;
  }

  public SyncState state() {
    return state;
  }

  public String externalId() {
    return externalId;
  }

  public String externalStatus() {
    return externalStatus;
  }

  public Instant externalChangedAt() {
    return externalChangedAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant lastSyncedAt() {
    return lastSyncedAt;
  }

  public String lastError() {
    return lastError;
  }
}
