package org.redress.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the sealed audit chain: the last seal number and hash. Its row lock makes one server
 * instance at a time extend the chain.
 */
@Entity
@Table(name = "AUDIT_CHAIN_HEAD")
public class AuditChainHead {

  static final long ID = 1L;

  /** The hash the chain starts from, as the migration wrote it into the head. */
  static final String GENESIS = "0".repeat(64);

  @Id private Long id;

  @Column(name = "LAST_SEAL_NO", nullable = false)
  private long lastSealNo;

  @Column(name = "LAST_HASH", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  long lastSealNo() {
    return lastSealNo;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long sealNo, String hash) {
    this.lastSealNo = sealNo;
    this.lastHash = hash;
  }
}
