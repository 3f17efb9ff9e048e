package org.redress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiPassTest {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APR = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

  private static final List<KpiPass.Span> MONTHS =
      List.of(new KpiPass.Span(JAN, FEB), new KpiPass.Span(FEB, MAR), new KpiPass.Span(MAR, APR));

  /** A complaint with only the times given; the rest absent. */
  private static final class Case {
    String category = "DELIVERY";
    String product = "Parcel";
    String channel = "WEB";
    Instant received;
    Instant acknowledged;
    Instant acknowledgementDue;
    Instant decided;
    Instant responseDue;
    Instant closed;
    int escalations;
    int reopens;
    boolean referred;
    String outcome;
    String remedyType;
    String currency;
    BigDecimal amount;

    Case(Instant received) {
      this.received = received;
    }

    KpiPass.Complaint row() {
      return new KpiPass.Complaint(
          category,
          product,
          channel,
          micros(received),
          micros(acknowledged),
          micros(acknowledgementDue),
          micros(decided),
          micros(responseDue),
          micros(closed),
          escalations,
          reopens,
          referred,
          outcome,
          remedyType,
          currency,
          amount);
    }

    private static long micros(Instant instant) {
      return instant == null ? KpiPass.ABSENT : KpiPass.micros(instant);
    }
  }

  private static List<List<KpiValue>> pass(List<KpiPass.Span> spans, Case... cases) {
    KpiPass pass = new KpiPass(spans, NOW, "EUR");
    for (Case c : cases) {
      pass.add(c.row());
    }
    return pass.values();
  }

  private static Optional<KpiValue> value(
      List<KpiValue> values, Dimension dimension, String key, Kpi kpi) {
    return values.stream()
        .filter(v -> v.dimension() == dimension && v.key().equals(key) && v.kpi() == kpi)
        .findFirst();
  }

  private static BigDecimal all(List<KpiValue> values, Kpi kpi) {
    return value(values, Dimension.ALL, Dimension.ALL_KEY, kpi).orElseThrow().value();
  }

  @Test
  void aCaseCountsInTheMonthItCameInTheMonthItClosedAndEveryBacklogBetween() {
    Case c = new Case(Instant.parse("2026-01-10T08:00:00Z"));
    c.acknowledged = Instant.parse("2026-01-10T09:30:00Z");
    c.acknowledgementDue = Instant.parse("2026-01-11T08:00:00Z");
    c.closed = Instant.parse("2026-03-05T08:00:00Z");
    List<List<KpiValue>> months = pass(MONTHS, c);

    assertEquals(BigDecimal.ONE, all(months.get(0), Kpi.RECEIVED));
    assertEquals(BigDecimal.ZERO, all(months.get(0), Kpi.CLOSED));
    // Open at the end of January (21 days old) and of February (over 30 days old).
    assertEquals(BigDecimal.ONE, all(months.get(0), Kpi.BACKLOG_8_TO_30_DAYS));
    assertEquals(BigDecimal.ONE, all(months.get(1), Kpi.BACKLOG_OVER_30_DAYS));
    assertEquals(BigDecimal.ZERO, all(months.get(1), Kpi.RECEIVED));
    assertEquals(BigDecimal.ONE, all(months.get(2), Kpi.CLOSED));
    assertEquals(BigDecimal.ZERO, all(months.get(2), Kpi.BACKLOG_OVER_30_DAYS));
    // 90 minutes to acknowledge, in time; 54 days to close, counted in March.
    assertEquals(new BigDecimal("1.50"), all(months.get(0), Kpi.MEDIAN_HOURS_TO_ACKNOWLEDGE));
    assertEquals(new BigDecimal("100.00"), all(months.get(0), Kpi.ACKNOWLEDGED_IN_TIME));
    assertEquals(new BigDecimal("1296.00"), all(months.get(2), Kpi.MEDIAN_HOURS_TO_CLOSE));
    assertNull(all(months.get(0), Kpi.MEDIAN_HOURS_TO_CLOSE));
  }

  @Test
  void theRunningSpansBacklogIsMeasuredNowByTheAgeOfTheCasesNow() {
    Case fresh = new Case(NOW.minus(Duration.ofDays(2)));
    Case older = new Case(NOW.minus(Duration.ofDays(12)));
    Case closedAfterMonthEnd = new Case(Instant.parse("2026-02-20T00:00:00Z"));
    closedAfterMonthEnd.closed = Instant.parse("2026-03-02T00:00:00Z");
    List<KpiValue> march = pass(MONTHS, fresh, older, closedAfterMonthEnd).get(2);

    assertEquals(BigDecimal.ONE, all(march, Kpi.BACKLOG_UP_TO_7_DAYS));
    assertEquals(BigDecimal.ONE, all(march, Kpi.BACKLOG_8_TO_30_DAYS));
    assertEquals(BigDecimal.ZERO, all(march, Kpi.BACKLOG_OVER_30_DAYS));
    assertEquals(BigDecimal.valueOf(2), all(march, Kpi.RECEIVED));
  }

  @Test
  void aDeadlinePassedOnAnOpenCaseCountsAsMissedAndOneStillToComeDoesNot() {
    Case missed = new Case(Instant.parse("2026-03-01T10:00:00Z"));
    missed.acknowledgementDue = Instant.parse("2026-03-03T10:00:00Z");
    missed.responseDue = Instant.parse("2026-03-30T10:00:00Z");
    Case onTime = new Case(Instant.parse("2026-03-02T10:00:00Z"));
    onTime.acknowledged = Instant.parse("2026-03-02T11:00:00Z");
    onTime.acknowledgementDue = Instant.parse("2026-03-04T10:00:00Z");
    onTime.decided = Instant.parse("2026-03-10T10:00:00Z");
    onTime.responseDue = Instant.parse("2026-03-09T10:00:00Z");
    List<KpiValue> march = pass(MONTHS, missed, onTime).get(2);

    KpiValue acknowledged =
        value(march, Dimension.ALL, Dimension.ALL_KEY, Kpi.ACKNOWLEDGED_IN_TIME).orElseThrow();
    assertEquals(new BigDecimal("50.00"), acknowledged.value());
    assertEquals(2, acknowledged.sampleSize());
    // The response of the first is not due yet: only the second's late response is decided.
    KpiValue responded =
        value(march, Dimension.ALL, Dimension.ALL_KEY, Kpi.RESPONDED_IN_TIME).orElseThrow();
    assertEquals(new BigDecimal("0.00"), responded.value());
    assertEquals(1, responded.sampleSize());
  }

  @Test
  void ratesOfTheClosedCasesAndTheCostInTheReportingCurrencyOnly() {
    Case euro = new Case(Instant.parse("2026-02-01T10:00:00Z"));
    euro.closed = Instant.parse("2026-02-10T10:00:00Z");
    euro.remedyType = "REFUND";
    euro.currency = "EUR";
    euro.amount = new BigDecimal("120.50");
    euro.reopens = 1;
    Case dollars = new Case(Instant.parse("2026-02-02T10:00:00Z"));
    dollars.closed = Instant.parse("2026-02-11T10:00:00Z");
    dollars.remedyType = "REFUND";
    dollars.currency = "USD";
    dollars.amount = new BigDecimal("99.00");
    dollars.referred = true;
    Case withdrawn = new Case(Instant.parse("2026-02-03T10:00:00Z"));
    withdrawn.closed = Instant.parse("2026-02-04T10:00:00Z");
    withdrawn.outcome = "WITHDRAWN";
    withdrawn.escalations = 2;
    List<KpiValue> february = pass(MONTHS, euro, dollars, withdrawn).get(1);

    assertEquals(new BigDecimal("120.50"), all(february, Kpi.REMEDY_COST));
    assertEquals(new BigDecimal("100.00"), all(february, Kpi.UPHOLD_RATE));
    assertEquals(
        2, value(february, Dimension.ALL, "*", Kpi.UPHOLD_RATE).orElseThrow().sampleSize());
    assertEquals(new BigDecimal("33.33"), all(february, Kpi.REOPEN_RATE));
    assertEquals(new BigDecimal("33.33"), all(february, Kpi.EXTERNAL_REFERRAL_RATE));
    assertEquals(new BigDecimal("33.33"), all(february, Kpi.ESCALATION_RATE));
  }

  @Test
  void eachGroupCountsItsOwnCasesAndCasesWithoutCategoryOrProductAreGroupedUnderNone() {
    Case delivery = new Case(Instant.parse("2026-01-05T10:00:00Z"));
    Case unclassified = new Case(Instant.parse("2026-01-06T10:00:00Z"));
    unclassified.category = null;
    unclassified.product = null;
    unclassified.channel = "EMAIL";
    List<KpiValue> january = pass(MONTHS, delivery, unclassified).get(0);

    assertEquals(BigDecimal.valueOf(2), all(january, Kpi.RECEIVED));
    assertEquals(
        BigDecimal.ONE,
        value(january, Dimension.CATEGORY, "DELIVERY", Kpi.RECEIVED).orElseThrow().value());
    assertEquals(
        BigDecimal.ONE,
        value(january, Dimension.CATEGORY, Dimension.NONE, Kpi.RECEIVED).orElseThrow().value());
    assertEquals(
        BigDecimal.ONE,
        value(january, Dimension.PRODUCT, Dimension.NONE, Kpi.RECEIVED).orElseThrow().value());
    assertEquals(
        BigDecimal.ONE,
        value(january, Dimension.CHANNEL, "EMAIL", Kpi.RECEIVED).orElseThrow().value());
    // A group without a case in the span has no rows there; the ALL group always has.
    Case finished = new Case(Instant.parse("2026-01-05T10:00:00Z"));
    finished.closed = Instant.parse("2026-01-06T10:00:00Z");
    List<KpiValue> march = pass(List.of(new KpiPass.Span(MAR, APR)), finished).get(0);
    assertTrue(value(march, Dimension.CATEGORY, "DELIVERY", Kpi.RECEIVED).isEmpty());
    assertEquals(BigDecimal.ZERO, all(march, Kpi.RECEIVED));
    assertEquals(Kpi.values().length, march.size());
  }

  @Test
  void overlappingSpansEachCountTheWholeOfTheirCases() {
    Case c = new Case(Instant.parse("2026-02-15T10:00:00Z"));
    List<List<KpiValue>> spans =
        pass(List.of(new KpiPass.Span(JAN, APR), new KpiPass.Span(FEB, MAR)), c);
    assertEquals(BigDecimal.ONE, all(spans.get(0), Kpi.RECEIVED));
    assertEquals(BigDecimal.ONE, all(spans.get(1), Kpi.RECEIVED));
  }

  @Test
  void satisfactionIsTheAverageScoreOfTheSurveysAnsweredInTheSpan() {
    KpiPass pass = new KpiPass(MONTHS, NOW, "EUR");
    pass.addAnswer(
        "DELIVERY", "-", "WEB", KpiPass.micros(Instant.parse("2026-02-03T00:00:00Z")), 4);
    pass.addAnswer(
        "DELIVERY", "-", "WEB", KpiPass.micros(Instant.parse("2026-02-04T00:00:00Z")), 1);
    List<List<KpiValue>> months = pass.values();
    KpiValue february =
        value(months.get(1), Dimension.CATEGORY, "DELIVERY", Kpi.SATISFACTION).orElseThrow();
    assertEquals(new BigDecimal("2.50"), february.value());
    assertEquals(2, february.sampleSize());
    assertNull(all(months.get(0), Kpi.SATISFACTION));
  }

  @Test
  void minutesAreWholeAndNeverNegative() {
    assertEquals(1, KpiPass.minutes(0, 119_999_999L));
    assertEquals(0, KpiPass.minutes(120_000_000L, 0));
    assertThrows(IllegalArgumentException.class, () -> new KpiPass.Span(FEB, FEB));
    assertThrows(IllegalArgumentException.class, () -> new KpiPass(List.of(), NOW, "EUR"));
  }
}
