package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.redress.complaint.command.Assess;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * The initial assessment of a complaint (ISO 10002 7.5): how severe, whether safety is at stake,
 * how complex, how wide the impact, and whether immediate action is needed and possible. It sets
 * the priority through the configured matrix.
 */
@Embeddable
public class Assessment {

  @Enumerated(EnumType.STRING)
  @Column(name = "SEVERITY", length = 20)
  private Severity severity;

  @Column(name = "SAFETY_IMPLICATION")
  private Boolean safetyImplication;

  @Enumerated(EnumType.STRING)
  @Column(name = "COMPLEXITY", length = 20)
  private Complexity complexity;

  @Enumerated(EnumType.STRING)
  @Column(name = "IMPACT", length = 20)
  private Impact impact;

  @Column(name = "IMMEDIATE_ACTION_NEEDED")
  private Boolean immediateActionNeeded;

  @Column(name = "IMMEDIATE_ACTION_POSSIBLE")
  private Boolean immediateActionPossible;

  @Column(name = "IMMEDIATE_ACTION_NOTE", columnDefinition = "TEXT")
  private String immediateActionNote;

  @Column(name = "NOTES", columnDefinition = "TEXT")
  private String notes;

  @Column(name = "ASSESSED_BY", length = 100)
  private String assessedBy;

  @Column(name = "ASSESSED_AT")
  private Instant assessedAt;

  protected Assessment() {}

  Assessment(Assess input, String assessedBy, Instant assessedAt) {
    if (Boolean.TRUE.equals(input.immediateActionNeeded())
        && input.immediateActionPossible() == null) {
      throw new InvalidInputException(
          "immediateActionPossible", Messages.text("field.immediateActionPossible"));
    }
    this.severity = input.severity();
    this.safetyImplication = input.safetyImplication();
    this.complexity = input.complexity();
    this.impact = input.impact();
    this.immediateActionNeeded = input.immediateActionNeeded();
    this.immediateActionPossible = input.immediateActionPossible();
    this.immediateActionNote = input.immediateActionNote();
    this.notes = input.notes();
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public boolean isPresent() {
    return severity != null;
  }

  public Severity severity() {
    return severity;
  }

  public boolean safetyImplication() {
    return Boolean.TRUE.equals(safetyImplication);
  }

  public Complexity complexity() {
    return complexity;
  }

  public Impact impact() {
    return impact;
  }

  public boolean immediateActionNeeded() {
    return Boolean.TRUE.equals(immediateActionNeeded);
  }

  public Boolean immediateActionPossible() {
    return immediateActionPossible;
  }

  /** Drops the free-text notes, which may name people (retention, erasure); the levels stay. */
  void redact() {
    immediateActionNote = null;
    notes = null;
  }

  public String immediateActionNote() {
    return immediateActionNote;
  }

  public String notes() {
    return notes;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }
}
