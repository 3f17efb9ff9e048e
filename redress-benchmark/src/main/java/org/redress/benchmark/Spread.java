package org.redress.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The spread of a realistic complaints history: who complains about which product through which
 * channel, who handles it, and how long each step takes. Weighted choices, a skewed (Zipf-like)
 * popularity of products and staff, and log-normal step durations, all from one seeded random
 * source per complaint so that a load is reproducible.
 */
final class Spread {

  static final String[] FIRST_NAMES = {
    "Anna",
    "Jörg",
    "Maria",
    "Lukas",
    "Sophie",
    "Mehmet",
    "Zoë",
    "Łukasz",
    "François",
    "Søren",
    "Emma",
    "Paul",
    "Lea",
    "Jonas",
    "Mia",
    "Finn",
    "Hannah",
    "Elias",
    "Lina",
    "Noah",
    "Olivia",
    "James",
    "Amelia",
    "Oliver",
    "Isla",
    "Ayşe",
    "Giulia",
    "Pedro",
    "Ingrid",
    "Kenji"
  };

  static final String[] LAST_NAMES = {
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "O'Brien",
    "Dupré",
    "Żółć",
    "Ærø",
    "Smith",
    "Jones",
    "Brown",
    "Taylor",
    "Yılmaz",
    "Rossi",
    "Silva",
    "Nakamura",
    "Hansen",
    "Kowalski"
  };

  static final String[] PRODUCT_FAMILIES = {
    "Espresso machine EM", "Milk frother MF", "Grinder G", "Kettle K", "Toaster T",
    "Blender B", "Water filter WF", "Coffee subscription CS", "Descaler D", "Cup set C",
    "Repair service R", "Delivery service DS", "Spare part SP", "Cleaning tablets CT", "Mill M"
  };

  /** Staff user names; {@code handler} and {@code manager} are the demo users. */
  static final List<String> HANDLERS = staff("handler", 40);

  static final List<String> MANAGERS = List.of("manager", "m.schmidt", "k.weber", "a.koch");

  private static List<String> staff(String first, int count) {
    List<String> names = new ArrayList<>();
    names.add(first);
    for (int i = 1; names.size() < count; i++) {
      names.add(
          (FIRST_NAMES[i % FIRST_NAMES.length].charAt(0) + "." + asciiLastName(i))
                  .toLowerCase(java.util.Locale.ROOT)
              + (i >= LAST_NAMES.length ? Integer.toString(i) : ""));
    }
    return List.copyOf(names);
  }

  private static String asciiLastName(int i) {
    return java.text.Normalizer.normalize(
            LAST_NAMES[i % LAST_NAMES.length], java.text.Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z]", "");
  }

  private final SplittableRandom random;

  Spread(SplittableRandom random) {
    this.random = random;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int from, int toInclusive) {
    return random.nextInt(from, toInclusive + 1);
  }

  <T> T any(T[] values) {
    return values[random.nextInt(values.length)];
  }

  <T> T any(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One of the values, each with its weight. */
  <T> T weighted(T[] values, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /**
   * An index below {@code size}, small ones far more often (roughly Zipf with exponent 1): a few
   * products and staff members get most of the complaints, as in real life.
   */
  int skewed(int size) {
    double u = random.nextDouble();
    int index = (int) Math.floor(Math.pow(size + 1, u)) - 1;
    return Math.min(Math.max(index, 0), size - 1);
  }

  /**
   * A duration around {@code median} with a log-normal spread ({@code sigma} 0.8 puts about one in
   * ten beyond twice the median), never below a minute.
   */
  Duration around(Duration median, double sigma) {
    double factor = Math.exp(sigma * random.nextGaussian());
    long seconds = Math.max(60, (long) (median.toSeconds() * factor));
    return Duration.ofSeconds(seconds);
  }

  Duration around(Duration median) {
    return around(median, 0.8);
  }

  /** Up to {@code max} seconds, for the jitter of timers and people. */
  Duration seconds(int max) {
    return Duration.ofSeconds(random.nextInt(max + 1));
  }

  String product() {
    int family = skewed(PRODUCT_FAMILIES.length);
    int model = 100 + 10 * skewed(30);
    return PRODUCT_FAMILIES[family] + "-" + model;
  }

  String handler() {
    return HANDLERS.get(skewed(HANDLERS.size()));
  }

  String manager() {
    return MANAGERS.get(skewed(MANAGERS.size()));
  }
}
