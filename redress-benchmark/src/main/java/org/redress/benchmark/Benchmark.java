package org.redress.benchmark;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.JpaHelper;
import org.redress.benchmark.Settings.Measurement;
import org.redress.complaint.Complaint;
import org.redress.policy.Category;

/**
 * The benchmark run (README: Benchmarks): loads N complaints into a fresh PostgreSQL database,
 * starts the packaged server on it and measures intake, the inbox, the KPI job, the CSV import, the
 * start and the heap, each against the raw database doing the same work in the same run, then
 * writes the report. A smoke run (CI) proves the harness works: it fails only when the harness
 * breaks, never on a ratio.
 */
public final class Benchmark {

  private static final Logger LOG = Logger.getLogger(Benchmark.class.getName());

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    // The server writes its timestamps as UTC wall-clock time; the loader must write the same.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    JsonProviders.useParsson();
    Settings settings = Settings.fromSystemProperties();
    Report report = run(settings);
    List<java.nio.file.Path> files = report.write(settings.outputDir());
    System.out.println(report.markdown());
    System.out.println("Report: " + files);
    List<Figure> misses = report.misses();
    if (!misses.isEmpty()) {
      System.out.println(
          misses.size()
              + " figure(s) miss their target"
              + (settings.smoke() ? " (smoke run: not enforced)" : "")
              + ": "
              + misses.stream().map(Figure::name).toList());
    }
    System.exit(0);
  }

  static Report run(Settings settings) throws Exception {
    Instant started = Instant.now();
    Report report = new Report(settings.smoke(), started);
    Scale scale = Scale.of(settings);
    BenchmarkDatabase database = new BenchmarkDatabase(settings);
    if (!settings.reuse()) {
      database.recreate();
    }
    database.migrate();
    EntityManagerFactory unit = database.persistenceUnit();
    try {
      try (Connection connection = database.connect()) {
        Machine.describe(report, BenchmarkDatabase.version(connection));
      }
      HistoryLoader.Loaded loaded =
          settings.reuse()
              ? HistoryLoader.existing(database)
              : new HistoryLoader(database, settings).load(unit);
      describeData(report, settings, loaded, database);
      if (!settings.measurements().equals(EnumSet.allOf(Measurement.class))) {
        report.note("Only these measurements ran (benchmark.measure): " + settings.measurements());
      }

      Api api = new Api(settings.baseUrl());
      try (RedressServer server = new RedressServer(settings)) {
        // The first start after installing creates the server's keys and caches; what an
        // installation sees on every later start is the restart, which is the figure.
        Duration first = server.startAndWaitForFirstPage(api, true);
        server.close();
        Duration start = server.startAndWaitForFirstPage(api, false);
        report.add(
            Figure.under(
                "server start to first answered page",
                "s",
                start.toMillis() / 1000.0,
                20,
                "a restart: launch of `server run` to the first 200 of GET /complaints?limit=50, on "
                    + loaded.complaints()
                    + " complaints; the first start after installing (`--clean`, keys and"
                    + " caches created) took "
                    + first.toMillis() / 1000.0
                    + " s"));

        Set<Measurement> chosen = settings.measurements();
        if (chosen.contains(Measurement.INBOX)) {
          inbox(report, scale, api, database, unit);
        }
        if (chosen.contains(Measurement.INTAKE)) {
          intake(report, scale, api, database, unit);
        }
        if (chosen.contains(Measurement.KPI)) {
          kpi(report, settings, api, database);
        }
        if (chosen.contains(Measurement.IMPORT)) {
          csvImport(report, scale, api, database);
        }

        long[] heap = server.heapUsedKib();
        report.add(
            Figure.under(
                "heap used after the run, after a full GC",
                "MB",
                Math.round(heap[1] / 1024.0),
                512,
                "jcmd GC.run then GC.heap_info on the server JVM (-Xmx1g); before the GC: "
                    + Math.round(heap[0] / 1024.0)
                    + " MB"));
        for (String error : server.errors()) {
          report.note("Server log error: " + error);
        }
      }
    } finally {
      unit.close();
    }
    report.data(
        "run took", Duration.between(started, Instant.now()).toSeconds() + " s (load included)");
    return report;
  }

  /** How much each measurement does: small for a smoke run, enough to settle for a full one. */
  record Scale(
      int intakeClients,
      int intakePerClient,
      int intakeRounds,
      int intakeWarmUp,
      int inboxWarmUp,
      int inboxSamples,
      int importRows) {

    static Scale of(Settings settings) {
      if (settings.smoke()) {
        return new Scale(4, 25, 2, 10, 5, 40, 1000);
      }
      int importRows = (int) Math.min(20_000, Math.max(1_000, settings.size() / 50));
      // A running server has compiled its hot paths long ago: the inbox views are asked 400 times
      // each, in turn (3,200 requests in all), before their 200 timed samples. With 5, the first
      // timings were of a cold JIT: a fresh server's p50 falls from about 30 ms over its first 200
      // requests to about 3 ms after 10,000.
      return new Scale(4, 250, 3, 50, 400, 200, importRows);
    }
  }

  private static void describeData(
      Report report, Settings settings, HistoryLoader.Loaded loaded, BenchmarkDatabase database)
      throws Exception {
    report.data("complaints", String.format(Locale.ROOT, "%,d", loaded.complaints()));
    report.data("events", String.format(Locale.ROOT, "%,d", loaded.events()));
    report.data("audit entries (sealed)", String.format(Locale.ROOT, "%,d", loaded.auditEntries()));
    report.data("received from", loaded.historyFrom() + " to " + loaded.now());
    report.data(
        "load",
        loaded.took().isZero()
            ? "reused: the history an earlier run loaded into this database (benchmark.reuse),"
                + " with what that run's measurements added"
            : String.format(
                Locale.ROOT,
                "%d s (%,.0f complaints/s with events and audit entries; COPY, indexes built after)",
                loaded.took().toSeconds(),
                loaded.complaintsPerSecond()));
    try (Connection connection = database.connect()) {
      report.data("states", tally(connection, "STATUS"));
      report.data("categories", tally(connection, "CATEGORY_ID"));
      report.data("channels", tally(connection, "CHANNEL"));
      report.data(
          "assignees",
          BenchmarkDatabase.number(connection, "SELECT COUNT(DISTINCT ASSIGNEE) FROM COMPLAINT")
              + " handlers and managers");
      report.data(
          "products",
          Long.toString(
              BenchmarkDatabase.number(
                  connection, "SELECT COUNT(DISTINCT PRODUCT_OR_SERVICE) FROM COMPLAINT")));
      long unsealed =
          BenchmarkDatabase.number(
              connection, "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ENTRY_HASH IS NULL");
      if (unsealed != 0) {
        throw new IllegalStateException(unsealed + " audit entries were loaded unsealed");
      }
    }
    report.data(
        "database", settings.dbName() + " on " + settings.dbHost() + ":" + settings.dbPort());
  }

  private static String tally(Connection connection, String column) throws Exception {
    List<String> parts = new ArrayList<>();
    String key =
        column.equals("CATEGORY_ID")
            ? "COALESCE(CAT.CODE, '-')"
            : "COALESCE(CAST(C." + column + " AS VARCHAR), '-')";
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT "
                    + key
                    + ", COUNT(*) FROM COMPLAINT C LEFT JOIN CATEGORY CAT ON CAT.ID = C.CATEGORY_ID"
                    + " GROUP BY 1 ORDER BY 2 DESC")) {
      while (rows.next()) {
        parts.add(rows.getString(1) + " " + String.format(Locale.ROOT, "%,d", rows.getLong(2)));
      }
    }
    return String.join(", ", parts);
  }

  private static void inbox(
      Report report, Scale scale, Api api, BenchmarkDatabase database, EntityManagerFactory unit)
      throws Exception {
    String order;
    long delivery;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT ORDER_REFERENCE FROM COMPLAINT WHERE ORDER_REFERENCE IS NOT NULL"
                  + " ORDER BY ID DESC LIMIT 1 OFFSET "
                  + BenchmarkDatabase.number(connection, "SELECT COUNT(*) / 3 FROM COMPLAINT"))) {
        order = rows.next() ? rows.getString(1) : "ORD-100000";
      }
      delivery =
          BenchmarkDatabase.number(connection, "SELECT ID FROM CATEGORY WHERE CODE = 'DELIVERY'");
    }
    var session = JpaHelper.getServerSession(unit);
    List<String> complaintColumns = new EntityRows(session, Complaint.class).mappedColumns();
    List<String> categoryColumns = new EntityRows(session, Category.class).mappedColumns();
    List<InboxBenchmark.Timing> timings =
        new InboxBenchmark(api, database, scale.inboxWarmUp(), scale.inboxSamples())
            .run(InboxBenchmark.views(order, delivery), complaintColumns, categoryColumns);
    for (InboxBenchmark.Timing t : timings) {
      Percentiles apiTimes = new Percentiles(t.api());
      Percentiles rawTimes = new Percentiles(t.raw());
      report.add(
          Figure.atMostRatio(
              "inbox p95: " + t.view().name(),
              "ms",
              Percentiles.millis(apiTimes.at(95)),
              Percentiles.millis(rawTimes.at(95)),
              1.5,
              50,
              "GET /complaints?"
                  + t.view().query()
                  + "&limit=50 as handler vs the same SQL over JDBC; p50 "
                  + Percentiles.millis(apiTimes.at(50))
                  + " vs "
                  + Percentiles.millis(rawTimes.at(50))
                  + " ms; "
                  + apiTimes.count()
                  + " samples each"));
    }
  }

  private static void intake(
      Report report, Scale scale, Api api, BenchmarkDatabase database, EntityManagerFactory unit)
      throws Exception {
    IntakeBenchmark.Result intake =
        new IntakeBenchmark(
                api,
                database,
                unit,
                scale.intakeClients(),
                scale.intakePerClient(),
                scale.intakeRounds(),
                scale.intakeWarmUp())
            .run();
    String how =
        intake.clients()
            + " concurrent clients, "
            + intake.complaints()
            + " complaints each way in "
            + intake.api().perSecond().length
            + " alternating rounds (median round); raw: counter transaction, then complaint,"
            + " event, audit entry and idempotency key in one transaction";
    report.add(
        Figure.atLeastRatio(
            "intake throughput",
            "complaints/s",
            round1(intake.api().medianPerSecond()),
            round1(intake.raw().medianPerSecond()),
            0.5,
            how));
    Percentiles apiTimes = new Percentiles(intake.api().latencies());
    Percentiles rawTimes = new Percentiles(intake.raw().latencies());
    report.add(
        Figure.info(
            "intake p50 latency",
            "ms",
            Percentiles.millis(apiTimes.at(50)),
            Percentiles.millis(rawTimes.at(50)),
            "POST /complaints as integration, with an Idempotency-Key"));
    report.add(
        Figure.info(
            "intake p99 latency",
            "ms",
            Percentiles.millis(apiTimes.at(99)),
            Percentiles.millis(rawTimes.at(99)),
            apiTimes.count() + " requests each way"));
  }

  private static void kpi(Report report, Settings settings, Api api, BenchmarkDatabase database)
      throws Exception {
    int months = settings.years() * 12 + 2;
    KpiBenchmark.Result kpi = new KpiBenchmark(api, database).run(months);
    report.add(
        Figure.atMostRatio(
            "KPI snapshot job over all complaints",
            "s",
            kpi.run().job().toMillis() / 1000.0,
            kpi.raw().toMillis() / 1000.0,
            2,
            Double.NaN,
            "POST /kpi/snapshots {days:0, weeks:0, months:"
                + months
                + "} as manager, the job's own start to end (wall clock with polling "
                + kpi.run().wallClock().toMillis() / 1000.0
                + " s) vs one aggregate SQL pass ("
                + kpi.rawGroups()
                + " groups)"));
  }

  private static void csvImport(Report report, Scale scale, Api api, BenchmarkDatabase database)
      throws Exception {
    ImportBenchmark.Result result = new ImportBenchmark(api, database).run(scale.importRows());
    report.add(
        Figure.atLeastRatio(
            "CSV import",
            "rows/s",
            round1(result.jobRowsPerSecond()),
            round1(result.copyRowsPerSecond()),
            0.25,
            result.rows()
                + " rows ("
                + result.bytes() / 1024
                + " KiB) through /imports (upload, mapping, start, poll to COMPLETED) vs COPY of"
                + " the same file into a scratch table"));
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
