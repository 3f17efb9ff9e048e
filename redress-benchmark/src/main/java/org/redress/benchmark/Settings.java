package org.redress.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a run does and where: read from system properties ({@code -Dbenchmark.size=...}), with the
 * defaults the README documents.
 *
 * @param size how many complaints the database holds before the measurements
 * @param smoke a smoke run (CI): proves the harness works; targets are reported, never enforced
 * @param years how many years of history the complaints spread over, ending now
 * @param seed the random seed of the generated history
 * @param reuse measure on the history an earlier run loaded into the same database, without loading
 *     it again (development runs; the report says so)
 * @param measurements which measurements to run, in their fixed order (all by default)
 */
record Settings(
    long size,
    boolean smoke,
    int years,
    long seed,
    boolean reuse,
    Set<Measurement> measurements,
    String dbHost,
    int dbPort,
    String dbName,
    String dbUser,
    String dbPassword,
    int httpPort,
    int httpsPort,
    int mailPort,
    Path wlpDir,
    Path outputDir) {

  static Settings fromSystemProperties() {
    return new Settings(
        Long.parseLong(property("benchmark.size", "1000000").replace("_", "")),
        Boolean.parseBoolean(property("benchmark.smoke", "false")),
        Integer.parseInt(property("benchmark.years", "5")),
        Long.parseLong(property("benchmark.seed", "20260501")),
        Boolean.parseBoolean(property("benchmark.reuse", "false")),
        Measurement.parse(property("benchmark.measure", "all")),
        property("benchmark.db.host", "127.0.0.1"),
        Integer.parseInt(property("benchmark.db.port", "5432")),
        property("benchmark.db.name", "redress_bench"),
        property("benchmark.db.user", "postgres"),
        property("benchmark.db.password", "bench"),
        Integer.parseInt(property("benchmark.http.port", "9680")),
        Integer.parseInt(property("benchmark.https.port", "9643")),
        Integer.parseInt(property("benchmark.mail.port", "3625")),
        Path.of(property("benchmark.wlp.dir", "liberty-config/target/liberty/wlp")),
        Path.of(property("benchmark.output.dir", "redress-benchmark/target")));
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  String jdbcUrl() {
    return jdbcUrl(dbName);
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
  }

  String baseUrl() {
    return "http://localhost:" + httpPort + "/complaints";
  }

  /** The measurements of a run, in the order they run (each after the server has started). */
  enum Measurement {
    INBOX,
    INTAKE,
    KPI,
    IMPORT;

    /** "all", or a comma-separated list such as "kpi,import". */
    static Set<Measurement> parse(String value) {
      if (value.equalsIgnoreCase("all")) {
        return EnumSet.allOf(Measurement.class);
      }
      Set<Measurement> chosen = EnumSet.noneOf(Measurement.class);
      for (String name : value.split(",")) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        chosen.add(
            Arrays.stream(values())
                .filter(m -> m.name().equals(wanted))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "benchmark.measure: unknown measurement '"
                                + name.strip()
                                + "'; known: all, "
                                + Arrays.toString(values()).toLowerCase(Locale.ROOT))));
      }
      return chosen;
    }
  }
}
