package org.redress.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of several spans of time (the KPI job's days, weeks and months, or a management review's
 * months) gathered in one pass over the complaints: each complaint is read once and counted in
 * every span it was received in, closed in, or still open at the end of. The counting rules live
 * here, apart from the database, so they can be checked by hand; {@link KpiFigures} feeds the rows.
 *
 * <p>Times are microseconds since the epoch (the precision of the TIMESTAMP columns), {@link
 * #ABSENT} where a complaint has no such time yet.
 */
final class KpiPass {

  /** A time a complaint does not have (not acknowledged, not closed, ...). */
  static final long ABSENT = Long.MIN_VALUE;

  private static final long MICROS_PER_MINUTE = 60_000_000L;
  private static final long MICROS_PER_DAY = 24 * 60 * MICROS_PER_MINUTE;

  /** The complaints from {@code start} up to {@code finish}. */
  record Span(Instant start, Instant finish) {
    Span {
      if (!start.isBefore(finish)) {
        throw new IllegalArgumentException("A span ends after it starts: " + start + ", " + finish);
      }
    }
  }

  /**
   * One complaint as the KPIs see it.
   *
   * @param category the category's code, or {@link Dimension#NONE}
   * @param product the product or service, or {@link Dimension#NONE}
   * @param referred whether it went to an external body
   * @param remedyAmount the remedy's amount, or null
   */
  record Complaint(
      String category,
      String product,
      String channel,
      long received,
      long acknowledged,
      long acknowledgementDue,
      long decisionCommunicated,
      long responseDue,
      long closed,
      int escalations,
      int reopens,
      boolean referred,
      String outcome,
      String remedyType,
      String remedyCurrency,
      BigDecimal remedyAmount) {}

  private final List<SpanTally> spans = new ArrayList<>();
  private final long now;
  private final String currency;

  /**
   * @param now the moment of measuring: a span reaching past it ends now, and a deadline passed
   *     before it counts as missed
   * @param currency the reporting currency: remedy amounts in others are left out of the cost
   */
  KpiPass(List<Span> spans, Instant now, String currency) {
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("No span to compute");
    }
    this.now = micros(now);
    this.currency = currency;
    spans.forEach(span -> this.spans.add(new SpanTally(span, this.now)));
  }

  /** The earliest start of the spans: complaints closed before it count in none of them. */
  Instant earliest() {
    return spans.stream().map(s -> s.span.start()).min(Instant::compareTo).orElseThrow();
  }

  /** The latest finish of the spans: complaints received after it count in none of them. */
  Instant latest() {
    return spans.stream().map(s -> s.span.finish()).max(Instant::compareTo).orElseThrow();
  }

  /** Counts one complaint in every span it belongs to. */
  void add(Complaint c) {
    boolean acknowledgedInTime =
        present(c.acknowledged())
            && present(c.acknowledgementDue())
            && c.acknowledged() <= c.acknowledgementDue();
    // A deadline passed without the step, on a case still open, is decided: missed.
    boolean acknowledgementDecided =
        present(c.acknowledged())
            || (present(c.acknowledgementDue())
                && c.acknowledgementDue() < now
                && !present(c.closed()));
    boolean respondedInTime =
        present(c.decisionCommunicated())
            && present(c.responseDue())
            && c.decisionCommunicated() <= c.responseDue();
    boolean responseDecided =
        present(c.decisionCommunicated())
            || (present(c.responseDue()) && c.responseDue() < now && !present(c.closed()));
    boolean upholdable =
        c.outcome() == null
            || !(c.outcome().equals("NOT_A_COMPLAINT") || c.outcome().equals("WITHDRAWN"));
    boolean upheld = upholdable && c.remedyType() != null && !c.remedyType().equals("NO_ACTION");
    BigDecimal cost =
        currency.equals(c.remedyCurrency()) && c.remedyAmount() != null ? c.remedyAmount() : null;

    for (SpanTally span : spans) {
      boolean receivedIn = span.contains(c.received());
      boolean closedIn = present(c.closed()) && span.contains(c.closed());
      boolean open = c.received() < span.end && (!present(c.closed()) || c.closed() >= span.end);
      if (!receivedIn && !closedIn && !open) {
        continue;
      }
      for (GroupTally tally : span.tallies(c.category(), c.product(), c.channel())) {
        if (receivedIn) {
          tally.received++;
          tally.acknowledgedInTime += acknowledgedInTime ? 1 : 0;
          tally.acknowledgementDecided += acknowledgementDecided ? 1 : 0;
          tally.respondedInTime += respondedInTime ? 1 : 0;
          tally.responseDecided += responseDecided ? 1 : 0;
          tally.escalated += c.escalations() > 0 ? 1 : 0;
          if (present(c.acknowledged())) {
            tally.toAcknowledge.add(minutes(c.received(), c.acknowledged()));
          }
          if (present(c.decisionCommunicated())) {
            tally.toRespond.add(minutes(c.received(), c.decisionCommunicated()));
          }
        }
        if (closedIn) {
          tally.closed++;
          tally.reopened += c.reopens() > 0 ? 1 : 0;
          tally.referred += c.referred() ? 1 : 0;
          tally.upholdable += upholdable ? 1 : 0;
          tally.upheld += upheld ? 1 : 0;
          if (cost != null) {
            tally.remedyCost = tally.remedyCost.add(cost);
          }
          tally.toClose.add(minutes(c.received(), c.closed()));
        }
        if (open) {
          // The backlog at the span's end, by the age of the case then.
          if (c.received() >= span.end - 7 * MICROS_PER_DAY) {
            tally.backlogUpTo7Days++;
          } else if (c.received() >= span.end - 30 * MICROS_PER_DAY) {
            tally.backlog8To30Days++;
          } else {
            tally.backlogOver30Days++;
          }
        }
      }
    }
  }

  /** Counts one answered satisfaction survey (ISO 10002 8.3) in the spans it was answered in. */
  void addAnswer(String category, String product, String channel, long answered, int overall) {
    for (SpanTally span : spans) {
      if (span.contains(answered)) {
        for (GroupTally tally : span.tallies(category, product, channel)) {
          tally.satisfactionSum += overall;
          tally.satisfactionAnswers++;
        }
      }
    }
  }

  /** Every KPI of every group of each span, in the order of the spans. */
  List<List<KpiValue>> values() {
    List<List<KpiValue>> values = new ArrayList<>();
    for (SpanTally span : spans) {
      List<KpiValue> spanValues = new ArrayList<>();
      span.groups
          .values()
          .forEach(groups -> groups.values().forEach(t -> spanValues.addAll(t.values())));
      values.add(spanValues);
    }
    return values;
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static boolean present(long time) {
    return time != ABSENT;
  }

  /** Whole minutes from one time to a later one; none when the later one is not later. */
  static long minutes(long from, long to) {
    return Math.max(0, (to - from) / MICROS_PER_MINUTE);
  }

  /** The groups of one span, each with its own counts. */
  private static final class SpanTally {
    final Span span;
    final long from;
    final long to;

    /** The end of the backlog: the span's finish, or now for a span still running. */
    final long end;

    final Map<Dimension, Map<String, GroupTally>> groups = new EnumMap<>(Dimension.class);
    final GroupTally all = new GroupTally(Dimension.ALL, Dimension.ALL_KEY);
    final Map<String, GroupTally> categories = new HashMap<>();
    final Map<String, GroupTally> products = new HashMap<>();
    final Map<String, GroupTally> channels = new HashMap<>();

    SpanTally(Span span, long now) {
      this.span = span;
      this.from = micros(span.start());
      this.to = micros(span.finish());
      this.end = Math.min(to, now);
      // The ALL group exists even for an empty span, so the charts show a zero.
      groups.put(Dimension.ALL, new LinkedHashMap<>(Map.of(Dimension.ALL_KEY, all)));
      groups.put(Dimension.CATEGORY, categories);
      groups.put(Dimension.PRODUCT, products);
      groups.put(Dimension.CHANNEL, channels);
    }

    boolean contains(long time) {
      return time >= from && time < to;
    }

    List<GroupTally> tallies(String category, String product, String channel) {
      return List.of(
          all,
          tally(categories, Dimension.CATEGORY, category),
          tally(products, Dimension.PRODUCT, product),
          tally(channels, Dimension.CHANNEL, channel));
    }

    private static GroupTally tally(
        Map<String, GroupTally> tallies, Dimension dimension, String key) {
      String name = key == null ? Dimension.NONE : key;
      return tallies.computeIfAbsent(name, k -> new GroupTally(dimension, k));
    }
  }
}
