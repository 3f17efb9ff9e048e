package org.redress.quality;

/** How serious a nonconformity is, in the words of ISO 9001 audits. */
public enum NonconformitySeverity {
  MAJOR,
  MINOR,
  OBSERVATION
}
