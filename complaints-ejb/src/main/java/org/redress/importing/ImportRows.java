package org.redress.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** One row of values kept as a CSV record, so that any value (line breaks, quotes) survives. */
final class ImportRows {

  private ImportRows() {}

  static String toCsv(List<String> values) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<String> fromCsv(String stored) {
    try {
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(stored)).getRecords();
      List<String> values = new ArrayList<>();
      if (!records.isEmpty()) {
        records.get(0).forEach(values::add);
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
