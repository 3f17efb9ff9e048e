package org.redress.review;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RuleViolationException;

/**
 * A management review of the complaints-handling process (ISO 10002 8.6) for a span of months: its
 * report, gathered and rendered by the {@code management-review} job, and the review's decisions.
 */
@Entity
@Table(name = "MANAGEMENT_REVIEW")
@NamedQuery(
    name = "ManagementReview.byReference",
    query = "SELECT r FROM ManagementReview r WHERE r.reference = :reference")
@NamedQuery(
    name = "ManagementReview.latest",
    query = "SELECT r FROM ManagementReview r ORDER BY r.id DESC")
@NamedQuery(
    name = "ManagementReview.before",
    query = "SELECT r FROM ManagementReview r WHERE r.id < :id ORDER BY r.id DESC")
public class ManagementReview {

  @Id
  @SequenceGenerator(
      name = "management_review_seq",
      sequenceName = "MANAGEMENT_REVIEW_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "management_review_seq")
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", nullable = false, unique = true, length = 20)
  private String reference;

  @Column(name = "FROM_MONTH", nullable = false)
  private LocalDate fromMonth;

  @Column(name = "TO_MONTH", nullable = false)
  private LocalDate toMonth;

  @Column(name = "LANGUAGE", nullable = false, length = 35)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private ReviewStatus status;

  @Column(name = "EXECUTION_ID")
  private Long executionId;

  @Column(name = "PARTS_TOTAL", nullable = false)
  private int partsTotal;

  @Column(name = "PARTS_DONE", nullable = false)
  private int partsDone;

  @Column(name = "REQUESTED_BY", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "REQUESTED_AT", nullable = false)
  private Instant requestedAt;

  @Column(name = "GENERATED_AT")
  private Instant generatedAt;

  @Column(name = "HELD_ON")
  private LocalDate heldOn;

  @Column(name = "ATTENDEES", columnDefinition = "TEXT")
  private String attendees;

  @Column(name = "PROCESS_DECISIONS", columnDefinition = "TEXT")
  private String processDecisions;

  @Column(name = "PRODUCT_DECISIONS", columnDefinition = "TEXT")
  private String productDecisions;

  @Column(name = "RESOURCE_DECISIONS", columnDefinition = "TEXT")
  private String resourceDecisions;

  @Column(name = "NEXT_REVIEW_ON")
  private LocalDate nextReviewOn;

  @Column(name = "DECIDED_BY", length = 100)
  private String decidedBy;

  @Column(name = "DECIDED_AT")
  private Instant decidedAt;

  protected ManagementReview() {}

  /** A review requested for a period; its report is gathered next. */
  public ManagementReview(
      String reference, ReviewPeriod period, String language, String actor, Instant now) {
    this.reference = reference;
    this.fromMonth = period.from().atDay(1);
    this.toMonth = period.to().atDay(1);
    this.language = language;
    this.status = ReviewStatus.GATHERING;
    this.partsTotal = ReviewPart.plan(period).size();
    this.partsDone = 0;
    this.requestedBy = actor;
    this.requestedAt = now;
  }

  /** The job execution now gathering or rendering the report (a restart is a new execution). */
  public void executing(long execution) {
    if (status == ReviewStatus.READY) {
      throw new RuleViolationException("review-ready", Messages.text("review.alreadyReady"));
    }
    this.executionId = execution;
  }

  /** A part of the report is stored: the progress moves on (never back, after a restart). */
  public void gathered(int partNumber) {
    partsDone = Math.max(partsDone, Math.min(partNumber, partsTotal));
    if (partsDone == partsTotal) {
      status = ReviewStatus.RENDERING;
    }
  }

  /** Both files are stored. */
  public void rendered(Instant now) {
    status = ReviewStatus.READY;
    partsDone = partsTotal;
    generatedAt = now;
  }

  /**
   * Records the review's outcome. Only for a ready report (the review discusses it); it must say
   * who attended and decide at least one thing; the next review comes after this one.
   */
  public void decide(ReviewDecisions decisions, String actor, Instant now) {
    if (status != ReviewStatus.READY) {
      throw new RuleViolationException("review-not-ready", Messages.text("review.notReady"));
    }
    List<FieldError> errors = new ArrayList<>();
    if (blank(decisions.processDecisions()) == null
        && blank(decisions.productDecisions()) == null
        && blank(decisions.resourceDecisions()) == null) {
      errors.add(new FieldError("processDecisions", Messages.text("review.decisionRequired")));
    }
    if (decisions.heldOn().isBefore(fromMonth)) {
      errors.add(new FieldError("heldOn", Messages.text("review.heldBeforePeriod")));
    }
    if (decisions.nextReviewOn() != null && !decisions.nextReviewOn().isAfter(decisions.heldOn())) {
      errors.add(new FieldError("nextReviewOn", Messages.text("review.nextAfterHeld")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    heldOn = decisions.heldOn();
    attendees = decisions.attendees().strip();
    processDecisions = blank(decisions.processDecisions());
    productDecisions = blank(decisions.productDecisions());
    resourceDecisions = blank(decisions.resourceDecisions());
    nextReviewOn = decisions.nextReviewOn();
    decidedBy = actor;
    decidedAt = now;
  }

  /** What the audit trail compares before and after a change. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("period", period().label());
    state.put("status", status.name());
    state.put("executionId", executionId);
    state.put("heldOn", heldOn == null ? null : heldOn.toString());
    state.put("attendees", attendees);
    state.put("processDecisions", processDecisions);
    state.put("productDecisions", productDecisions);
    state.put("resourceDecisions", resourceDecisions);
    state.put("nextReviewOn", nextReviewOn == null ? null : nextReviewOn.toString());
    return state;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public ReviewPeriod period() {
    return new ReviewPeriod(YearMonth.from(fromMonth), YearMonth.from(toMonth));
  }

  public String language() {
    return language;
  }

  public ReviewStatus status() {
    return status;
  }

  public Long executionId() {
    return executionId;
  }

  public int partsTotal() {
    return partsTotal;
  }

  public int partsDone() {
    return partsDone;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  /** The recorded decisions, or null before the review was held. */
  public ReviewDecisions decisions() {
    if (heldOn == null) {
      return null;
    }
    return new ReviewDecisions(
        heldOn, attendees, processDecisions, productDecisions, resourceDecisions, nextReviewOn);
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
