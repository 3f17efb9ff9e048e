package org.redress.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.JpaHelper;
import org.redress.audit.AuditEntry;
import org.redress.audit.AuditHistory;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.ComplaintReference;
import org.redress.complaint.IdempotencyKey;
import org.redress.complaint.TrackingCode;
import org.redress.complaint.command.NewComplaint;
import org.redress.platform.Hashes;
import org.redress.policy.Category;

/**
 * Intake: complaints per second and latency of {@code POST /api/v1/complaints} from several
 * concurrent clients (an ERP's service account with an Idempotency-Key, as the API documents it),
 * against plain JDBC doing the same database work per complaint: the reference number taken from
 * the year's counter in a short transaction of its own (as YearlySequence does), then in one
 * transaction the idempotency-key lookup and the inserts of the complaint, its first event, its
 * audit entry and its idempotency key, with the very rows the application writes (made by the same
 * domain code and mapping). Raw and API rounds alternate, so both see the same machine.
 */
final class IntakeBenchmark {

  private static final Logger LOG = Logger.getLogger(IntakeBenchmark.class.getName());
  static final String USER = "integration";

  private final Api api;
  private final BenchmarkDatabase database;
  private final EntityManagerFactory unit;
  private final int clients;
  private final int perClient;
  private final int rounds;
  private final int warmUp;
  private final AtomicLong serial = new AtomicLong();

  IntakeBenchmark(
      Api api,
      BenchmarkDatabase database,
      EntityManagerFactory unit,
      int clients,
      int perClient,
      int rounds,
      int warmUp) {
    this.api = api;
    this.database = database;
    this.unit = unit;
    this.clients = clients;
    this.perClient = perClient;
    this.rounds = rounds;
    this.warmUp = warmUp;
  }

  /** The outcome of one side: throughput of each round, and every request's latency. */
  record Side(double[] perSecond, long[] latencies) {
    double medianPerSecond() {
      return Percentiles.median(perSecond);
    }
  }

  record Result(Side api, Side raw, int clients, int complaints) {}

  Result run() throws Exception {
    RawIntake raw = new RawIntake();
    // Warm-up: both paths, not counted (JIT, connection pools, caches).
    round(i -> apiSubmit(i), warmUp);
    round(i -> raw.submit(i), warmUp);
    double[] apiRates = new double[rounds];
    double[] rawRates = new double[rounds];
    List<Long> apiLatencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> rawLatencies = Collections.synchronizedList(new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      rawRates[r] = timedRound(i -> raw.submit(i), rawLatencies);
      apiRates[r] = timedRound(i -> apiSubmit(i), apiLatencies);
      int round = r + 1;
      LOG.info(
          () ->
              String.format(
                  java.util.Locale.ROOT,
                  "Intake round %d: API %.1f/s, raw JDBC %.1f/s",
                  round,
                  apiRates[round - 1],
                  rawRates[round - 1]));
    }
    raw.close();
    return new Result(
        new Side(apiRates, toArray(apiLatencies)),
        new Side(rawRates, toArray(rawLatencies)),
        clients,
        clients * perClient * rounds);
  }

  private interface Submit {
    void submit(long n) throws Exception;
  }

  private void round(Submit submit, int count) throws Exception {
    runClients(submit, count, null);
  }

  private double timedRound(Submit submit, List<Long> latencies) throws Exception {
    long start = System.nanoTime();
    runClients(submit, perClient, latencies);
    double seconds = (System.nanoTime() - start) / 1e9;
    return clients * perClient / seconds;
  }

  private void runClients(Submit submit, int count, List<Long> latencies) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        work.add(
            () -> {
              for (int i = 0; i < count; i++) {
                long n = serial.incrementAndGet();
                long start = System.nanoTime();
                submit.submit(n);
                if (latencies != null) {
                  latencies.add(System.nanoTime() - start);
                }
              }
              return null;
            });
      }
      for (Future<Void> done : pool.invokeAll(work)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static NewComplaint submission(long n) {
    return Submissions.newComplaint(
        new Spread(new SplittableRandom(n * 7919)), LocalDate.now(ZoneOffset.UTC));
  }

  private void apiSubmit(long n) throws Exception {
    byte[] body = Api.JSON.writeValueAsBytes(Submissions.json(submission(n)));
    Api.Answer answer =
        api.post(
            USER,
            "/complaints",
            "application/json",
            body,
            Map.of("Idempotency-Key", "bench-api-" + n + "-" + System.nanoTime()));
    answer.expect(201, "POST /complaints");
  }

  private static long[] toArray(List<Long> values) {
    synchronized (values) {
      return values.stream().mapToLong(Long::longValue).toArray();
    }
  }

  /** The same database work over plain JDBC, one connection per client. */
  private final class RawIntake {
    private final PolicyInForce policy;
    private final EntityRows complaints;
    private final EntityRows events;
    private final EntityRows audit;
    private final EntityRows keys;
    private final ThreadLocal<Client> client = ThreadLocal.withInitial(this::connect);
    private final List<Client> all = Collections.synchronizedList(new ArrayList<>());
    private final Ids complaintIds = new Ids("complaint_seq");
    private final Ids eventIds = new Ids("complaint_event_seq");
    private final Ids auditIds = new Ids("audit_entry_seq");

    RawIntake() throws Exception {
      EntityManager em = unit.createEntityManager();
      try {
        policy = PolicyInForce.read(em);
      } finally {
        em.close();
      }
      var session = JpaHelper.getServerSession(unit);
      complaints = new EntityRows(session, Complaint.class);
      events = new EntityRows(session, ComplaintEvent.class);
      audit = new EntityRows(session, AuditEntry.class);
      keys = new EntityRows(session, IdempotencyKey.class);
    }

    private Client connect() {
      try {
        Client c = new Client(database.connect());
        all.add(c);
        return c;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void submit(long n) throws Exception {
      client.get().submit(n);
    }

    void close() throws SQLException {
      synchronized (all) {
        for (Client c : all) {
          c.connection.close();
        }
      }
      complaintIds.close();
      eventIds.close();
      auditIds.close();
    }

    /** One client's connection and statements. */
    private final class Client {
      private final Connection connection;
      private final PreparedStatement counterExists;
      private final PreparedStatement counterUp;
      private final PreparedStatement counterRead;
      private final PreparedStatement keyFind;
      private PreparedStatement insertComplaint;
      private PreparedStatement insertEvent;
      private PreparedStatement insertAudit;
      private PreparedStatement insertKey;

      Client(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        counterExists =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM REFERENCE_COUNTER WHERE SERIES = ? AND COUNTER_YEAR = ?");
        counterUp =
            connection.prepareStatement(
                "UPDATE REFERENCE_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1"
                    + " WHERE SERIES = ? AND COUNTER_YEAR = ?");
        counterRead =
            connection.prepareStatement(
                "SELECT LAST_NUMBER FROM REFERENCE_COUNTER WHERE SERIES = ? AND COUNTER_YEAR = ?");
        keyFind =
            connection.prepareStatement(
                "SELECT KEY_HASH, REQUEST_HASH, COMPLAINT_ID, CREATED_AT FROM IDEMPOTENCY_KEY"
                    + " WHERE KEY_HASH = ?");
      }

      void submit(long n) throws Exception {
        NewComplaint input = submission(n);
        Instant now = Instant.now();
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        long number = nextNumber(year);
        String keyHash = Hashes.sha256(USER + "\nbench-raw-" + n + "-" + System.nanoTime());
        keyFind.setString(1, keyHash);
        try (ResultSet found = keyFind.executeQuery()) {
          if (found.next()) {
            throw new IllegalStateException("Idempotency key already used");
          }
        }
        Category category =
            input.category() == null
                ? null
                : policy.categories().stream()
                    .filter(c -> c.code().equals(input.category()))
                    .findFirst()
                    .orElseThrow();
        String reference = ComplaintReference.format(year, number);
        Complaint complaint =
            Complaint.receive(
                reference, TrackingCode.generate(), input, category, policy.levels(), USER, now);
        complaints.identify(complaint, complaintIds.next());
        complaints.version(complaint, 0);
        AuditEntry entry =
            AuditHistory.change(
                now, USER, "Complaint", reference, "RECEIVE", Map.of(), complaint.auditState());
        audit.identify(entry, auditIds.next());
        insertComplaint = insert(insertComplaint, complaints, complaint);
        insertComplaint.executeUpdate();
        for (ComplaintEvent event : complaint.events()) {
          events.identify(event, eventIds.next());
          insertEvent = insert(insertEvent, events, event);
          insertEvent.executeUpdate();
        }
        insertAudit = insert(insertAudit, audit, entry);
        insertAudit.executeUpdate();
        Object key =
            keys.newEntity(
                Map.of(
                    "keyHash",
                    keyHash,
                    "requestHash",
                    Hashes.sha256(input.toString()),
                    "complaintId",
                    complaint.id(),
                    "createdAt",
                    now));
        insertKey = insert(insertKey, keys, key);
        insertKey.executeUpdate();
        connection.commit();
      }

      /** YearlySequence.next: its own short transaction. */
      private long nextNumber(int year) throws SQLException {
        counterExists.setString(1, "CMP");
        counterExists.setInt(2, year);
        try (ResultSet rows = counterExists.executeQuery()) {
          rows.next();
          if (rows.getLong(1) == 0) {
            throw new IllegalStateException("No reference counter for " + year);
          }
        }
        counterUp.setString(1, "CMP");
        counterUp.setInt(2, year);
        counterUp.executeUpdate();
        counterRead.setString(1, "CMP");
        counterRead.setInt(2, year);
        long number;
        try (ResultSet rows = counterRead.executeQuery()) {
          rows.next();
          number = rows.getLong(1);
        }
        connection.commit();
        return number;
      }

      private PreparedStatement insert(PreparedStatement statement, EntityRows rows, Object entity)
          throws SQLException {
        List<Object> values = rows.values(entity);
        if (statement == null) {
          statement =
              connection.prepareStatement(
                  "INSERT INTO "
                      + rows.table()
                      + " ("
                      + String.join(", ", rows.columns())
                      + ") VALUES ("
                      + String.join(", ", Collections.nCopies(values.size(), "?"))
                      + ")");
        }
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof Instant instant) {
            value = Timestamp.from(instant);
          }
          statement.setObject(i + 1, value);
        }
        return statement;
      }
    }

    /** Ids drawn 50 at a time from a sequence, as EclipseLink draws them. */
    private final class Ids {
      private final String sequence;
      private long next;
      private long last;

      Ids(String sequence) {
        this.sequence = sequence;
      }

      private Connection connection;

      synchronized long next() throws SQLException {
        if (next == 0 || next > last) {
          if (connection == null) {
            connection = database.connect();
          }
          last = BenchmarkDatabase.number(connection, "SELECT nextval('" + sequence + "')");
          next = last - 49;
        }
        return next++;
      }

      synchronized void close() throws SQLException {
        if (connection != null) {
          connection.close();
        }
      }
    }
  }
}
