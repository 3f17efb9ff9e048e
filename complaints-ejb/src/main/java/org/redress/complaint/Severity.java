package org.redress.complaint;

/** How serious the problem is for the complainant (ISO 10002 7.5). */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
