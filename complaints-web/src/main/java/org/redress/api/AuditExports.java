package org.redress.api;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.audit.FieldChange;
import org.redress.audit.TimelineEntry;

/**
 * Writes the audit trail and the auditor's timeline as files, a page of entries at a time, so that
 * a year of entries streams to the caller in constant memory: CSV (RFC 4180, UTF-8, a header row)
 * for spreadsheets, and PDF for the audit report, whose table is handed to the document in chunks.
 */
public final class AuditExports {

  /** How many entries are read from the database and written at a time. */
  static final int CHUNK = 500;

  private static final DateTimeFormatter PDF_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private AuditExports() {}

  /** The next page of rows; an empty list when there are no more. */
  @FunctionalInterface
  public interface Pages<T> {
    List<T> next();
  }

  public static <T> void csv(
      OutputStream output, String[] header, Pages<T> pages, Function<T, Object[]> row)
      throws IOException {
    Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer)) {
      for (List<T> page = pages.next(); !page.isEmpty(); page = pages.next()) {
        for (T item : page) {
          printer.printRecord(row.apply(item));
        }
        printer.flush();
      }
    }
  }

  /** The timeline's CSV columns. */
  static final String[] TIMELINE_COLUMNS = {
    "id",
    "occurredAt",
    "actor",
    "recordType",
    "recordKey",
    "action",
    "process",
    "clauses",
    "changes",
    "sealNo"
  };

  static Object[] timelineRow(TimelineEntry e) {
    return new Object[] {
      e.id(),
      e.occurredAt(),
      e.actor(),
      e.recordType(),
      e.recordKey(),
      e.action(),
      e.process(),
      e.clausesText(),
      e.changesText(),
      e.sealNo()
    };
  }

  /**
   * The timeline as a PDF report: a title, the filters it was made with, and a table of the entries
   * newest first (when, who, record, action, clauses, what changed), its header repeated on every
   * page. Times are UTC.
   */
  public static void timelinePdf(
      OutputStream output, List<String> filters, Pages<TimelineEntry> pages, Instant generatedAt)
      throws IOException {
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
    try {
      PdfWriter.getInstance(document, output);
      document.addTitle("Redress audit timeline");
      document.addCreator("Redress");
      HeaderFooter footer =
          new HeaderFooter(
              new Phrase(
                  "Redress audit timeline, generated "
                      + PDF_TIME.format(generatedAt)
                      + " UTC · page ",
                  new Font(Font.HELVETICA, 7)),
              true);
      footer.setAlignment(Element.ALIGN_RIGHT);
      footer.setBorder(0);
      document.setFooter(footer);
      document.open();
      document.add(new Paragraph("Audit timeline", new Font(Font.HELVETICA, 16, Font.BOLD)));
      Font small = new Font(Font.HELVETICA, 8);
      for (String filter : filters) {
        document.add(new Paragraph(filter, small));
      }
      document.add(new Paragraph(" ", small));

      PdfPTable table = new PdfPTable(new float[] {11, 7, 16, 12, 11, 43});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      // Rows handed to the document are written out and forgotten: big periods stay small.
      table.setComplete(false);
      Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
      for (String title :
          new String[] {"When (UTC)", "Who", "Record", "Action", "ISO clauses", "What changed"}) {
        PdfPCell cell = new PdfPCell(new Phrase(title, head));
        cell.setBackgroundColor(new Color(230, 230, 230));
        table.addCell(cell);
      }
      long written = 0;
      for (List<TimelineEntry> page = pages.next(); !page.isEmpty(); page = pages.next()) {
        for (TimelineEntry e : page) {
          table.addCell(new Phrase(PDF_TIME.format(e.occurredAt()), small));
          table.addCell(new Phrase(e.actor(), small));
          table.addCell(new Phrase(record(e), small));
          table.addCell(new Phrase(e.action(), small));
          table.addCell(new Phrase(e.clausesText(), small));
          table.addCell(new Phrase(changes(e), small));
          written++;
        }
        document.add(table);
      }
      table.setComplete(true);
      document.add(table);
      document.add(new Paragraph(written + " entries.", small));
      document.close();
    } catch (DocumentException e) {
      throw new IOException("The PDF could not be written", e);
    }
  }

  private static String record(TimelineEntry e) {
    StringBuilder text = new StringBuilder(e.recordType()).append(' ').append(e.recordKey());
    for (Integer number : e.actionNumbers()) {
      text.append("\naction ").append(number);
    }
    if (e.effectivenessCheck()) {
      text.append("\neffectiveness check");
    }
    return text.toString();
  }

  /** One change a line; the PDF's built-in font has no arrow, so "->". */
  private static String changes(TimelineEntry e) {
    StringBuilder text = new StringBuilder();
    for (FieldChange change : e.changes()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(change.field())
          .append(": ")
          .append(change.from() == null ? "-" : change.from())
          .append(" -> ")
          .append(change.to() == null ? "-" : change.to());
    }
    return text.toString();
  }
}
