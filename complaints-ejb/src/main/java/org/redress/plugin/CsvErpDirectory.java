package org.redress.plugin;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.redress.spi.ConnectorException;
import org.redress.spi.ErpCustomer;
import org.redress.spi.ErpDirectory;
import org.redress.spi.ErpLot;
import org.redress.spi.ErpOrder;
import org.redress.spi.ErpProduct;

/**
 * The ERP's exported master data, read from CSV files with a header row:
 *
 * <ul>
 *   <li>{@code customers.csv}: customerNumber, name, email
 *   <li>{@code orders.csv}: orderNumber, customerNumber, orderedOn (yyyy-mm-dd), productCodes
 *       (separated by {@code ;})
 *   <li>{@code products.csv}: productCode, name
 *   <li>{@code lots.csv}: productCode, lotNumber, producedOn (yyyy-mm-dd)
 * </ul>
 *
 * A missing file is an empty list. A file is read again when it changes on disk. Numbers and codes
 * are compared without regard to case.
 */
final class CsvErpDirectory implements ErpDirectory {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private final Path folder;
  private final Map<String, Table<?>> tables = new HashMap<>();

  /** One file, kept with the time it was read. */
  private static final class Table<T> {
    FileTime readAt;
    Map<String, T> rows = Map.of();
  }

  CsvErpDirectory(Path folder) {
    this.folder = folder;
  }

  @Override
  public Optional<ErpCustomer> customer(String customerNumber) throws ConnectorException {
    return Optional.ofNullable(customers().get(key(customerNumber)));
  }

  @Override
  public Optional<ErpOrder> order(String orderNumber) throws ConnectorException {
    return Optional.ofNullable(orders().get(key(orderNumber)));
  }

  @Override
  public Optional<ErpProduct> product(String productCode) throws ConnectorException {
    return Optional.ofNullable(products().get(key(productCode)));
  }

  @Override
  public Optional<ErpLot> lot(String productCode, String lotNumber) throws ConnectorException {
    return Optional.ofNullable(lots().get(key(productCode) + "\n" + key(lotNumber)));
  }

  @Override
  public List<ErpProduct> findProducts(String text, int limit) throws ConnectorException {
    String wanted = key(text);
    List<ErpProduct> found = new ArrayList<>();
    for (ErpProduct p : products().values()) {
      if (found.size() >= limit) {
        break;
      }
      if (key(p.productCode()).contains(wanted) || key(p.name()).contains(wanted)) {
        found.add(p);
      }
    }
    return found;
  }

  private Map<String, ErpCustomer> customers() throws ConnectorException {
    return table(
        "customers.csv",
        r -> new ErpCustomer(r.get("customerNumber"), r.get("name"), optional(r, "email")),
        ErpCustomer::customerNumber);
  }

  private Map<String, ErpOrder> orders() throws ConnectorException {
    return table(
        "orders.csv",
        r ->
            new ErpOrder(
                r.get("orderNumber"),
                optional(r, "customerNumber"),
                date(optional(r, "orderedOn")),
                codes(optional(r, "productCodes"))),
        ErpOrder::orderNumber);
  }

  private Map<String, ErpProduct> products() throws ConnectorException {
    return table(
        "products.csv",
        r -> new ErpProduct(r.get("productCode"), r.get("name")),
        ErpProduct::productCode);
  }

  private Map<String, ErpLot> lots() throws ConnectorException {
    return table(
        "lots.csv",
        r -> new ErpLot(r.get("productCode"), r.get("lotNumber"), date(optional(r, "producedOn"))),
        l -> l.productCode() + "\n" + l.lotNumber());
  }

  @SuppressWarnings("unchecked")
  private synchronized <T> Map<String, T> table(
      String file, Function<CSVRecord, T> row, Function<T, String> id) throws ConnectorException {
    Table<T> table = (Table<T>) tables.computeIfAbsent(file, f -> new Table<T>());
    Path path = folder.resolve(file);
    try {
      if (!Files.exists(path)) {
        table.readAt = null;
        table.rows = Map.of();
        return table.rows;
      }
      FileTime modified = Files.getLastModifiedTime(path);
      if (!modified.equals(table.readAt)) {
        Map<String, T> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
          for (CSVRecord record : FORMAT.parse(reader)) {
            T value = row.apply(record);
            rows.put(key(id.apply(value)), value);
          }
        }
        table.rows = rows;
        table.readAt = modified;
      }
      return table.rows;
    } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
      throw ConnectorException.temporary(
          "The ERP export " + path + " cannot be read: " + unreadable.getMessage(), unreadable);
    }
  }

  private static String optional(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static List<String> codes(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String key(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }
}
