package org.redress.quality;

/** Where a nonconformity stands, from its recording to its closing after an effective fix. */
public enum NonconformityStatus {
  DRAFT,
  ANALYSIS,
  ACTION_PLAN,
  IMPLEMENTATION,
  EFFECTIVENESS_REVIEW,
  CLOSED,
  CANCELLED;

  public boolean isOpen() {
    return this != CLOSED && this != CANCELLED;
  }
}
