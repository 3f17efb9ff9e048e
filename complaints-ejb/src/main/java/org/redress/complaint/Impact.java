package org.redress.complaint;

/** How far the problem reaches: one complainant, several, or many customers or the public. */
public enum Impact {
  LOW,
  MEDIUM,
  HIGH
}
