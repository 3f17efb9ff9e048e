package org.redress.review;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.redress.analysis.Kpi;
import org.redress.analysis.Rag;
import org.redress.platform.Messages;
import org.redress.review.ReviewFigures.ActionLine;
import org.redress.review.ReviewFigures.FindingLine;
import org.redress.review.ReviewFigures.KpiLine;
import org.redress.review.ReviewFigures.MonthKpis;
import org.redress.review.ReviewFigures.NonconformityLine;
import org.redress.review.ReviewFigures.Pareto;
import org.redress.review.ReviewFigures.ParetoLine;
import org.redress.survey.SurveySummary;

/**
 * The management review report as PDF (A4): KPIs against their targets and the period before, the
 * trend by month with a chart, the Pareto of complaint categories and of nonconformity causes, open
 * nonconformities and corrective actions, survey results, audit findings, and the review's
 * decisions (empty fields to fill in at the meeting until they are recorded).
 */
final class ReviewPdf {

  /** The KPIs of the monthly trend table, in its column order. */
  static final List<Kpi> TREND =
      List.of(
          Kpi.RECEIVED,
          Kpi.CLOSED,
          Kpi.ACKNOWLEDGED_IN_TIME,
          Kpi.RESPONDED_IN_TIME,
          Kpi.MEDIAN_HOURS_TO_CLOSE,
          Kpi.BACKLOG_OVER_30_DAYS,
          Kpi.UPHOLD_RATE,
          Kpi.SATISFACTION);

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 9);
  private static final Font SMALL = new Font(Font.HELVETICA, 8);
  private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final Color HEAD_BACKGROUND = new Color(230, 230, 230);
  private static final Color RECEIVED_BAR = new Color(52, 101, 164);
  private static final Color CLOSED_BAR = new Color(115, 210, 22);

  private ReviewPdf() {}

  static byte[] render(ReviewReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      String title = Messages.text("report.title", report.reference());
      document.addTitle(title);
      document.addCreator("Redress");
      HeaderFooter footer =
          new HeaderFooter(
              new Phrase(
                  title
                      + " · "
                      + report.period().label()
                      + " · "
                      + Messages.text("report.page")
                      + " ",
                  new Font(Font.HELVETICA, 7)),
              true);
      footer.setAlignment(Element.ALIGN_RIGHT);
      footer.setBorder(0);
      document.setFooter(footer);
      document.open();

      document.add(new Paragraph(title, TITLE));
      document.add(
          new Paragraph(
              Messages.text(
                  "report.subtitle",
                  report.period().label(),
                  ReviewText.time(report.renderedAt()),
                  report.requestedBy()),
              TEXT));
      document.add(new Paragraph(Messages.text("report.periodNote"), SMALL));

      kpis(document, report);
      trend(document, writer, report.months());
      pareto(document, "report.section.categories", "report.category", report.categories());
      pareto(document, "report.section.causes", "report.cause", report.causes());
      nonconformities(document, report);
      actions(document, report);
      surveys(document, report.surveys().summary());
      findings(document, report);
      decisions(document, report);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The review report could not be written as PDF", e);
    }
    return out.toByteArray();
  }

  private static void heading(Document document, String key) throws DocumentException {
    Paragraph heading = new Paragraph(Messages.text(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    document.add(heading);
  }

  private static PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(Messages.text(header), HEAD));
      cell.setBackgroundColor(HEAD_BACKGROUND);
      table.addCell(cell);
    }
    return table;
  }

  private static void cell(PdfPTable table, String text) {
    table.addCell(new Phrase(text == null ? "" : text, SMALL));
  }

  private static void number(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }

  private static void kpis(Document document, ReviewReport report) throws DocumentException {
    heading(document, "report.section.kpis");
    PdfPTable table =
        table(
            new float[] {30, 14, 14, 12, 16, 14},
            "report.column.kpi",
            "report.column.period",
            "report.column.previous",
            "report.column.change",
            "report.column.target",
            "report.column.rating");
    for (KpiLine line : report.kpis().lines()) {
      cell(table, ReviewText.kpi(line.kpi(), report.kpis().currency()));
      number(table, ReviewText.value(line.kpi(), line.value()));
      number(table, ReviewText.value(line.kpi(), line.previousValue()));
      number(table, ReviewText.change(line.kpi(), line.value(), line.previousValue()));
      cell(table, target(line));
      PdfPCell rating =
          new PdfPCell(new Phrase(Messages.text("report.rag." + line.rag().name()), HEAD));
      rating.setBackgroundColor(colour(line.rag()));
      table.addCell(rating);
    }
    document.add(table);
  }

  private static String target(KpiLine line) {
    if (line.green() == null) {
      return "";
    }
    String key =
        line.kpi().direction() == Kpi.Direction.HIGHER_IS_BETTER
            ? "report.targetAtLeast"
            : "report.targetAtMost";
    return Messages.text(
        key,
        ReviewText.value(line.kpi(), line.green()),
        ReviewText.value(line.kpi(), line.amber()));
  }

  private static Color colour(Rag rag) {
    return switch (rag) {
      case GREEN -> new Color(180, 230, 180);
      case AMBER -> new Color(255, 220, 150);
      case RED -> new Color(245, 170, 170);
      case NO_DATA -> Color.WHITE;
    };
  }

  private static void trend(Document document, PdfWriter writer, List<MonthKpis> months)
      throws DocumentException {
    heading(document, "report.section.trend");
    String[] headers = new String[TREND.size() + 1];
    float[] widths = new float[TREND.size() + 1];
    headers[0] = "report.column.month";
    widths[0] = 10;
    for (int i = 0; i < TREND.size(); i++) {
      headers[i + 1] = "report.trend." + TREND.get(i).name();
      widths[i + 1] = 11;
    }
    PdfPTable table = table(widths, headers);
    for (MonthKpis month : months) {
      cell(table, month.month());
      for (Kpi kpi : TREND) {
        number(table, ReviewText.value(kpi, month.value(kpi)));
      }
    }
    document.add(table);
    document.add(chart(writer, months));
  }

  /** Received and closed per month as pairs of bars, with a legend. */
  private static Image chart(PdfWriter writer, List<MonthKpis> months) throws BadElementException {
    float width = 520;
    float height = 150;
    float left = 30;
    float bottom = 24;
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(width, height);
    long most = 1;
    for (MonthKpis month : months) {
      most = Math.max(most, count(month.value(Kpi.RECEIVED)));
      most = Math.max(most, count(month.value(Kpi.CLOSED)));
    }
    float plotHeight = height - bottom - 20;
    float slot = (width - left) / Math.max(1, months.size());
    float bar = Math.min(18, slot / 3);
    BaseFont font = SMALL.getCalculatedBaseFont(false);
    template.setColorStroke(Color.GRAY);
    template.moveTo(left, bottom);
    template.lineTo(width, bottom);
    template.stroke();
    template.beginText();
    template.setFontAndSize(font, 6);
    template.showTextAligned(
        Element.ALIGN_RIGHT, ReviewText.number(most), left - 3, bottom + plotHeight - 2, 0);
    template.showTextAligned(Element.ALIGN_RIGHT, "0", left - 3, bottom - 2, 0);
    template.endText();
    for (int i = 0; i < months.size(); i++) {
      MonthKpis month = months.get(i);
      float x = left + i * slot + (slot - 2 * bar) / 2;
      bar(
          template,
          x,
          bottom,
          bar,
          plotHeight * count(month.value(Kpi.RECEIVED)) / most,
          RECEIVED_BAR);
      bar(
          template,
          x + bar,
          bottom,
          bar,
          plotHeight * count(month.value(Kpi.CLOSED)) / most,
          CLOSED_BAR);
      template.beginText();
      template.setFontAndSize(font, 6);
      template.setColorFill(Color.BLACK);
      template.showTextAligned(Element.ALIGN_CENTER, month.month(), x + bar, bottom - 9, 0);
      template.endText();
    }
    legend(template, font, left, height - 10, RECEIVED_BAR, ReviewText.kpi(Kpi.RECEIVED));
    legend(template, font, left + 110, height - 10, CLOSED_BAR, ReviewText.kpi(Kpi.CLOSED));
    Image image = Image.getInstance(template);
    image.setSpacingBefore(8);
    return image;
  }

  private static long count(BigDecimal value) {
    return value == null ? 0 : value.longValue();
  }

  private static void bar(
      PdfTemplate template, float x, float y, float width, float height, Color colour) {
    if (height <= 0) {
      return;
    }
    template.setColorFill(colour);
    template.rectangle(x, y, width - 1, height);
    template.fill();
  }

  private static void legend(
      PdfTemplate template, BaseFont font, float x, float y, Color colour, String label) {
    template.setColorFill(colour);
    template.rectangle(x, y, 8, 6);
    template.fill();
    template.beginText();
    template.setFontAndSize(font, 7);
    template.setColorFill(Color.BLACK);
    template.showTextAligned(Element.ALIGN_LEFT, label, x + 11, y, 0);
    template.endText();
  }

  private static void pareto(Document document, String section, String column, Pareto pareto)
      throws DocumentException {
    heading(document, section);
    if (pareto.lines().isEmpty()) {
      document.add(new Paragraph(Messages.text("report.none"), TEXT));
      return;
    }
    PdfPTable table =
        table(
            new float[] {46, 18, 18, 18},
            column,
            "report.column.count",
            "report.column.share",
            "report.column.cumulative");
    for (ParetoLine line : pareto.lines()) {
      cell(table, line.label());
      number(table, ReviewText.number(line.count()));
      number(table, ReviewText.number(line.percent(), 1) + " %");
      number(table, ReviewText.number(line.cumulativePercent(), 1) + " %");
    }
    cell(table, Messages.text("report.total"));
    number(table, ReviewText.number(pareto.total()));
    cell(table, "");
    cell(table, "");
    document.add(table);
  }

  private static void nonconformities(Document document, ReviewReport report)
      throws DocumentException {
    heading(document, "report.section.nonconformities");
    ReviewFigures.Nonconformities figures = report.nonconformities();
    document.add(
        new Paragraph(
            Messages.text(
                "report.ncSummary",
                ReviewText.number(figures.raised()),
                ReviewText.number(figures.closed()),
                ReviewText.number(figures.open())),
            TEXT));
    if (figures.oldestOpen().isEmpty()) {
      return;
    }
    document.add(listed(figures.oldestOpen().size(), figures.open()));
    PdfPTable table =
        table(
            new float[] {14, 34, 11, 15, 12, 7, 7},
            "report.column.reference",
            "report.column.title",
            "report.column.severity",
            "report.column.status",
            "report.column.raised",
            "report.column.openActions",
            "report.column.overdue");
    for (NonconformityLine line : figures.oldestOpen()) {
      cell(table, line.reference());
      cell(table, line.title());
      cell(table, Messages.text("report.ncSeverity." + line.severity()));
      cell(table, Messages.text("report.ncStatus." + line.status()));
      cell(table, ReviewText.time(line.raisedAt()).substring(0, 10));
      number(table, ReviewText.number(line.openActions()));
      number(table, ReviewText.number(line.overdueActions()));
    }
    document.add(table);
  }

  private static Paragraph listed(int shown, long total) {
    return new Paragraph(
        shown < total ? Messages.text("report.listedPart", shown, ReviewText.number(total)) : " ",
        SMALL);
  }

  private static void actions(Document document, ReviewReport report) throws DocumentException {
    heading(document, "report.section.actions");
    ReviewFigures.Actions figures = report.actions();
    document.add(
        new Paragraph(
            Messages.text(
                "report.actionSummary",
                ReviewText.number(figures.open()),
                ReviewText.number(figures.overdue())),
            TEXT));
    if (figures.earliestDue().isEmpty()) {
      return;
    }
    document.add(listed(figures.earliestDue().size(), figures.open()));
    PdfPTable table =
        table(
            new float[] {15, 5, 12, 34, 12, 11, 11},
            "report.column.nonconformity",
            "report.column.number",
            "report.column.type",
            "report.column.description",
            "report.column.owner",
            "report.column.due",
            "report.column.status");
    for (ActionLine line : figures.earliestDue()) {
      cell(table, line.nonconformity());
      number(table, Integer.toString(line.number()));
      cell(table, Messages.text("report.actionType." + line.type()));
      cell(table, line.description());
      cell(table, line.owner());
      PdfPCell due =
          new PdfPCell(new Phrase(line.dueOn().toString(), line.overdue() ? HEAD : SMALL));
      if (line.overdue()) {
        due.setBackgroundColor(colour(Rag.RED));
      }
      table.addCell(due);
      cell(table, Messages.text("report.actionStatus." + line.status()));
    }
    document.add(table);
  }

  private static void surveys(Document document, SurveySummary summary) throws DocumentException {
    heading(document, "report.section.surveys");
    PdfPTable table = table(new float[] {60, 40}, "report.column.measure", "report.column.value");
    cell(table, Messages.text("report.survey.invited"));
    number(table, ReviewText.number(summary.invited()));
    cell(table, Messages.text("report.survey.answered"));
    number(table, ReviewText.number(summary.answered()));
    cell(table, Messages.text("report.survey.overall"));
    number(table, ReviewText.average(summary.overall()));
    cell(table, Messages.text("report.survey.fair"));
    number(table, ReviewText.average(summary.fair()));
    cell(table, Messages.text("report.survey.timely"));
    number(table, ReviewText.average(summary.timely()));
    cell(table, Messages.text("report.survey.clear"));
    number(table, ReviewText.average(summary.clear()));
    cell(table, Messages.text("report.survey.low"));
    number(table, ReviewText.number(summary.low()));
    document.add(table);
  }

  private static void findings(Document document, ReviewReport report) throws DocumentException {
    heading(document, "report.section.findings");
    ReviewFigures.Findings figures = report.findings();
    StringBuilder summary =
        new StringBuilder(
            Messages.text("report.findingSummary", ReviewText.number(figures.total())));
    for (Pareto.Count count : figures.bySeverity()) {
      summary.append(" ").append(count.label()).append(": ").append(count.count()).append('.');
    }
    document.add(new Paragraph(summary.toString(), TEXT));
    if (figures.latest().isEmpty()) {
      return;
    }
    document.add(listed(figures.latest().size(), figures.total()));
    PdfPTable table =
        table(
            new float[] {14, 33, 8, 16, 12, 17},
            "report.column.reference",
            "report.column.title",
            "report.column.clause",
            "report.column.severity",
            "report.column.recorded",
            "report.column.nonconformity");
    for (FindingLine line : figures.latest()) {
      cell(table, line.reference());
      cell(table, line.title());
      cell(table, line.clause());
      cell(table, Messages.text("report.severity." + line.severity()));
      cell(table, ReviewText.time(line.recordedAt()).substring(0, 10));
      cell(table, line.nonconformity());
    }
    document.add(table);
  }

  /** The review's outputs (ISO 10002 8.6): recorded, or boxes to fill in at the meeting. */
  private static void decisions(Document document, ReviewReport report) throws DocumentException {
    heading(document, "report.section.decisions");
    ReviewDecisions decisions = report.decisions();
    if (decisions == null) {
      Paragraph toFill = new Paragraph(Messages.text("report.decisionsToFill"), SMALL);
      toFill.setSpacingAfter(6);
      document.add(toFill);
    }
    PdfPTable table = new PdfPTable(new float[] {30, 70});
    table.setWidthPercentage(100);
    field(table, "report.decision.heldOn", decisions == null ? null : decisions.heldOn(), 22);
    field(table, "report.decision.attendees", decisions == null ? null : decisions.attendees(), 40);
    field(
        table,
        "report.decision.process",
        decisions == null ? null : decisions.processDecisions(),
        90);
    field(
        table,
        "report.decision.products",
        decisions == null ? null : decisions.productDecisions(),
        90);
    field(
        table,
        "report.decision.resources",
        decisions == null ? null : decisions.resourceDecisions(),
        90);
    field(
        table,
        "report.decision.nextReview",
        decisions == null ? null : decisions.nextReviewOn(),
        22);
    document.add(table);
    if (decisions != null) {
      document.add(new Paragraph(Messages.text("report.decidedBy", report.decidedBy()), SMALL));
    } else {
      document.add(new Chunk(" "));
    }
  }

  private static void field(PdfPTable table, String label, Object value, float emptyHeight) {
    PdfPCell name = new PdfPCell(new Phrase(Messages.text(label), HEAD));
    name.setBackgroundColor(HEAD_BACKGROUND);
    table.addCell(name);
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), TEXT));
    if (value == null) {
      cell.setMinimumHeight(emptyHeight);
    }
    table.addCell(cell);
  }
}
