package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redress.platform.Hashes;

/**
 * Remembers which complaint a row of a bulk import created, by the source system and the id it gave
 * the complaint there, so that importing the same row again finds the complaint instead of
 * recording it twice. The key is a hash of source and external id, exact in case.
 */
@Entity
@Table(name = "IMPORT_KEY")
public class ImportKey {

  @Id
  @Column(name = "KEY_HASH", length = 64)
  private String keyHash;

  @Column(name = "SOURCE_NAME", nullable = false, length = 100)
  private String source;

  @Column(name = "EXTERNAL_ID", nullable = false, length = 100)
  private String externalId;

  @Column(name = "COMPLAINT_ID", nullable = false)
  private Long complaintId;

  @Column(name = "RUN_ID", nullable = false)
  private Long runId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected ImportKey() {}

  ImportKey(String source, String externalId, Long complaintId, Long runId, Instant createdAt) {
    this.keyHash = hash(source, externalId);
    this.source = source;
    this.externalId = externalId;
    this.complaintId = complaintId;
    this.runId = runId;
    this.createdAt = createdAt;
  }

  static String hash(String source, String externalId) {
    return Hashes.sha256(source + "\n" + externalId);
  }
}
