package org.redress.complaint;

/** How a complaint reached the organisation, or how a decision was communicated. */
public enum Channel {
  WEB,
  EMAIL,
  PHONE,
  POST,
  FAX,
  IN_PERSON,
  REFERRAL,
  OTHER
}
