package org.redress.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-looking CSV exports of complaints from an older system, with the broken rows such exports
 * have: impossible dates, missing fields, unknown categories, invalid emails, a stray quote, and a
 * last line cut inside a quoted field. Every id and order number carries the test's marker, so that
 * each test finds its own complaints only.
 */
public final class CsvFiles {

  public static final String HEADER =
      "Ticket;Eingang;Kanal;Kategorie;Kunde;E-Mail;Telefon;Produkt;Auftrag;Beschreibung";

  private static final String[] NAMES = {
    "Jörg Weiß", "Anna Müller", "Zoë O'Brien", "Łukasz Żółć", "François Dupré", "Søren Ærø"
  };
  private static final String[] PRODUCTS = {
    "Espresso machine EM-200", "Milk frother MF-3", "Grinder \"Mahlwerk\" G-7", "Kettle; 1.7 l"
  };
  private static final String[] CATEGORIES = {"PRODUCT_QUALITY", "DELIVERY", "BILLING", "SERVICE"};
  private static final String[] CHANNELS = {"EMAIL", "PHONE", "post", "Web", ""};

  /** The file, and what it should do. */
  public record Export(
      String marker,
      Instant base,
      String text,
      int good,
      int bad,
      Map<String, String> descriptions,
      Map<Long, String> badLines) {

    /** When good row {@code n} was received, as the complaint must show it. */
    public Instant receivedAt(int n) {
      return base.plusSeconds(7L * n);
    }

    public byte[] bytes() {
      return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }
  }

  private CsvFiles() {}

  /** The order reference of good row {@code n}, unique in the whole database. */
  public static String order(String marker, int n) {
    return String.format("ORD-%s-%05d", marker, n);
  }

  /**
   * {@code rows} rows, every 25th of them broken in one of several ways, and a last line cut in the
   * middle of a quoted field.
   */
  public static Export export(String marker, int rows) {
    // Received in the last hours, not months ago: a complaint past its deadlines at import would
    // be escalated with a mail to the complaints officer at once, thousands of them per test.
    // A big file starts further back, so that its last row is still received before now.
    Duration span = Duration.ofSeconds(7L * rows).plus(Duration.ofMinutes(30));
    Instant base =
        Instant.now()
            .truncatedTo(ChronoUnit.SECONDS)
            .minus(span.compareTo(Duration.ofHours(3)) > 0 ? span : Duration.ofHours(3));
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    long line = 2;
    int good = 0;
    int bad = 0;
    Map<String, String> descriptions = new LinkedHashMap<>();
    Map<Long, String> badLines = new LinkedHashMap<>();
    for (int n = 1; n <= rows; n++) {
      String id = "T-" + marker + "-" + n;
      String name = NAMES[n % NAMES.length];
      String description =
          "Row "
              + n
              + ": "
              + name
              + " schreibt: \"Die Pumpe leckt\"; täglich 😀\n"
              + (n % 3 == 0 ? "  Zweite Zeile mit Einrückung, Komma, und Ümläuten.\n" : "")
              + "Ende.";
      String day = received(base, n);
      List<String> values =
          new ArrayList<>(
              List.of(
                  id,
                  day,
                  CHANNELS[n % CHANNELS.length],
                  CATEGORIES[n % CATEGORIES.length],
                  name,
                  "kunde" + n + "@example.de",
                  "+49 30 " + (1000000 + n),
                  PRODUCTS[n % PRODUCTS.length],
                  order(marker, n),
                  description));
      String fault = null;
      if (n % 25 == 0) {
        switch ((n / 25) % 6) {
          case 0 -> {
            values.set(1, "31.02.2026");
            fault = "receivedAt";
          }
          case 1 -> {
            values.set(9, "");
            fault = "description";
          }
          case 2 -> {
            values.set(3, "GADGETS");
            fault = "category";
          }
          case 3 -> {
            values.set(5, "kunde-at-example.de");
            fault = "complainant.email";
          }
          case 4 -> {
            values.set(4, "");
            fault = "complainant.name";
          }
          default -> fault = "stray quote";
        }
      }
      if ("stray quote".equals(fault)) {
        text.append(id)
            .append(";\"")
            .append(day)
            .append("\"x;EMAIL;SERVICE;")
            .append(name)
            .append(";;;;;broken\r\n");
      } else {
        text.append(row(values)).append("\r\n");
      }
      if (fault == null) {
        good++;
        descriptions.put(order(marker, n), description);
      } else {
        bad++;
        badLines.put(line, fault);
      }
      line += "stray quote".equals(fault) ? 1 : Math.max(1, values.get(9).lines().count());
    }
    text.append("T-")
        .append(marker)
        .append("-cut;2026-03-01;EMAIL;SERVICE;Cut Off;cut@example.de;;;;")
        .append("\"The export stopped in the mid");
    bad++;
    badLines.put(line, "quoted field");
    return new Export(marker, base, text.toString(), good, bad, descriptions, badLines);
  }

  /** When row {@code n} was received: ISO with offset, or German (UTC) for every other row. */
  private static String received(Instant base, int n) {
    Instant at = base.plusSeconds(7L * n);
    return n % 2 == 0
        ? at.toString()
        : DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss").withZone(ZoneOffset.UTC).format(at);
  }

  private static String row(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
        quoted.add("\"" + value.replace("\"", "\"\"") + "\"");
      } else {
        quoted.add(value);
      }
    }
    return String.join(";", quoted);
  }
}
