package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Remembers which complaint a client's {@code Idempotency-Key} created, so that a retried request
 * returns that complaint instead of recording a second one. The key is stored as a hash of the
 * client's user name and the key, which keeps keys of different clients apart and exact in case.
 */
@Entity
@Table(name = "IDEMPOTENCY_KEY")
public class IdempotencyKey {

  @Id
  @Column(name = "KEY_HASH", length = 64)
  private String keyHash;

  @Column(name = "REQUEST_HASH", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "COMPLAINT_ID", nullable = false)
  private Long complaintId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected IdempotencyKey() {}

  IdempotencyKey(String keyHash, String requestHash, Long complaintId, Instant createdAt) {
    this.keyHash = keyHash;
    this.requestHash = requestHash;
    this.complaintId = complaintId;
    this.createdAt = createdAt;
  }

  String requestHash() {
    return requestHash;
  }

  Long complaintId() {
    return complaintId;
  }
}
