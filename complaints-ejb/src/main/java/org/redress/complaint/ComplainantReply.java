package org.redress.complaint;

/** The complainant's answer to the communicated decision (ISO 10002 7.9). */
public enum ComplainantReply {
  ACCEPTED,
  REJECTED
}
