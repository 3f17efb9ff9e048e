package org.redress.complaint;

/**
 * The steps a handler or manager can take on a case. {@link Complaint#availableSteps} says which
 * are possible now, from the same checks the steps themselves make, so that pages offer exactly the
 * moves the process allows.
 */
public enum HandlingStep {
  ACKNOWLEDGE,
  ASSESS,
  ASSIGN,
  ADD_INVESTIGATION_NOTE,
  REQUEST_INFORMATION,
  RECORD_INFORMATION,
  PROPOSE_RESPONSE,
  DECIDE_APPROVAL,
  COMMUNICATE_DECISION,
  RECORD_COMPLAINANT_REPLY,
  ESCALATE,
  REFER_EXTERNALLY,
  CLOSE,
  WITHDRAW,
  REOPEN
}
