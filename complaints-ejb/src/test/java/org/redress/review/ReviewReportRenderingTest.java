package org.redress.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.analysis.Dimension;
import org.redress.analysis.Kpi;
import org.redress.analysis.KpiValue;
import org.redress.analysis.Rag;
import org.redress.platform.CallerLocale;
import org.redress.review.ReviewFigures.ActionLine;
import org.redress.review.ReviewFigures.Actions;
import org.redress.review.ReviewFigures.FindingLine;
import org.redress.review.ReviewFigures.Findings;
import org.redress.review.ReviewFigures.KpiLine;
import org.redress.review.ReviewFigures.MonthKpis;
import org.redress.review.ReviewFigures.Nonconformities;
import org.redress.review.ReviewFigures.NonconformityLine;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.PeriodKpis;
import org.redress.review.ReviewFigures.Surveys;
import org.redress.survey.SurveySummary;

/**
 * The report renders every stored part: the PDF shows the figures a reader looks for in each
 * section, the CSV holds the same figures one a row, and the parts survive their JSON storage.
 */
class ReviewReportRenderingTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final ReviewPeriod PERIOD =
      new ReviewPeriod(YearMonth.of(2026, 9), YearMonth.of(2026, 10));

  @AfterEach
  void clearLocale() {
    CallerLocale.clear();
  }

  /** The parts as the job stores them, read back through their JSON. */
  private static Map<Integer, Object> storedParts() {
    List<KpiLine> lines =
        List.of(
            new KpiLine(
                Kpi.RECEIVED,
                new BigDecimal("1234"),
                1234,
                new BigDecimal("1100"),
                1100,
                null,
                null,
                Rag.NO_DATA),
            new KpiLine(
                Kpi.ACKNOWLEDGED_IN_TIME,
                new BigDecimal("93.5000"),
                1200,
                new BigDecimal("96.0000"),
                1000,
                new BigDecimal("95"),
                new BigDecimal("85"),
                Rag.AMBER),
            new KpiLine(
                Kpi.REMEDY_COST, new BigDecimal("1250.5000"), 40, null, 0, null, null, Rag.NO_DATA),
            new KpiLine(
                Kpi.SATISFACTION,
                null,
                0,
                null,
                0,
                new BigDecimal("4"),
                new BigDecimal("3.5"),
                Rag.NO_DATA));
    Map<Integer, Object> parts = new HashMap<>();
    parts.put(1, new PeriodKpis(lines, "EUR"));
    parts.put(2, month("2026-09", 600, 580));
    parts.put(3, month("2026-10", 634, 611));
    parts.put(
        4,
        Pareto.of(
            List.of(
                new Pareto.Count("DELIVERY", "Delivery (DELIVERY)", 800),
                new Pareto.Count("BILLING", "Billing (BILLING)", 434))));
    parts.put(5, Pareto.of(List.of(new Pareto.Count("METHOD", "Method", 3))));
    parts.put(
        6,
        new Nonconformities(
            4,
            2,
            5,
            List.of(
                new NonconformityLine(
                    "NC-2026-00007", "Parcels left in the rain", "MAJOR", "ANALYSIS", NOW, 2, 1))));
    parts.put(
        7,
        new Actions(
            2,
            1,
            List.of(
                new ActionLine(
                    "NC-2026-00007",
                    1,
                    "CORRECTIVE",
                    "Covered drop boxes",
                    "qms",
                    LocalDate.of(2026, 11, 1),
                    "IN_PROGRESS",
                    true))));
    parts.put(
        8,
        new Surveys(
            new SurveySummary(PERIOD.start(), PERIOD.end(), 300, 120, 4.25, 4.5, 3.75, 4.0, 9)));
    parts.put(
        9,
        new Findings(
            1,
            List.of(new Pareto.Count("MINOR", "Minor nonconformity", 1)),
            List.of(
                new FindingLine(
                    "AF-2026-0003", "Late acknowledgements", "7.4", "MINOR", NOW, null))));
    List<ReviewPart> plan = ReviewPart.plan(PERIOD);
    Map<Integer, Object> stored = new HashMap<>();
    for (ReviewPart part : plan) {
      Object content = parts.get(part.number());
      stored.put(
          part.number(), ReviewParts.read(part.kind(), ReviewParts.write(part.kind(), content)));
    }
    return stored;
  }

  private static MonthKpis month(String month, long received, long closed) {
    return new MonthKpis(
        month,
        List.of(
            new KpiValue(Dimension.ALL, Dimension.ALL_KEY, Kpi.SATISFACTION, null, 0),
            new KpiValue(
                Dimension.ALL,
                Dimension.ALL_KEY,
                Kpi.RECEIVED,
                BigDecimal.valueOf(received),
                received),
            new KpiValue(
                Dimension.ALL, Dimension.ALL_KEY, Kpi.CLOSED, BigDecimal.valueOf(closed), closed)));
  }

  private static ManagementReview readyReview() {
    ManagementReview review = new ManagementReview("MR-2026-0004", PERIOD, "en", "manager", NOW);
    review.executing(1);
    review.rendered(NOW);
    return review;
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page));
    }
    return squash(text.toString());
  }

  /**
   * The text without blanks: the extractor joins a table's cells without a space, so the
   * expectations are compared blank-free too.
   */
  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void thePartsSurviveTheirJsonStorage() {
    Map<Integer, Object> stored = storedParts();
    assertThat(stored.get(1)).isInstanceOf(PeriodKpis.class);
    PeriodKpis kpis = (PeriodKpis) stored.get(1);
    assertThat(kpis.lines().get(1).value()).isEqualByComparingTo("93.5");
    assertThat(kpis.lines().get(1).rag()).isEqualTo(Rag.AMBER);
    assertThat(((MonthKpis) stored.get(3)).value(Kpi.RECEIVED)).isEqualByComparingTo("634");
    assertThat(((Surveys) stored.get(8)).summary().overall()).isEqualTo(4.25);
  }

  @Test
  void thePdfShowsEverySectionsFiguresAndEmptyDecisionFields() throws IOException {
    ReviewReport report = ReviewReport.of(readyReview(), storedParts(), NOW);
    String text = text(ReviewPdf.render(report));
    assertThat(text)
        .contains(squash("Management review MR-2026-0004"))
        .contains(squash("period 2026-09 – 2026-10"))
        .contains(squash("Complaints received 1,234 1,100 +134"))
        .contains(
            squash(
                "Acknowledged in time 93.5 % 96.0 % -2.5 pp green from 95.0 %, amber from 85.0 %"
                    + " Amber"))
        .contains(squash("Remedy cost (EUR) 1,250.50 no data"))
        .contains(squash("Satisfaction with the handling no data no data"))
        .contains(squash("2026-10 634 611"))
        .contains(squash("Delivery (DELIVERY) 800 64.8 % 64.8 %"))
        .contains(squash("Billing (BILLING) 434 35.2 % 100.0 %"))
        .contains(squash("Raised in the period: 4. Closed in the period: 2. Open now: 5."))
        .contains(squash("NC-2026-00007 Parcels left in the rain Major Analysis"))
        .contains(squash("Corrective actions open now: 2, of which past their due date: 1."))
        .contains(squash("Covered drop boxes"))
        .contains(squash("Overall satisfaction 4.25 / 5"))
        .contains(squash("Low overall scores (2 or less) 9"))
        .contains(squash("AF-2026-0003 Late acknowledgements 7.4 Minor nonconformity"))
        .contains(squash("Not recorded in Redress yet"));
  }

  @Test
  void recordedDecisionsArePrintedInTheReviewsLanguage() throws IOException {
    ManagementReview review = readyReview();
    review.decide(
        new ReviewDecisions(
            LocalDate.of(2026, 11, 20),
            "Geschäftsführung, Qualitätsleitung",
            "Antwortfrist auf 10 Tage senken",
            null,
            "Eine weitere Stelle",
            LocalDate.of(2027, 5, 20)),
        "manager",
        NOW);
    CallerLocale.set(Locale.GERMAN);
    String text = text(ReviewPdf.render(ReviewReport.of(review, storedParts(), NOW)));
    assertThat(text)
        .contains(squash("Managementbewertung MR-2026-0004"))
        .contains(squash("Eingegangene Beschwerden 1.234 1.100 +134"))
        .contains(squash("Antwortfrist auf 10 Tage senken"))
        .contains(squash("Eine weitere Stelle"))
        .contains(squash("2027-05-20"))
        .doesNotContain(squash("Noch nicht in Redress erfasst"));
  }

  @Test
  void theCsvHoldsTheSameFiguresOneARow() throws IOException {
    ReviewReport report = ReviewReport.of(readyReview(), storedParts(), NOW);
    String csv = new String(ReviewCsv.render(report), StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(value(rows, "kpi", "RECEIVED", "period")).isEqualTo("1234");
    assertThat(value(rows, "kpi", "RECEIVED", "previous_period")).isEqualTo("1100");
    assertThat(value(rows, "kpi", "ACKNOWLEDGED_IN_TIME", "period")).isEqualTo("93.5");
    assertThat(rating(rows, "ACKNOWLEDGED_IN_TIME")).isEqualTo("AMBER");
    assertThat(value(rows, "kpi", "SATISFACTION", "period")).isEmpty();
    assertThat(value(rows, "kpi_month", "RECEIVED", "2026-10")).isEqualTo("634");
    assertThat(value(rows, "category_pareto", "DELIVERY", "cumulative_percent")).isEqualTo("64.8");
    assertThat(value(rows, "category_pareto", "total", "count")).isEqualTo("1234");
    assertThat(value(rows, "nonconformities", "open_now", "count")).isEqualTo("5");
    assertThat(value(rows, "open_action", "NC-2026-00007/1", "overdue")).isEqualTo("true");
    assertThat(value(rows, "satisfaction_survey", "overall", "average")).isEqualTo("4.25");
    assertThat(value(rows, "audit_finding", "AF-2026-0003", "clause")).isEqualTo("7.4");
    assertThat(rows).noneMatch(r -> r.get("section").equals("decisions"));
  }

  private static String value(List<CSVRecord> rows, String section, String key, String measure) {
    return rows.stream()
        .filter(
            r ->
                r.get("section").equals(section)
                    && r.get("key").equals(key)
                    && r.get("measure").equals(measure))
        .map(r -> r.get("value"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + section + "/" + key + "/" + measure));
  }

  private static String rating(List<CSVRecord> rows, String kpi) {
    return rows.stream()
        .filter(
            r ->
                r.get("section").equals("kpi")
                    && r.get("key").equals(kpi)
                    && r.get("measure").equals("period"))
        .map(r -> r.get("rating"))
        .findFirst()
        .orElseThrow();
  }
}
