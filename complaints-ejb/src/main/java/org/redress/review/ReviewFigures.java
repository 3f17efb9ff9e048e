package org.redress.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.redress.analysis.Kpi;
import org.redress.analysis.KpiValue;
import org.redress.analysis.Rag;
import org.redress.survey.SurveySummary;

/**
 * The figures of a management review's report, part by part, as the job stores them (JSON) and the
 * PDF and CSV show them.
 */
public final class ReviewFigures {

  /** How many lines a list in the report shows; the totals always count them all. */
  public static final int LIST_LIMIT = 100;

  private ReviewFigures() {}

  /**
   * One KPI over the whole period: its value and sample, the period before's for the trend, and its
   * target's thresholds (null without a target) with the rating.
   */
  public record KpiLine(
      Kpi kpi,
      BigDecimal value,
      long sampleSize,
      BigDecimal previousValue,
      long previousSampleSize,
      BigDecimal green,
      BigDecimal amber,
      Rag rag)
      implements Serializable {}

  /**
   * The {@link ReviewPartKind#KPIS} part.
   *
   * @param currency the reporting currency the remedy cost is in
   */
  public record PeriodKpis(List<KpiLine> lines, String currency) implements Serializable {}

  /** The {@link ReviewPartKind#MONTH} part: every KPI of all complaints in one month. */
  public record MonthKpis(String month, List<KpiValue> values) implements Serializable {

    /** The value of one KPI, null for "no data". */
    public BigDecimal value(Kpi kpi) {
      return values.stream()
          .filter(v -> v.kpi() == kpi)
          .findFirst()
          .map(KpiValue::value)
          .orElse(null);
    }
  }

  /** A group's count with its share and the running share of the groups before it. */
  public record ParetoLine(
      String key, String label, long count, BigDecimal percent, BigDecimal cumulativePercent)
      implements Serializable {}

  /** Counts by group, largest first, with their shares: {@code CATEGORIES} and {@code CAUSES}. */
  public record Pareto(long total, List<ParetoLine> lines) implements Serializable {

    /** A group and its count, before sorting. */
    public record Count(String key, String label, long count) implements Serializable {}

    /**
     * Sorts the groups by count (then key, for a stable order) and adds the shares, rounded to one
     * decimal; the running share is summed from the exact counts, so the last line is 100.0.
     */
    public static Pareto of(List<Count> counts) {
      long total = counts.stream().mapToLong(Count::count).sum();
      List<Count> sorted =
          counts.stream()
              .filter(c -> c.count() > 0)
              .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
              .toList();
      List<ParetoLine> lines = new ArrayList<>();
      long running = 0;
      for (Count count : sorted) {
        running += count.count();
        lines.add(
            new ParetoLine(
                count.key(),
                count.label(),
                count.count(),
                share(count.count(), total),
                share(running, total)));
      }
      return new Pareto(total, lines);
    }

    private static BigDecimal share(long part, long total) {
      return BigDecimal.valueOf(part * 100L)
          .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
  }

  /** An open nonconformity. */
  public record NonconformityLine(
      String reference,
      String title,
      String severity,
      String status,
      Instant raisedAt,
      long openActions,
      long overdueActions)
      implements Serializable {}

  /**
   * The {@link ReviewPartKind#NONCONFORMITIES} part: raised and closed in the period, open when the
   * report was gathered (the oldest {@value ReviewFigures#LIST_LIMIT} listed).
   */
  public record Nonconformities(
      long raised, long closed, long open, List<NonconformityLine> oldestOpen)
      implements Serializable {}

  /** An open corrective action. */
  public record ActionLine(
      String nonconformity,
      int number,
      String type,
      String description,
      String owner,
      LocalDate dueOn,
      String status,
      boolean overdue)
      implements Serializable {}

  /**
   * The {@link ReviewPartKind#ACTIONS} part: the corrective actions not yet closed when the report
   * was gathered, how many are past their due date, the earliest due listed.
   */
  public record Actions(long open, long overdue, List<ActionLine> earliestDue)
      implements Serializable {}

  /** The {@link ReviewPartKind#SURVEYS} part. */
  public record Surveys(SurveySummary summary) implements Serializable {}

  /** An audit finding. */
  public record FindingLine(
      String reference,
      String title,
      String clause,
      String severity,
      Instant recordedAt,
      String nonconformity)
      implements Serializable {}

  /**
   * The {@link ReviewPartKind#FINDINGS} part: the audit findings recorded in the period, by
   * severity, the latest listed.
   */
  public record Findings(long total, List<Pareto.Count> bySeverity, List<FindingLine> latest)
      implements Serializable {}
}
