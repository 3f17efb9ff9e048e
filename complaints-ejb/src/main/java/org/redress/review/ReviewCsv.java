package org.redress.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.analysis.KpiValue;
import org.redress.review.ReviewFigures.ActionLine;
import org.redress.review.ReviewFigures.FindingLine;
import org.redress.review.ReviewFigures.KpiLine;
import org.redress.review.ReviewFigures.MonthKpis;
import org.redress.review.ReviewFigures.NonconformityLine;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.ParetoLine;
import org.redress.survey.SurveySummary;

/**
 * The management review report as CSV (RFC 4180, UTF-8) for spreadsheets: one figure a row, in the
 * long form a pivot table reads. Numbers are plain ({@code 93.5}, a dot for decimals, no unit); an
 * empty value is "no data". Every figure of the PDF is here, under the same section.
 */
final class ReviewCsv {

  static final String[] COLUMNS = {
    "section",
    "key",
    "label",
    "measure",
    "value",
    "sample_size",
    "target_green",
    "target_amber",
    "rating"
  };

  private ReviewCsv() {}

  static byte[] render(ReviewReport report) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out)) {
      row(csv, "report", "reference", "", "", report.reference());
      row(csv, "report", "from_month", "", "", report.period().from());
      row(csv, "report", "to_month", "", "", report.period().to());
      row(csv, "report", "generated_at", "", "", report.renderedAt());
      for (KpiLine line : report.kpis().lines()) {
        csv.printRecord(
            "kpi",
            line.kpi().name(),
            ReviewText.kpi(line.kpi(), report.kpis().currency()),
            "period",
            plain(line.value()),
            line.sampleSize(),
            plain(line.green()),
            plain(line.amber()),
            line.rag().name());
        csv.printRecord(
            "kpi",
            line.kpi().name(),
            ReviewText.kpi(line.kpi(), report.kpis().currency()),
            "previous_period",
            plain(line.previousValue()),
            line.previousSampleSize(),
            "",
            "",
            "");
      }
      for (MonthKpis month : report.months()) {
        for (KpiValue value : month.values()) {
          csv.printRecord(
              "kpi_month",
              value.kpi().name(),
              ReviewText.kpi(value.kpi()),
              month.month(),
              plain(value.value()),
              value.sampleSize(),
              "",
              "",
              "");
        }
      }
      pareto(csv, "category_pareto", report.categories());
      pareto(csv, "cause_pareto", report.causes());

      ReviewFigures.Nonconformities ncs = report.nonconformities();
      row(csv, "nonconformities", "raised_in_period", "", "count", ncs.raised());
      row(csv, "nonconformities", "closed_in_period", "", "count", ncs.closed());
      row(csv, "nonconformities", "open_now", "", "count", ncs.open());
      for (NonconformityLine line : ncs.oldestOpen()) {
        String key = line.reference();
        row(csv, "open_nonconformity", key, line.title(), "severity", line.severity());
        row(csv, "open_nonconformity", key, line.title(), "status", line.status());
        row(csv, "open_nonconformity", key, line.title(), "raised_at", line.raisedAt());
        row(csv, "open_nonconformity", key, line.title(), "open_actions", line.openActions());
        row(csv, "open_nonconformity", key, line.title(), "overdue_actions", line.overdueActions());
      }

      ReviewFigures.Actions actions = report.actions();
      row(csv, "corrective_actions", "open_now", "", "count", actions.open());
      row(csv, "corrective_actions", "overdue", "", "count", actions.overdue());
      for (ActionLine line : actions.earliestDue()) {
        String key = line.nonconformity() + "/" + line.number();
        row(csv, "open_action", key, line.description(), "type", line.type());
        row(csv, "open_action", key, line.description(), "owner", line.owner());
        row(csv, "open_action", key, line.description(), "due_on", line.dueOn());
        row(csv, "open_action", key, line.description(), "status", line.status());
        row(csv, "open_action", key, line.description(), "overdue", line.overdue());
      }

      SurveySummary surveys = report.surveys().summary();
      row(csv, "satisfaction_survey", "invited", "", "count", surveys.invited());
      row(csv, "satisfaction_survey", "answered", "", "count", surveys.answered());
      row(csv, "satisfaction_survey", "overall", "", "average", average(surveys.overall()));
      row(csv, "satisfaction_survey", "fair", "", "average", average(surveys.fair()));
      row(csv, "satisfaction_survey", "timely", "", "average", average(surveys.timely()));
      row(csv, "satisfaction_survey", "clear", "", "average", average(surveys.clear()));
      row(csv, "satisfaction_survey", "low_scores", "", "count", surveys.low());

      ReviewFigures.Findings findings = report.findings();
      row(csv, "audit_findings", "recorded_in_period", "", "count", findings.total());
      for (Pareto.Count count : findings.bySeverity()) {
        row(csv, "audit_findings", count.key(), count.label(), "count", count.count());
      }
      for (FindingLine line : findings.latest()) {
        row(csv, "audit_finding", line.reference(), line.title(), "clause", line.clause());
        row(csv, "audit_finding", line.reference(), line.title(), "severity", line.severity());
        row(csv, "audit_finding", line.reference(), line.title(), "recorded_at", line.recordedAt());
        row(
            csv,
            "audit_finding",
            line.reference(),
            line.title(),
            "nonconformity",
            line.nonconformity());
      }

      ReviewDecisions decisions = report.decisions();
      if (decisions != null) {
        row(csv, "decisions", "held_on", "", "", decisions.heldOn());
        row(csv, "decisions", "attendees", "", "", decisions.attendees());
        row(csv, "decisions", "process", "", "", decisions.processDecisions());
        row(csv, "decisions", "products_and_services", "", "", decisions.productDecisions());
        row(csv, "decisions", "resources", "", "", decisions.resourceDecisions());
        row(csv, "decisions", "next_review_on", "", "", decisions.nextReviewOn());
        row(csv, "decisions", "recorded_by", "", "", report.decidedBy());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void pareto(CSVPrinter csv, String section, Pareto pareto) throws IOException {
    row(csv, section, "total", "", "count", pareto.total());
    for (ParetoLine line : pareto.lines()) {
      row(csv, section, line.key(), line.label(), "count", line.count());
      row(csv, section, line.key(), line.label(), "percent", plain(line.percent()));
      row(
          csv,
          section,
          line.key(),
          line.label(),
          "cumulative_percent",
          plain(line.cumulativePercent()));
    }
  }

  private static void row(
      CSVPrinter csv, String section, String key, String label, String measure, Object value)
      throws IOException {
    csv.printRecord(section, key, label, measure, value == null ? "" : value, "", "", "", "");
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String average(Double value) {
    return value == null ? "" : plain(BigDecimal.valueOf(value));
  }
}
