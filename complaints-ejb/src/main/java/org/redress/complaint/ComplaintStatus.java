package org.redress.complaint;

/**
 * Where a complaint stands in the ISO 10002 clause 7 process. Closed and withdrawn cases are
 * finished (they can only be reopened); every other state is open.
 */
public enum ComplaintStatus {
  /** 7.2: recorded, not yet acknowledged. */
  RECEIVED,
  /** 7.4: the complainant was told the complaint arrived. */
  ACKNOWLEDGED,
  /** 7.5: severity, safety, complexity and impact judged; priority and deadline set. */
  ASSESSED,
  /** 7.6: a handler is investigating. */
  UNDER_INVESTIGATION,
  /** 7.7: a remedy is proposed; it may wait for a manager's approval. */
  RESPONSE_PROPOSED,
  /** 7.8: the decision was communicated; the complainant's answer is awaited. */
  DECISION_COMMUNICATED,
  /** 7.9: the complainant rejected the decision; the next tier takes the case. */
  ESCALATED,
  /** 7.9: referred to an external dispute-resolution body (ISO 10003). */
  REFERRED_EXTERNALLY,
  /** Finished, with a closing outcome. */
  CLOSED,
  /** The complainant withdrew the complaint. */
  WITHDRAWN;

  public boolean isOpen() {
    return this != CLOSED && this != WITHDRAWN;
  }

  /** True while the organisation still owes the complainant a response (the deadline runs). */
  public boolean awaitsResponse() {
    return switch (this) {
      case RECEIVED, ACKNOWLEDGED, ASSESSED, UNDER_INVESTIGATION, RESPONSE_PROPOSED, ESCALATED ->
          true;
      default -> false;
    };
  }
}
