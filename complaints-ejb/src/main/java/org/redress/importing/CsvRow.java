package org.redress.importing;

import java.util.List;

/**
 * One data row of an imported file: its number (1 for the first row after the header), the line of
 * the file it starts on, and its values in column order.
 */
public record CsvRow(long number, long line, List<String> values) {

  public CsvRow {
    values = List.copyOf(values);
  }

  /** The value of a column, or null when the row is shorter than the header. */
  public String value(int column) {
    return column < values.size() ? values.get(column) : null;
  }
}
