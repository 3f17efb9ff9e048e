package org.redress.audit.sampling;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One complaint of an audit sample and the auditor's checklist answers for it. Changed only through
 * its {@link AuditSample}'s service.
 */
@Entity
@Table(name = "AUDIT_SAMPLE_MEMBER")
public class SampledComplaint {

  @Id
  @SequenceGenerator(
      name = "audit_sample_member_seq",
      sequenceName = "AUDIT_SAMPLE_MEMBER_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_sample_member_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "SAMPLE_ID", nullable = false)
  private AuditSample sample;

  @Column(name = "DRAW_NO", nullable = false)
  private int drawNo;

  @Column(name = "COMPLAINT_ID", nullable = false)
  private long complaintId;

  @Column(name = "COMPLAINT_REFERENCE", nullable = false, length = 20)
  private String complaintReference;

  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL)
  private List<ChecklistAnswer> answers = new ArrayList<>();

  protected SampledComplaint() {}

  SampledComplaint(AuditSample sample, int drawNo, long complaintId, String complaintReference) {
    this.sample = sample;
    this.drawNo = drawNo;
    this.complaintId = complaintId;
    this.complaintReference = complaintReference;
  }

  /** Records or revises the auditor's answer to one item. */
  public void answer(ChecklistItem item, Verdict verdict, String note, String actor, Instant now) {
    Optional<ChecklistAnswer> existing = answer(item);
    String cleaned = note == null || note.isBlank() ? null : note.strip();
    if (existing.isPresent()) {
      existing.get().revise(verdict, cleaned, actor, now);
    } else {
      answers.add(new ChecklistAnswer(this, item, verdict, cleaned, actor, now));
    }
  }

  public Optional<ChecklistAnswer> answer(ChecklistItem item) {
    return answers.stream().filter(a -> a.item() == item).findFirst();
  }

  public int drawNo() {
    return drawNo;
  }

  public long complaintId() {
    return complaintId;
  }

  public String complaintReference() {
    return complaintReference;
  }

  public List<ChecklistAnswer> answers() {
    return Collections.unmodifiableList(answers);
  }
}
