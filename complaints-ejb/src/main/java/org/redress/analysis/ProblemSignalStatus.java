package org.redress.analysis;

/** What the QMS admin did with a proposal of a recurring problem. */
public enum ProblemSignalStatus {
  /** Waiting for the QMS admin. */
  OPEN,
  /** A nonconformity was raised for it. */
  RAISED,
  /** Looked at and judged not to be a systemic problem. */
  DISMISSED
}
