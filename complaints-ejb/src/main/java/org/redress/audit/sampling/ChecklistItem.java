package org.redress.audit.sampling;

import org.redress.audit.IsoClause;

/**
 * The questions an auditor asks of each sampled complaint, one per requirement of ISO 10002 clause
 * 7. {@link Checklist} answers each from the record where the data allows; the auditor confirms or
 * overrules it with a note.
 */
public enum ChecklistItem {
  /** Recorded with the complainant's contact details, the channel and a description. */
  RECORDED_COMPLETELY(IsoClause.ISO10002_7_2),
  /** Every step is on the case's timeline, from receipt to closing. */
  TRACKED_TO_CLOSING(IsoClause.ISO10002_7_3),
  /** Acknowledged, and within the time limit. */
  ACKNOWLEDGED_IN_TIME(IsoClause.ISO10002_7_4),
  /** Severity, safety, complexity and impact were assessed and a priority set. */
  ASSESSED(IsoClause.ISO10002_7_5),
  /** Assigned to a handler who investigated. */
  INVESTIGATED(IsoClause.ISO10002_7_6),
  /** The response reached the complainant by the response deadline. */
  RESPONSE_WITHIN_DEADLINE(IsoClause.ISO10002_7_7),
  /** The decision was communicated, with the channel recorded. */
  DECISION_COMMUNICATED(IsoClause.ISO10002_7_8),
  /** When the complainant rejected the decision, internal and external recourse was explained. */
  RECOURSE_GIVEN_WHEN_REJECTED(IsoClause.ISO10002_7_9),
  /** Closed with the complainant's feedback on the decision (or its absence recorded). */
  CLOSED_WITH_FEEDBACK(IsoClause.ISO10002_7_9);

  private final IsoClause clause;

  ChecklistItem(IsoClause clause) {
    this.clause = clause;
  }

  public IsoClause clause() {
    return clause;
  }
}
