package org.redress.benchmark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * PostgreSQL's COPY text format: one line per row, columns separated by tabs, {@code \N} for null,
 * and backslash escapes for the characters that would end a column or a row. Timestamps are written
 * as the server writes them into its TIMESTAMP columns: the UTC wall-clock time (the server runs
 * with {@code -Duser.timezone=UTC}).
 */
final class CopyText {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private CopyText() {}

  /** Appends one row, with its line end. */
  static void appendRow(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, values.get(i));
    }
    out.append('\n');
  }

  static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof String text) {
      appendEscaped(out, text);
    } else if (value instanceof Timestamp timestamp) {
      out.append(TIMESTAMP.format(LocalDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC)));
    } else if (value instanceof java.time.Instant instant) {
      out.append(TIMESTAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    } else if (value instanceof java.sql.Date || value instanceof LocalDate) {
      out.append(value);
    } else if (value instanceof Boolean flag) {
      out.append(flag ? 't' : 'f');
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.append(value);
    } else if (value instanceof Enum<?> constant) {
      out.append(constant.name());
    } else {
      throw new IllegalArgumentException(
          "No COPY text for a " + value.getClass().getName() + ": " + value);
    }
  }

  private static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
