package org.redress.analysis;

/**
 * The key performance indicators of complaints handling (ISO 10002 8.4), as the KPI snapshot job
 * stores them per period and dimension. Rates are percentages; times are hours.
 *
 * <p>Cohorts: the {@linkplain #RECEIVED received} complaints of a period give the acknowledgement,
 * response and escalation figures; the complaints {@linkplain #CLOSED closed} in a period give the
 * closing figures (time to close, reopen, external referral, uphold rate, remedy cost); the backlog
 * is the cases open at the end of the period by their age.
 */
public enum Kpi {
  RECEIVED(Unit.COUNT, Direction.NONE),
  ACKNOWLEDGED_IN_TIME(Unit.PERCENT, Direction.HIGHER_IS_BETTER),
  RESPONDED_IN_TIME(Unit.PERCENT, Direction.HIGHER_IS_BETTER),
  CLOSED(Unit.COUNT, Direction.NONE),
  BACKLOG_UP_TO_7_DAYS(Unit.COUNT, Direction.NONE),
  BACKLOG_8_TO_30_DAYS(Unit.COUNT, Direction.LOWER_IS_BETTER),
  BACKLOG_OVER_30_DAYS(Unit.COUNT, Direction.LOWER_IS_BETTER),
  MEDIAN_HOURS_TO_ACKNOWLEDGE(Unit.HOURS, Direction.LOWER_IS_BETTER),
  P90_HOURS_TO_ACKNOWLEDGE(Unit.HOURS, Direction.LOWER_IS_BETTER),
  MEDIAN_HOURS_TO_RESPOND(Unit.HOURS, Direction.LOWER_IS_BETTER),
  P90_HOURS_TO_RESPOND(Unit.HOURS, Direction.LOWER_IS_BETTER),
  MEDIAN_HOURS_TO_CLOSE(Unit.HOURS, Direction.LOWER_IS_BETTER),
  P90_HOURS_TO_CLOSE(Unit.HOURS, Direction.LOWER_IS_BETTER),
  /** Closed complaints that had been reopened at least once. */
  REOPEN_RATE(Unit.PERCENT, Direction.LOWER_IS_BETTER),
  /** Received complaints escalated at least once. */
  ESCALATION_RATE(Unit.PERCENT, Direction.LOWER_IS_BETTER),
  /** Closed complaints that went to an external dispute-resolution body (ISO 10003). */
  EXTERNAL_REFERRAL_RATE(Unit.PERCENT, Direction.LOWER_IS_BETTER),
  /**
   * Closed complaints found justified: a remedy other than "no action" was decided. Cases closed as
   * not a complaint or withdrawn count in neither part of the rate.
   */
  UPHOLD_RATE(Unit.PERCENT, Direction.NONE),
  /**
   * The remedy amounts of the complaints closed in the period, in the policy's reporting currency
   * (amounts in other currencies are not added).
   */
  REMEDY_COST(Unit.AMOUNT, Direction.NONE),
  /**
   * The complainants' satisfaction with the handling (ISO 10002 8.3): the average overall score, 1
   * to 5, of the surveys answered in the period; "no data" when none was answered.
   */
  SATISFACTION(Unit.SCORE, Direction.HIGHER_IS_BETTER);

  /** What a value counts. */
  public enum Unit {
    COUNT,
    PERCENT,
    HOURS,
    AMOUNT,
    SCORE
  }

  /** Which way a target is met. */
  public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NONE
  }

  private final Unit unit;
  private final Direction direction;

  Kpi(Unit unit, Direction direction) {
    this.unit = unit;
    this.direction = direction;
  }

  public Unit unit() {
    return unit;
  }

  public Direction direction() {
    return direction;
  }
}
