package org.redress.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The counts and durations of one group of complaints (all of them, a category, a product or a
 * channel) in one period, gathered from the database's GROUP BY rows and turned into KPI values.
 */
final class GroupTally {

  final Dimension dimension;
  final String key;

  long received;
  long acknowledgedInTime;
  long acknowledgementDecided;
  long respondedInTime;
  long responseDecided;
  long escalated;

  long closed;
  long reopened;
  long referred;
  long upholdable;
  long upheld;
  BigDecimal remedyCost = BigDecimal.ZERO;
  long satisfactionSum;
  long satisfactionAnswers;

  long backlogUpTo7Days;
  long backlog8To30Days;
  long backlogOver30Days;

  final Minutes toAcknowledge = new Minutes();
  final Minutes toRespond = new Minutes();
  final Minutes toClose = new Minutes();

  GroupTally(Dimension dimension, String key) {
    this.dimension = dimension;
    this.key = key;
  }

  List<KpiValue> values() {
    List<KpiValue> values = new ArrayList<>();
    count(values, Kpi.RECEIVED, received);
    rate(values, Kpi.ACKNOWLEDGED_IN_TIME, acknowledgedInTime, acknowledgementDecided);
    rate(values, Kpi.RESPONDED_IN_TIME, respondedInTime, responseDecided);
    count(values, Kpi.CLOSED, closed);
    count(values, Kpi.BACKLOG_UP_TO_7_DAYS, backlogUpTo7Days);
    count(values, Kpi.BACKLOG_8_TO_30_DAYS, backlog8To30Days);
    count(values, Kpi.BACKLOG_OVER_30_DAYS, backlogOver30Days);
    hours(values, Kpi.MEDIAN_HOURS_TO_ACKNOWLEDGE, toAcknowledge, 50);
    hours(values, Kpi.P90_HOURS_TO_ACKNOWLEDGE, toAcknowledge, 90);
    hours(values, Kpi.MEDIAN_HOURS_TO_RESPOND, toRespond, 50);
    hours(values, Kpi.P90_HOURS_TO_RESPOND, toRespond, 90);
    hours(values, Kpi.MEDIAN_HOURS_TO_CLOSE, toClose, 50);
    hours(values, Kpi.P90_HOURS_TO_CLOSE, toClose, 90);
    rate(values, Kpi.REOPEN_RATE, reopened, closed);
    rate(values, Kpi.ESCALATION_RATE, escalated, received);
    rate(values, Kpi.EXTERNAL_REFERRAL_RATE, referred, closed);
    rate(values, Kpi.UPHOLD_RATE, upheld, upholdable);
    values.add(new KpiValue(dimension, key, Kpi.REMEDY_COST, remedyCost, closed));
    // The average overall score of the surveys answered in the period; "no data" without any.
    values.add(
        new KpiValue(
            dimension,
            key,
            Kpi.SATISFACTION,
            satisfactionAnswers == 0
                ? null
                : BigDecimal.valueOf(satisfactionSum)
                    .divide(BigDecimal.valueOf(satisfactionAnswers), 2, RoundingMode.HALF_UP),
            satisfactionAnswers));
    return values;
  }

  private void count(List<KpiValue> values, Kpi kpi, long count) {
    values.add(new KpiValue(dimension, key, kpi, BigDecimal.valueOf(count), count));
  }

  private void rate(List<KpiValue> values, Kpi kpi, long part, long whole) {
    values.add(new KpiValue(dimension, key, kpi, Statistics.percent(part, whole), whole));
  }

  private void hours(List<KpiValue> values, Kpi kpi, Minutes minutes, int percent) {
    values.add(
        new KpiValue(
            dimension,
            key,
            kpi,
            Statistics.hours(Statistics.percentile(minutes.values, minutes.size, percent)),
            minutes.size));
  }

  /** A growing array of durations in minutes, without boxing a Long per complaint. */
  static final class Minutes {
    long[] values = new long[16];
    int size;

    void add(long minutes) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = minutes;
    }
  }
}
