package org.redress.complaint;

/**
 * Who handles the case now. A rejected decision moves the case one tier up; past the complaints
 * officer the only way on is an external body (ISO 10003).
 */
public enum EscalationTier {
  FRONT_LINE,
  MANAGER,
  COMPLAINTS_OFFICER,
  EXTERNAL;

  /** The tier an internal escalation moves to, or {@code null} when none is left. */
  public EscalationTier nextInternal() {
    return switch (this) {
      case FRONT_LINE -> MANAGER;
      case MANAGER -> COMPLAINTS_OFFICER;
      default -> null;
    };
  }
}
