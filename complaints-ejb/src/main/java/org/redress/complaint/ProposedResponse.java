package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The remedy proposed to the complainant (ISO 10002 7.7) and, when its value is above the
 * threshold, the manager's approval of it.
 */
@Embeddable
public class ProposedResponse {

  @Enumerated(EnumType.STRING)
  @Column(name = "REMEDY_TYPE", length = 20)
  private RemedyType remedyType;

  @Column(name = "SUMMARY", columnDefinition = "TEXT")
  private String summary;

  @Column(name = "AMOUNT", precision = 17, scale = 2)
  private BigDecimal amount;

  @Column(name = "CURRENCY", length = 3)
  private String currency;

  @Column(name = "APPROVAL_REQUIRED")
  private Boolean approvalRequired;

  @Column(name = "PROPOSED_BY", length = 100)
  private String proposedBy;

  @Column(name = "PROPOSED_AT")
  private Instant proposedAt;

  @Column(name = "APPROVED_BY", length = 100)
  private String approvedBy;

  @Column(name = "APPROVED_AT")
  private Instant approvedAt;

  protected ProposedResponse() {}

  ProposedResponse(
      RemedyType remedyType,
      String summary,
      BigDecimal amount,
      String currency,
      boolean approvalRequired,
      String proposedBy,
      Instant proposedAt) {
    this.remedyType = remedyType;
    this.summary = summary;
    this.amount = amount;
    this.currency = currency;
    this.approvalRequired = approvalRequired;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  void approve(String approver, Instant at) {
    this.approvedBy = approver;
    this.approvedAt = at;
  }

  public boolean isPresent() {
    return remedyType != null;
  }

  /** True when it may be communicated: below the threshold, or approved. */
  public boolean isCleared() {
    return !approvalRequired() || approvedAt != null;
  }

  public boolean isAwaitingApproval() {
    return isPresent() && !isCleared();
  }

  public RemedyType remedyType() {
    return remedyType;
  }

  /** Replaces the remedy's description, which may name people; type and amount stay. */
  void redact(String removed) {
    summary = removed;
  }

  public String summary() {
    return summary;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public boolean approvalRequired() {
    return Boolean.TRUE.equals(approvalRequired);
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
