package org.redress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redress.platform.InvalidInputException;

/**
 * Reads query parameters into types, so that a wrong value is a 400 naming the parameter, not the
 * 404 that JAX-RS gives a failed conversion.
 */
final class QueryParameters {

  private QueryParameters() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    name,
                    "unknown value '"
                        + value
                        + "'; one of "
                        + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))));
  }

  static <E extends Enum<E>> List<E> enumValues(Class<E> type, List<String> values, String name) {
    return values == null
        ? List.of()
        : values.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .filter(v -> !v.isBlank())
            .map(v -> enumValue(type, v, name))
            .toList();
  }

  static Boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidInputException(name, "must be true or false");
    };
  }

  static int integer(String value, String name, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < 1) {
        throw new InvalidInputException(name, "must be 1 or more");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  /** A record's numeric id from the path or the query. */
  static long id(String value, String name) {
    try {
      long parsed = Long.parseLong(value == null ? "" : value.strip());
      if (parsed < 1) {
        throw new InvalidInputException(name, "must be 1 or more");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  /**
   * The start of a day given as {@code yyyy-mm-dd} (UTC), moved by {@code plusDays}: 0 for a
   * period's first day, 1 for the end of its last day.
   */
  static Instant day(String value, String name, int plusDays) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip())
          .plusDays(plusDays)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date such as 2026-01-31");
    }
  }

  /** A text parameter, or null when it is missing or blank. */
  static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
