package org.redress.complaint;

/** Why a case was closed. Each outcome has its own conditions, checked by {@link Complaint}. */
public enum ClosingOutcome {
  /** The complainant accepted the decision and the action was carried out. */
  RESOLVED,
  /** The complainant did not answer the communicated decision. */
  NO_REPLY,
  /** The complainant rejected the decision and every reasonable internal option is exhausted. */
  OPTIONS_EXHAUSTED,
  /** The external body (ISO 10003) reached its outcome. */
  EXTERNAL_DECISION,
  /** On assessment, the matter was not a complaint. */
  NOT_A_COMPLAINT,
  /** The complainant withdrew the complaint. */
  WITHDRAWN
}
