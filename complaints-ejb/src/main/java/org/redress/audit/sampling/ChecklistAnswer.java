package org.redress.audit.sampling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The auditor's own verdict and note on one checklist item of a sampled complaint. */
@Entity
@Table(name = "AUDIT_CHECKLIST_ANSWER")
public class ChecklistAnswer {

  @Id
  @SequenceGenerator(
      name = "audit_checklist_answer_seq",
      sequenceName = "AUDIT_CHECKLIST_ANSWER_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_checklist_answer_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "MEMBER_ID", nullable = false)
  private SampledComplaint member;

  @Enumerated(EnumType.STRING)
  @Column(name = "ITEM", nullable = false, length = 40)
  private ChecklistItem item;

  @Enumerated(EnumType.STRING)
  @Column(name = "VERDICT", nullable = false, length = 20)
  private Verdict verdict;

  @Column(name = "NOTE", columnDefinition = "TEXT")
  private String note;

  @Column(name = "ANSWERED_BY", nullable = false, length = 100)
  private String answeredBy;

  @Column(name = "ANSWERED_AT", nullable = false)
  private Instant answeredAt;

  protected ChecklistAnswer() {}

  ChecklistAnswer(
      SampledComplaint member,
      ChecklistItem item,
      Verdict verdict,
      String note,
      String answeredBy,
      Instant answeredAt) {
    this.member = member;
    this.item = item;
    this.verdict = verdict;
    this.note = note;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
  }

  void revise(Verdict newVerdict, String newNote, String actor, Instant now) {
    this.verdict = newVerdict;
    this.note = newNote;
    this.answeredBy = actor;
    this.answeredAt = now;
  }

  public ChecklistItem item() {
    return item;
  }

  public Verdict verdict() {
    return verdict;
  }

  public String note() {
    return note;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
