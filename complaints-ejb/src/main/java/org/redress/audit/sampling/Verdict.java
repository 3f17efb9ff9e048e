package org.redress.audit.sampling;

/** An auditor's verdict on one checklist item of a sampled complaint. */
public enum Verdict {
  CONFORMS,
  DOES_NOT_CONFORM,
  NOT_APPLICABLE
}
