package org.redress.quality;

/** What an action does about a nonconformity. */
public enum ActionType {
  /** Fixes the nonconformity found (ISO 9001 10.2.1 a). */
  CORRECTION,
  /** Removes its cause so it does not recur (10.2.1 b). */
  CORRECTIVE,
  /** Removes the cause of a potential nonconformity elsewhere. */
  PREVENTIVE,
  /** Improves the process beyond the fix (ISO 10002 8.7, ISO 9001 10.3). */
  IMPROVEMENT
}
