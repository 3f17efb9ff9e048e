package org.redress.complaint;

/**
 * How far the deadline watched on a case has run: on track, a warning to the handler at 80% of the
 * time, then, once missed, escalated to the manager and, if still missed after the policy's grace,
 * to the complaints officer.
 */
public enum AlertLevel {
  ON_TRACK,
  WARNED,
  MANAGER,
  COMPLAINTS_OFFICER
}
