package org.redress.complaint;

/** How much investigation the complaint is likely to need. */
public enum Complexity {
  LOW,
  MEDIUM,
  HIGH
}
