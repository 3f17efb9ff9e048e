package org.redress.analysis;

/** Red, amber or green: a KPI's value against its target; NO_DATA when nothing was measured. */
public enum Rag {
  GREEN,
  AMBER,
  RED,
  NO_DATA
}
