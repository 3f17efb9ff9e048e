package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * The organisation's handling rules that are not per priority: how fast a complaint must be
 * acknowledged, above which remedy value a manager must approve a response, and how long after
 * closing a case may be reopened. There is exactly one row.
 */
@Entity
@Table(name = "HANDLING_POLICY")
public class HandlingPolicy {

  /** The key of the single row. */
  public static final long ID = 1L;

  @Id private Long id;

  @Version private long version;

  @Column(name = "ACKNOWLEDGE_WITHIN_DAYS", nullable = false)
  private int acknowledgeWithinDays;

  @Column(name = "APPROVAL_THRESHOLD", nullable = false, precision = 17, scale = 2)
  private BigDecimal approvalThreshold;

  @Column(name = "REOPEN_WINDOW_DAYS", nullable = false)
  private int reopenWindowDays;

  @Column(name = "ACKNOWLEDGE_AUTOMATICALLY", nullable = false)
  private boolean acknowledgeAutomatically;

  protected HandlingPolicy() {}

  public HandlingPolicy(
      int acknowledgeWithinDays, BigDecimal approvalThreshold, int reopenWindowDays) {
    this.id = ID;
    this.acknowledgeWithinDays = acknowledgeWithinDays;
    this.approvalThreshold = approvalThreshold;
    this.reopenWindowDays = reopenWindowDays;
  }

  void change(
      int acknowledgeWithinDays,
      BigDecimal approvalThreshold,
      int reopenWindowDays,
      boolean acknowledgeAutomatically) {
    this.acknowledgeWithinDays = acknowledgeWithinDays;
    this.approvalThreshold = approvalThreshold;
    this.reopenWindowDays = reopenWindowDays;
    this.acknowledgeAutomatically = acknowledgeAutomatically;
  }

  /**
   * Whether a complaint from the public form with an email address is acknowledged by mail as soon
   * as it is received, instead of by a handler.
   */
  public boolean acknowledgeAutomatically() {
    return acknowledgeAutomatically;
  }

  public int acknowledgeWithinDays() {
    return acknowledgeWithinDays;
  }

  /** A proposed remedy worth more than this needs a manager's approval. */
  public BigDecimal approvalThreshold() {
    return approvalThreshold;
  }

  public int reopenWindowDays() {
    return reopenWindowDays;
  }
}
