package org.redress.complaint;

/**
 * Why the service-level clock of a case stands still: the organisation waits for the complainant.
 */
public enum PauseReason {
  /** More information was asked for; the response and resolution clocks stop until the reply. */
  INFORMATION_REQUESTED,
  /** The decision was communicated; the resolution clock stops until the complainant answers. */
  DECISION_COMMUNICATED
}
