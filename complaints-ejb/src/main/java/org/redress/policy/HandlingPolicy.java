package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The organisation's handling rules that are not per priority: above which remedy value a manager
 * must approve a response, how long after closing a case may be reopened, whether complaints are
 * acknowledged by mail on receipt, and who is alerted when deadlines are missed. Time limits are
 * {@link ServiceLevel}s. There is exactly one row.
 */
@Entity
@Table(name = "HANDLING_POLICY")
public class HandlingPolicy {

  /** The key of the single row. */
  public static final long ID = 1L;

  @Id private Long id;

  @Version private long version;

  @Column(name = "APPROVAL_THRESHOLD", nullable = false, precision = 17, scale = 2)
  private BigDecimal approvalThreshold;

  @Column(name = "REOPEN_WINDOW_DAYS", nullable = false)
  private int reopenWindowDays;

  @Column(name = "ACKNOWLEDGE_AUTOMATICALLY", nullable = false)
  private boolean acknowledgeAutomatically;

  /** The address that receives escalations to the manager tier (a person or a shared mailbox). */
  @Column(name = "MANAGER_EMAIL", length = 254)
  private String managerEmail;

  /** The complaints officer's address, the last internal tier. */
  @Column(name = "OFFICER_EMAIL", length = 254)
  private String officerEmail;

  /** How long a missed deadline stays with the manager before it goes to the officer. */
  @Column(name = "OFFICER_AFTER_HOURS", nullable = false)
  private int officerAfterHours = 24;

  /** How many months after closing a finished case keeps its personal data. */
  @Column(name = "RETENTION_MONTHS", nullable = false)
  private int retentionMonths = 72;

  /** The currency remedy costs are reported in (ISO 4217); amounts in others are not added. */
  @Column(name = "REPORTING_CURRENCY", nullable = false, length = 3)
  private String reportingCurrency = "EUR";

  protected HandlingPolicy() {}

  public HandlingPolicy(BigDecimal approvalThreshold, int reopenWindowDays) {
    this.id = ID;
    this.approvalThreshold = approvalThreshold;
    this.reopenWindowDays = reopenWindowDays;
  }

  void change(
      BigDecimal approvalThreshold, int reopenWindowDays, boolean acknowledgeAutomatically) {
    this.approvalThreshold = approvalThreshold;
    this.reopenWindowDays = reopenWindowDays;
    this.acknowledgeAutomatically = acknowledgeAutomatically;
  }

  public void changeEscalation(String managerEmail, String officerEmail, int officerAfterHours) {
    this.managerEmail = managerEmail;
    this.officerEmail = officerEmail;
    this.officerAfterHours = officerAfterHours;
  }

  public String managerEmail() {
    return managerEmail;
  }

  public String officerEmail() {
    return officerEmail;
  }

  public int officerAfterHours() {
    return officerAfterHours;
  }

  public int retentionMonths() {
    return retentionMonths;
  }

  void changeRetention(int retentionMonths) {
    this.retentionMonths = retentionMonths;
  }

  public String reportingCurrency() {
    return reportingCurrency;
  }

  void changeReportingCurrency(String currency) {
    this.reportingCurrency = currency;
  }

  public Duration officerAfter() {
    return Duration.ofHours(officerAfterHours);
  }

  /**
   * Whether a complaint from the public form with an email address is acknowledged by mail as soon
   * as it is received, instead of by a handler.
   */
  public boolean acknowledgeAutomatically() {
    return acknowledgeAutomatically;
  }

  /** A proposed remedy worth more than this needs a manager's approval. */
  public BigDecimal approvalThreshold() {
    return approvalThreshold;
  }

  public int reopenWindowDays() {
    return reopenWindowDays;
  }
}
