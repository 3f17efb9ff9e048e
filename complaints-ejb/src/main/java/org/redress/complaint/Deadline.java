package org.redress.complaint;

/** The three service-level deadlines of a complaint. */
public enum Deadline {
  /** ISO 10002 7.4: the complainant is told the complaint arrived. */
  ACKNOWLEDGEMENT,
  /** ISO 10002 7.8: the decision is communicated. */
  RESPONSE,
  /** The case is finished. */
  RESOLUTION
}
