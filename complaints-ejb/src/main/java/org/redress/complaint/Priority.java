package org.redress.complaint;

/** The handling priority that the assessment sets; it decides the response deadline. */
public enum Priority {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
