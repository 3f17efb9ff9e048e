package org.redress.complaint;

/** What importing one row did: recorded a complaint, or found it imported before. */
public enum ImportOutcome {
  IMPORTED,
  ALREADY_THERE
}
