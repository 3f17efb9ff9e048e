package org.redress.review;

/** The parts a management review's report is gathered in, one job item each. */
public enum ReviewPartKind {
  /** Every KPI over the whole period against its target and against the period before. */
  KPIS,
  /** Every KPI of one month of the period: the trend. */
  MONTH,
  /** The complaints received by category, largest first (Pareto). */
  CATEGORIES,
  /** The nonconformities raised by root-cause category, largest first (Pareto). */
  CAUSES,
  /** Nonconformities raised and closed in the period, and those open now. */
  NONCONFORMITIES,
  /** Corrective actions open now, overdue first. */
  ACTIONS,
  /** The satisfaction surveys answered in the period. */
  SURVEYS,
  /** The audit findings recorded in the period. */
  FINDINGS
}
