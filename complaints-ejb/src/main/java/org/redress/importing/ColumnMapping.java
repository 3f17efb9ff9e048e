package org.redress.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * Which column of the file holds which field of a complaint, as the user chose it. Stored with the
 * import as a small CSV of field and column name, which keeps any column name (commas, quotes, line
 * breaks) intact.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

  public ColumnMapping {
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
  }

  /**
   * A mapping from the API's or the page's names ({@code "externalId" -> "Ticket no."}); blank
   * columns mean "not mapped".
   *
   * @throws InvalidInputException for an unknown field, a column the header does not have, or a
   *     required field left out
   */
  public static ColumnMapping of(Map<String, String> byFieldKey, List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    byFieldKey.forEach(
        (key, column) -> {
          var field = ImportField.byKey(key);
          if (field.isEmpty()) {
            errors.add(new FieldError("mapping." + key, Messages.text("import.unknownField")));
          } else if (column != null && !column.isBlank()) {
            if (!header.contains(column.strip())) {
              errors.add(
                  new FieldError(
                      "mapping." + key, Messages.text("import.unknownColumn", column.strip())));
            } else {
              columns.put(field.get(), column.strip());
            }
          }
        });
    for (ImportField field : ImportField.values()) {
      if (field.required() && !columns.containsKey(field)) {
        if (errors.stream().noneMatch(e -> e.field().equals("mapping." + field.key()))) {
          errors.add(
              new FieldError("mapping." + field.key(), Messages.text("field.reasonRequired")));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ColumnMapping(columns);
  }

  /**
   * The mapping a file's header suggests: a column named like a field (ignoring case, spaces, dots,
   * dashes and underscores, e.g. "External ID" or "complainant_email") is mapped onto it.
   */
  public static ColumnMapping suggested(List<String> header) {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    for (ImportField field : ImportField.values()) {
      String wanted = simple(field.key());
      String shortName = simple(field.key().substring(field.key().indexOf('.') + 1));
      for (String column : header) {
        String name = simple(column);
        if (name.equals(wanted) || name.equals(simple(field.name()))) {
          columns.put(field, column);
          break;
        }
        if (field.key().startsWith("complainant.")
            && field != ImportField.PREFERRED_CONTACT
            && name.equals("complainant" + shortName)) {
          columns.put(field, column);
          break;
        }
      }
    }
    return new ColumnMapping(columns);
  }

  private static String simple(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s._-]", "");
  }

  /** The mapping by the API's names, in the order of the fields. */
  public Map<String, String> byFieldKey() {
    Map<String, String> result = new LinkedHashMap<>();
    for (ImportField field : ImportField.values()) {
      if (columns.containsKey(field)) {
        result.put(field.key(), columns.get(field));
      }
    }
    return result;
  }

  public String stored() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (Map.Entry<String, String> entry : byFieldKey().entrySet()) {
        printer.printRecord(entry.getKey(), entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static ColumnMapping fromStored(String stored) {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    if (stored != null) {
      try {
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(stored))) {
          ImportField.byKey(record.get(0)).ifPresent(f -> columns.put(f, record.get(1)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ColumnMapping(columns);
  }
}
