package org.redress.quality;

/**
 * Where a corrective action stands. Implemented actions wait for the nonconformity's effectiveness
 * check: they close when it passes and go back to work when it fails.
 */
public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  IMPLEMENTED,
  CLOSED,
  CANCELLED;

  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
