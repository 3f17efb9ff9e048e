package org.redress.complaint;

/** The kind of remedy a response proposes (ISO 10002 7.7). */
public enum RemedyType {
  CORRECTION,
  REFUND,
  REPLACEMENT,
  REPAIR,
  COMPENSATION,
  EXPLANATION,
  APOLOGY,
  PROCESS_CHANGE,
  NO_ACTION,
  OTHER
}
