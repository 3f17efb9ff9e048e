package org.redress.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.complaint.Channel;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.ImportedComplaint;
import org.redress.complaint.command.NewComplaint;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * Turns a row of an imported file into the complaint the API would have received, by the user's
 * column mapping. Only reading the values is done here (dates, the channel, the way of contact);
 * whether the complaint is acceptable is decided by the intake, with the same rules as for the API.
 *
 * <p>Dates: ISO ({@code 2026-03-01}, {@code 2026-03-01T09:30}, {@code 2026-03-01T09:30:00Z}, with
 * an offset) or German ({@code 01.03.2026}, {@code 01.03.2026 09:30}); a time without an offset is
 * UTC.
 */
public final class RowConversion {

  private static final int MAX_EXTERNAL_ID = 100;
  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter GERMAN_TIME =
      DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

  private final String source;
  private final Channel defaultChannel;
  private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);

  public RowConversion(
      List<String> header, ColumnMapping mapping, String source, Channel defaultChannel) {
    this.source = source;
    this.defaultChannel = defaultChannel;
    mapping
        .columns()
        .forEach(
            (field, column) -> {
              int index = header.indexOf(column);
              if (index >= 0) {
                columns.put(field, index);
              }
            });
  }

  /**
   * @param importedAt when the import runs: the received time of a row without one
   * @throws InvalidInputException listing each value that cannot be read
   */
  public ImportedComplaint convert(CsvRow row, int headerSize, Instant importedAt) {
    List<FieldError> errors = new ArrayList<>();
    if (row.values().size() > headerSize) {
      errors.add(
          new FieldError(
              "row", Messages.text("import.tooManyColumns", row.values().size(), headerSize)));
    }
    String externalId = text(row, ImportField.EXTERNAL_ID);
    if (externalId == null) {
      errors.add(new FieldError("externalId", Messages.text("field.reasonRequired")));
    } else if (externalId.length() > MAX_EXTERNAL_ID) {
      errors.add(new FieldError("externalId", Messages.text("import.tooLong", MAX_EXTERNAL_ID)));
    }
    Instant receivedAt = importedAt;
    if (columns.containsKey(ImportField.RECEIVED_AT)) {
      receivedAt = instant(text(row, ImportField.RECEIVED_AT), "receivedAt", errors);
    }
    Channel channel =
        choice(Channel.class, text(row, ImportField.CHANNEL), "channel", errors, defaultChannel);
    ContactMethod preferred =
        choice(
            ContactMethod.class,
            text(row, ImportField.PREFERRED_CONTACT),
            "complainant.preferredContact",
            errors,
            null);
    LocalDate occurredOn = date(text(row, ImportField.OCCURRED_ON), "occurredOn", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ContactDetails complainant =
        new ContactDetails(
            text(row, ImportField.COMPLAINANT_NAME),
            text(row, ImportField.COMPLAINANT_EMAIL),
            text(row, ImportField.COMPLAINANT_PHONE),
            text(row, ImportField.COMPLAINANT_ORGANISATION),
            text(row, ImportField.COMPLAINANT_ADDRESS),
            preferred,
            text(row, ImportField.COMPLAINANT_LANGUAGE));
    NewComplaint complaint =
        new NewComplaint(
            complainant,
            null,
            channel,
            text(row, ImportField.CATEGORY),
            text(row, ImportField.PRODUCT_OR_SERVICE),
            text(row, ImportField.ORDER_REFERENCE),
            text(row, ImportField.LOT),
            occurredOn,
            longText(row, ImportField.DESCRIPTION),
            longText(row, ImportField.REMEDY_SOUGHT),
            longText(row, ImportField.IMMEDIATE_ACTION),
            null);
    return new ImportedComplaint(source, externalId, receivedAt, complaint);
  }

  /** A short value, stripped; blank is absent. */
  private String text(CsvRow row, ImportField field) {
    Integer column = columns.get(field);
    String value = column == null ? null : row.value(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A free text exactly as in the file (line breaks, quotes, spaces); blank is absent. */
  private String longText(CsvRow row, ImportField field) {
    Integer column = columns.get(field);
    String value = column == null ? null : row.value(column);
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, List<FieldError> errors, E absent) {
    if (value == null) {
      return absent;
    }
    String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    errors.add(new FieldError(field, Messages.text("import.unknownValue", value)));
    return absent;
  }

  static Instant instant(String value, String field, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(field, Messages.text("field.reasonRequired")));
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // try the forms without an offset
    }
    try {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(value, GERMAN_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notGerman) {
      // try a date alone
    }
    LocalDate date = date(value, field, errors);
    return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static LocalDate date(String value, String field, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notIso) {
      // try the German form
    }
    try {
      return LocalDate.parse(value, GERMAN_DATE);
    } catch (DateTimeParseException notGerman) {
      errors.add(new FieldError(field, Messages.text("import.badDate", value)));
      return null;
    }
  }
}
