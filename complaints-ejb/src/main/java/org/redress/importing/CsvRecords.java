package org.redress.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.platform.Messages;

/**
 * Reads a CSV text one record at a time, each with its number (1 for the first data row after the
 * header) and the line it starts on, so that a rejected row can be found in the file again.
 *
 * <p>Records are first cut apart by the quoting rules (a quote opens a quoted field only at the
 * start of a field, a doubled quote inside is a quote, line breaks inside quotes belong to the
 * field), then each record is parsed by commons-csv. A record that commons-csv refuses (a stray
 * quote after a closing quote, a last line cut inside a quoted field) therefore costs only that
 * record: reading goes on with the next one instead of giving up on the rest of the file.
 */
public final class CsvRecords {

  private final String text;
  private final CSVFormat format;
  private int position;
  private long line = 1;
  private long number;
  private final List<String> header;

  /**
   * @param text the decoded file ({@link CsvText#decode})
   * @throws MalformedRowException when the header line itself cannot be read
   */
  public CsvRecords(String text, char delimiter) {
    this.text = text;
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();
    Raw first = nextRaw();
    if (first == null) {
      header = List.of();
    } else {
      header = first.parse(format).stream().map(String::strip).toList();
    }
  }

  public List<String> header() {
    return header;
  }

  /** The number of the last record returned (0 before the first): the checkpoint. */
  public long position() {
    return number;
  }

  public boolean hasNext() {
    skipBlankLines();
    return position < text.length();
  }

  /**
   * The next record.
   *
   * @throws MalformedRowException when it breaks the quoting rules; the next call reads on after it
   * @throws NoSuchElementException at the end of the text
   */
  public CsvRow next() {
    Raw raw = nextRaw();
    if (raw == null) {
      throw new NoSuchElementException();
    }
    number++;
    return new CsvRow(number, raw.line(), raw.parse(format, number));
  }

  /** Moves past records up to and including {@code recordNumber} (a restart's checkpoint). */
  public void skipTo(long recordNumber) {
    while (number < recordNumber && nextRaw() != null) {
      number++;
    }
  }

  private void skipBlankLines() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '\n') {
        line++;
        position++;
      } else if (c == '\r') {
        position++;
      } else {
        return;
      }
    }
  }

  /** Cuts the next record out of the text by the quoting rules, or null at the end. */
  private Raw nextRaw() {
    skipBlankLines();
    if (position >= text.length()) {
      return null;
    }
    int start = position;
    long startLine = line;
    char delimiter = format.getDelimiterString().charAt(0);
    boolean fieldStart = true;
    boolean quoted = false;
    int i = position;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        } else if (c == '\n') {
          line++;
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == delimiter) {
        fieldStart = true;
      } else if (c == '\n' || c == '\r') {
        break;
      } else {
        fieldStart = false;
      }
      i++;
    }
    position = i;
    return new Raw(text.substring(start, i), startLine);
  }

  /** One record's text, not parsed yet. */
  private record Raw(String text, long line) {

    List<String> parse(CSVFormat format) {
      return parse(format, 0);
    }

    List<String> parse(CSVFormat format, long number) {
      try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
        List<CSVRecord> records = parser.getRecords();
        if (records.size() != 1) {
          throw new MalformedRowException(number, line, text, "unreadable row");
        }
        List<String> values = new ArrayList<>();
        records.get(0).forEach(values::add);
        return values;
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        throw new MalformedRowException(number, line, text, reason(e));
      }
    }

    private static String reason(Exception e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      String lower = message.toLowerCase(Locale.ROOT);
      if (lower.contains("eof reached before encapsulated token finished")) {
        return Messages.text("import.cutInQuotes");
      }
      if (lower.contains("between encapsulated token and delimiter")) {
        return Messages.text("import.strayQuote");
      }
      return message;
    }
  }
}
