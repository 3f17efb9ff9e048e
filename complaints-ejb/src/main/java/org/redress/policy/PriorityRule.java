package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;

/** One cell of the assessment matrix: this severity with this impact gives this priority. */
@Entity
@Table(name = "PRIORITY_RULE")
@IdClass(PriorityRule.Key.class)
public class PriorityRule {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "SEVERITY", length = 20)
  private Severity severity;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "IMPACT", length = 20)
  private Impact impact;

  @Enumerated(EnumType.STRING)
  @Column(name = "PRIORITY", nullable = false, length = 20)
  private Priority priority;

  protected PriorityRule() {}

  public PriorityRule(Severity severity, Impact impact, Priority priority) {
    this.severity = severity;
    this.impact = impact;
    this.priority = priority;
  }

  void change(Priority priority) {
    this.priority = priority;
  }

  public Severity severity() {
    return severity;
  }

  public Impact impact() {
    return impact;
  }

  public Priority priority() {
    return priority;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public Severity severity;
    public Impact impact;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.severity == severity && key.impact == impact;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(severity, impact);
    }
  }
}
