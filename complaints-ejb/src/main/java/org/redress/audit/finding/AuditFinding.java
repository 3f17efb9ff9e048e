package org.redress.audit.finding;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.audit.IsoClause;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.Messages;
import org.redress.platform.RuleViolationException;
import org.redress.quality.NonconformitySeverity;

/**
 * What an auditor found (ISO 10002 8.5, ISO 9001 9.2): a title and description, the clause it is
 * judged against, its grade, and what it was found in (a sample, a record, or the process as a
 * whole). A major or minor finding or an observation can raise one nonconformity with source
 * "audit"; an opportunity for improvement cannot. The auditor who recorded it, or a QMS admin, may
 * raise it: the finding is the auditor's, the corrective action the QMS's.
 */
@Entity
@Table(name = "AUDIT_FINDING")
@NamedQuery(
    name = "AuditFinding.findByReference",
    query = "SELECT f FROM AuditFinding f WHERE f.reference = :reference")
public class AuditFinding {

  @Id
  @SequenceGenerator(
      name = "audit_finding_seq",
      sequenceName = "AUDIT_FINDING_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_finding_seq")
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", nullable = false, unique = true, length = 20)
  private String reference;

  @Column(name = "TITLE", nullable = false, length = 200)
  private String title;

  @Column(name = "DESCRIPTION", nullable = false, columnDefinition = "TEXT")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "CLAUSE", nullable = false, length = 30)
  private IsoClause clause;

  @Enumerated(EnumType.STRING)
  @Column(name = "SEVERITY", nullable = false, length = 20)
  private FindingSeverity severity;

  @Column(name = "SAMPLE_REFERENCE", length = 20)
  private String sample;

  @Column(name = "RECORD_TYPE", length = 40)
  private String recordType;

  @Column(name = "RECORD_KEY", length = 100)
  private String recordKey;

  @Column(name = "RECORDED_BY", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "RECORDED_AT", nullable = false)
  private Instant recordedAt;

  @Column(name = "NONCONFORMITY_REFERENCE", length = 20)
  private String nonconformity;

  @Column(name = "NONCONFORMITY_RAISED_BY", length = 100)
  private String nonconformityRaisedBy;

  @Column(name = "NONCONFORMITY_RAISED_AT")
  private Instant nonconformityRaisedAt;

  protected AuditFinding() {}

  public static AuditFinding record(
      String reference,
      RecordFinding input,
      String recordType,
      String recordKey,
      String actor,
      Instant now) {
    AuditFinding finding = new AuditFinding();
    finding.reference = reference;
    finding.title = input.title().strip();
    finding.description = input.description().strip();
    finding.clause = input.clause();
    finding.severity = input.severity();
    finding.sample = input.sample() == null || input.sample().isBlank() ? null : input.sample();
    finding.recordType = recordType;
    finding.recordKey = recordKey;
    finding.recordedBy = actor;
    finding.recordedAt = now;
    return finding;
  }

  /**
   * Checks that this finding may raise a nonconformity now, by this person.
   *
   * @param qmsAdmin true when the caller is a QMS admin, who may raise from any finding
   * @return the severity the nonconformity gets
   */
  public NonconformitySeverity checkRaise(String actor, boolean qmsAdmin) {
    if (nonconformity != null) {
      throw new IllegalTransitionException(
          Messages.text("rule.findingAlreadyRaised", reference, nonconformity));
    }
    if (severity.nonconformitySeverity() == null) {
      throw new RuleViolationException(
          "opportunity-not-nonconformity", Messages.text("rule.opportunityNotNonconformity"));
    }
    if (!qmsAdmin && !recordedBy.equals(actor)) {
      throw new RuleViolationException(
          "not-your-finding", Messages.text("rule.notYourFinding", reference, recordedBy));
    }
    return severity.nonconformitySeverity();
  }

  /** Records the nonconformity raised from this finding; see {@link #checkRaise}. */
  public void nonconformityRaised(String reference, String actor, Instant now) {
    this.nonconformity = reference;
    this.nonconformityRaisedBy = actor;
    this.nonconformityRaisedAt = now;
  }

  /** The fields an auditor compares before and after a change. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("title", title);
    state.put("clause", clause);
    state.put("severity", severity);
    state.put("sample", sample);
    state.put("record", recordType == null ? null : recordType + " " + recordKey);
    state.put("nonconformity", nonconformity);
    return state;
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public IsoClause clause() {
    return clause;
  }

  public FindingSeverity severity() {
    return severity;
  }

  public String sample() {
    return sample;
  }

  public String recordType() {
    return recordType;
  }

  public String recordKey() {
    return recordKey;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String nonconformity() {
    return nonconformity;
  }

  public String nonconformityRaisedBy() {
    return nonconformityRaisedBy;
  }

  public Instant nonconformityRaisedAt() {
    return nonconformityRaisedAt;
  }
}
