package org.redress.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.JpaHelper;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.redress.audit.AuditEntry;
import org.redress.audit.AuditHistory;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.ComplaintReference;

/**
 * Loads N complaints with their events and sealed audit trail into the migrated database by the
 * fastest honest path: each complaint's history is made by the domain ({@link CaseHistory}), turned
 * into the rows the application's mapping writes ({@link EntityRows}), and streamed into PostgreSQL
 * with COPY. The plain indexes and the event table's foreign key are set aside during the copy and
 * built again afterwards (validated: the foreign key is checked over every row). Then what the
 * application relies on is put in place: the id sequences past the loaded ids, the reference
 * counter of every year, the audit chain's head, and the nightly schedules as a running
 * installation has them (the last night's runs done).
 */
final class HistoryLoader {

  private static final Logger LOG = Logger.getLogger(HistoryLoader.class.getName());
  private static final int FLUSH_CHARS = 1 << 22;
  private static final String[] TABLES = {"COMPLAINT", "COMPLAINT_EVENT", "AUDIT_ENTRY"};

  /** What was loaded. */
  record Loaded(
      long complaints,
      long events,
      long auditEntries,
      Instant historyFrom,
      Instant now,
      Duration took,
      TreeMap<Integer, Long> perYear) {

    double complaintsPerSecond() {
      return complaints / Math.max(0.001, took.toMillis() / 1000.0);
    }
  }

  private final BenchmarkDatabase database;
  private final Settings settings;

  HistoryLoader(BenchmarkDatabase database, Settings settings) {
    this.database = database;
    this.settings = settings;
  }

  /**
   * When complaint {@code index} of {@code size} was received: spread over {@code from} to {@code
   * to}, with three times as many complaints a day at the end as at the start (the organisation
   * grew), and in index order, so ids and references follow the time of receipt.
   */
  static Instant receivedAt(long index, long size, Instant from, Instant to, double jitter) {
    double u = (index + jitter) / size;
    double f = (Math.sqrt(1 + 8 * u) - 1) / 2;
    long span = Duration.between(from, to).toMillis();
    return from.plusMillis((long) (span * f));
  }

  Loaded load(EntityManagerFactory unit) throws SQLException {
    Instant started = Instant.now();
    Instant now = started.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Instant from =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .minusYears(settings.years())
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    PolicyInForce policy;
    EntityManager em = unit.createEntityManager();
    try {
      policy = PolicyInForce.read(em);
    } finally {
      em.close();
    }
    var session = JpaHelper.getServerSession(unit);
    EntityRows complaints = new EntityRows(session, Complaint.class);
    EntityRows events = new EntityRows(session, ComplaintEvent.class);
    EntityRows auditEntries = new EntityRows(session, AuditEntry.class);
    AuditHistory chain = new AuditHistory(0, AuditHistory.GENESIS);
    TreeMap<Integer, Long> perYear = new TreeMap<>();

    try (Connection admin = database.connect()) {
      requireEmpty(admin);
      List<String> rebuild = setAside(admin);
      long eventId = 0;
      long auditId = 0;
      try (Stream complaintStream = new Stream(database.connect(), complaints);
          Stream eventStream = new Stream(database.connect(), events);
          Stream auditStream = new Stream(database.connect(), auditEntries)) {
        SplittableRandom jitter = new SplittableRandom(settings.seed());
        for (long i = 0; i < settings.size(); i++) {
          Instant received = receivedAt(i, settings.size(), from, now, jitter.nextDouble());
          int year = received.atOffset(ZoneOffset.UTC).getYear();
          long number = perYear.merge(year, 1L, Long::sum);
          CaseHistory history =
              CaseHistory.of(
                  policy,
                  ComplaintReference.format(year, number),
                  received,
                  now,
                  new SplittableRandom(settings.seed() * 31 + i));
          Complaint complaint = history.complaint();
          complaints.identify(complaint, i + 1);
          complaints.version(complaint, history.updates());
          complaintStream.add(complaint);
          for (ComplaintEvent event : complaint.events()) {
            events.identify(event, ++eventId);
            eventStream.add(event);
          }
          for (AuditEntry entry : history.audit()) {
            auditEntries.identify(entry, ++auditId);
            chain.seal(entry);
            auditStream.add(entry);
          }
          if ((i + 1) % 100_000 == 0) {
            long done = i + 1;
            LOG.info(() -> "Loaded " + done + " complaints");
          }
        }
        complaintStream.finish();
        eventStream.finish();
        auditStream.finish();
      }
      rebuild(admin, rebuild);
      settle(admin, settings.size(), eventId, auditId, perYear, chain, now);
      Duration took = Duration.between(started, Instant.now());
      Loaded loaded = new Loaded(settings.size(), eventId, auditId, from, now, took, perYear);
      LOG.info(
          () ->
              "Loaded "
                  + loaded.complaints()
                  + " complaints, "
                  + loaded.events()
                  + " events and "
                  + loaded.auditEntries()
                  + " audit entries in "
                  + took.toSeconds()
                  + " s");
      return loaded;
    }
  }

  private static void requireEmpty(Connection admin) throws SQLException {
    if (BenchmarkDatabase.number(admin, "SELECT COUNT(*) FROM COMPLAINT") > 0) {
      throw new IllegalStateException(
          "The benchmark loads into an empty, freshly migrated database");
    }
  }

  /**
   * Drops the plain (non-constraint) indexes of the loaded tables and the event table's foreign
   * key, and answers the statements that build them again.
   */
  private static List<String> setAside(Connection admin) throws SQLException {
    List<String> rebuild = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    try (PreparedStatement indexes =
        admin.prepareStatement(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
                + " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                + " WHERE t.relname = ? AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)")) {
      for (String table : TABLES) {
        indexes.setString(1, table.toLowerCase(java.util.Locale.ROOT));
        try (ResultSet rows = indexes.executeQuery()) {
          while (rows.next()) {
            drop.add("DROP INDEX " + rows.getString(1));
            rebuild.add(rows.getString(2));
          }
        }
      }
    }
    try (Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = 'complaint_event'::regclass AND contype = 'f'")) {
      while (rows.next()) {
        drop.add("ALTER TABLE COMPLAINT_EVENT DROP CONSTRAINT " + rows.getString(1));
        rebuild.add(
            "ALTER TABLE COMPLAINT_EVENT ADD CONSTRAINT "
                + rows.getString(1)
                + " "
                + rows.getString(2));
      }
    }
    try (Statement statement = admin.createStatement()) {
      for (String sql : drop) {
        statement.execute(sql);
      }
    }
    return rebuild;
  }

  private static void rebuild(Connection admin, List<String> rebuild) throws SQLException {
    Instant start = Instant.now();
    try (Statement statement = admin.createStatement()) {
      statement.execute("SET maintenance_work_mem = '512MB'");
      for (String sql : rebuild) {
        statement.execute(sql);
      }
    }
    LOG.info(
        () ->
            "Built "
                + rebuild.size()
                + " indexes and constraints again in "
                + Duration.between(start, Instant.now()).toSeconds()
                + " s");
  }

  /** What the application relies on beyond the rows themselves. */
  private static void settle(
      Connection admin,
      long complaints,
      long events,
      long auditEntries,
      TreeMap<Integer, Long> perYear,
      AuditHistory chain,
      Instant now)
      throws SQLException {
    try (Statement statement = admin.createStatement()) {
      // EclipseLink draws 50 ids per nextval (INCREMENT BY 50): ids after the value set here.
      statement.execute("SELECT setval('complaint_seq', " + Math.max(1, complaints) + ")");
      statement.execute("SELECT setval('complaint_event_seq', " + Math.max(1, events) + ")");
      statement.execute("SELECT setval('audit_entry_seq', " + Math.max(1, auditEntries) + ")");
    }
    try (PreparedStatement counter =
        admin.prepareStatement(
            "INSERT INTO REFERENCE_COUNTER (SERIES, COUNTER_YEAR, LAST_NUMBER) VALUES ('CMP', ?, ?)")) {
      for (var year : perYear.entrySet()) {
        counter.setInt(1, year.getKey());
        counter.setLong(2, year.getValue());
        counter.executeUpdate();
      }
    }
    try (PreparedStatement head =
        admin.prepareStatement(
            "UPDATE AUDIT_CHAIN_HEAD SET LAST_SEAL_NO = ?, LAST_HASH = ? WHERE ID = 1")) {
      head.setLong(1, chain.lastSealNo());
      head.setString(2, chain.lastHash());
      if (head.executeUpdate() != 1) {
        throw new IllegalStateException("AUDIT_CHAIN_HEAD has no row 1");
      }
    }
    quietNights(admin, now);
    try (Statement statement = admin.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
  }

  /**
   * A running installation did its last nightly KPI and retention runs. The benchmark starts the
   * KPI job itself and must not meet a nightly run in the middle of its measurements (a run that
   * spans 02:30 UTC did: the intake was measured beside it and the benchmark's own KPI start was
   * refused), so the next nightly runs are put at least 20 hours after {@code now}.
   */
  static void quietNights(Connection admin, Instant now) throws SQLException {
    try (PreparedStatement schedule =
        admin.prepareStatement("UPDATE KPI_SCHEDULE SET NEXT_RUN_AT = ? WHERE NAME = ?")) {
      Instant quietUntil = now.plus(Duration.ofHours(20));
      schedule.setTimestamp(1, nextNight(quietUntil, LocalTime.of(2, 30)));
      schedule.setString(2, "kpi-snapshot");
      schedule.executeUpdate();
      schedule.setTimestamp(1, nextNight(quietUntil, LocalTime.of(3, 30)));
      schedule.setString(2, "retention");
      schedule.executeUpdate();
    }
  }

  /**
   * The history an earlier run loaded into the same database ({@code -Dbenchmark.reuse=true}): its
   * counts, for the report; the nightly runs are moved out of the way again.
   */
  static Loaded existing(BenchmarkDatabase database) throws SQLException {
    try (Connection connection = database.connect()) {
      long complaints = BenchmarkDatabase.number(connection, "SELECT COUNT(*) FROM COMPLAINT");
      if (complaints == 0) {
        throw new IllegalStateException(
            "benchmark.reuse=true, but the database holds no complaints: run without it first");
      }
      TreeMap<Integer, Long> perYear = new TreeMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT CAST(EXTRACT(YEAR FROM RECEIVED_AT) AS INTEGER), COUNT(*)"
                      + " FROM COMPLAINT GROUP BY 1")) {
        while (rows.next()) {
          perYear.put(rows.getInt(1), rows.getLong(2));
        }
      }
      Instant from;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT MIN(RECEIVED_AT) FROM COMPLAINT")) {
        rows.next();
        from = rows.getTimestamp(1).toInstant();
      }
      Instant now = Instant.now();
      quietNights(connection, now);
      return new Loaded(
          complaints,
          BenchmarkDatabase.number(connection, "SELECT COUNT(*) FROM COMPLAINT_EVENT"),
          BenchmarkDatabase.number(connection, "SELECT COUNT(*) FROM AUDIT_ENTRY"),
          from,
          now,
          Duration.ZERO,
          perYear);
    }
  }

  private static Timestamp nextNight(Instant now, LocalTime at) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant next = today.atTime(at).toInstant(ZoneOffset.UTC);
    if (!next.isAfter(now)) {
      next = today.plusDays(1).atTime(at).toInstant(ZoneOffset.UTC);
    }
    return Timestamp.from(next);
  }

  /** One table's COPY, fed row by row, on its own connection. */
  private static final class Stream implements AutoCloseable {
    private final Connection connection;
    private final EntityRows rows;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + (1 << 16));
    private CopyIn copy;
    private long count;

    Stream(Connection connection, EntityRows rows) throws SQLException {
      this.connection = connection;
      this.rows = rows;
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET synchronous_commit = off");
      }
    }

    void add(Object entity) throws SQLException {
      List<Object> values = rows.values(entity);
      if (copy == null) {
        copy =
            new CopyManager(connection.unwrap(BaseConnection.class))
                .copyIn(
                    "COPY "
                        + rows.table()
                        + " ("
                        + String.join(", ", rows.columns())
                        + ") FROM STDIN");
      }
      CopyText.appendRow(buffer, values);
      count++;
      if (buffer.length() >= FLUSH_CHARS) {
        flush();
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    void finish() throws SQLException {
      if (copy != null) {
        flush();
        long written = copy.endCopy();
        if (written != count) {
          throw new IllegalStateException(
              "COPY " + rows.table() + " wrote " + written + " rows of " + count);
        }
      }
      connection.commit();
    }

    @Override
    public void close() throws SQLException {
      if (copy != null && copy.isActive()) {
        copy.cancelCopy();
      }
      connection.close();
    }
  }
}
