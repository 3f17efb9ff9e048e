package org.redress.complaint;

/** How the complainant wants to be contacted. */
public enum ContactMethod {
  EMAIL,
  PHONE,
  POST
}
