package org.redress.audit.finding;

import org.redress.quality.NonconformitySeverity;

/** How an auditor grades a finding, in the words of ISO 9001 certification audits. */
public enum FindingSeverity {
  /** A requirement is not met, or the process fails to achieve its results. */
  MAJOR(NonconformitySeverity.MAJOR),
  /** A single lapse against a requirement that does not put the process's results at risk. */
  MINOR(NonconformitySeverity.MINOR),
  /** Not a nonconformity yet, but it could become one. */
  OBSERVATION(NonconformitySeverity.OBSERVATION),
  /** An opportunity for improvement (ISO 9001 10.3): never a nonconformity. */
  OPPORTUNITY(null);

  private final NonconformitySeverity nonconformity;

  FindingSeverity(NonconformitySeverity nonconformity) {
    this.nonconformity = nonconformity;
  }

  /** The severity of the nonconformity it raises, or null when it cannot raise one. */
  public NonconformitySeverity nonconformitySeverity() {
    return nonconformity;
  }
}
