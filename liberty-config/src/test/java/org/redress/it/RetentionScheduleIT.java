package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nightly retention run: when KPI_SCHEDULE says it is due, the server's timer (which has no
 * caller) starts the retention job under the run-as identity, moves the due time on to the next
 * 03:30 UTC, and the run anonymises a case that closed before the retention period.
 */
class RetentionScheduleIT {

  /** Long enough for the timer's next minute and the run itself, on a slow machine. */
  private static final Duration TIMER_PATIENCE = Duration.ofSeconds(180);

  @Test
  void aDueNightlyRunIsStartedByTheTimerAndAnonymisesWhatIsPastTheRetentionPeriod()
      throws Exception {
    try (Connection db = TheDatabase.connect()) {
      // The server claims a night once after it comes up (on a new database the row is due at
      // once) and runs the job: that run would anonymise the case without this test's claim, and
      // its claim would move the due time on before or after the test sets it. Wait until it
      // is claimed (the due time lies ahead) and finished.
      eventually(
          "the retention run after the server's start claimed and finished",
          TIMER_PATIENCE,
          () ->
              nextRun(db).isAfter(LocalDateTime.now(ZoneOffset.UTC))
                      && runs().stream().noneMatch(Run::running)
                  ? true
                  : null);
      long latestBefore = runs().stream().mapToLong(Run::executionId).max().orElse(0);
      int months =
          as("admin").get("/policy").then().statusCode(200).extract().path("retentionMonths");
      String old = SurveyIT.closedComplaintOf(Api.marker() + "@example.com");
      RetentionIT.closedLongAgo(old, Duration.ofDays(31L * (months + 1)));

      Instant before = Instant.now();
      LocalDateTime then = LocalDateTime.ofInstant(before, ZoneOffset.UTC);
      try (PreparedStatement due =
          db.prepareStatement("UPDATE KPI_SCHEDULE SET NEXT_RUN_AT = ? WHERE NAME = 'retention'")) {
        due.setTimestamp(1, Timestamp.from(before.minus(Duration.ofDays(1))));
        assertThat(due.executeUpdate()).isEqualTo(1);
      }

      // Claimed after the test made it due, and the run the claim started is over.
      Run nightly =
          eventually(
              "a retention run started by the timer, finished",
              TIMER_PATIENCE,
              () -> {
                List<Run> runs = runs();
                return nextRun(db).isAfter(then) && runs.stream().noneMatch(Run::running)
                    ? runs.stream()
                        .filter(run -> run.executionId() > latestBefore)
                        .findFirst()
                        .orElse(null)
                    : null;
              });
      assertThat(nightly.status()).isEqualTo("COMPLETED");
      assertThat(submitter(db, nightly.instanceId()))
          .as("who started execution " + nightly.executionId())
          .isEqualTo("admin");

      LocalDateTime next = nextRun(db);
      assertThat(next).isBefore(then.plusHours(25));
      assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(3, 30));

      JsonPath anonymised = RetentionIT.details(old);
      assertThat(anonymised.getString("complainant.name")).isEqualTo("(anonymised)");
      assertThat(anonymised.getString("description")).isEqualTo("(removed with the personal data)");
      assertThat(anonymised.getString("status")).isEqualTo("CLOSED");
      JsonPath trail = AuditViewIT.timeline(Map.of("recordType", "Complaint", "recordKey", old));
      assertThat(trail.getString("items[0].action")).isEqualTo("ANONYMISE");
      assertThat(trail.getString("items[0].actor")).isEqualTo("system");
    }
  }

  /** One execution of the retention job in the job console. */
  private record Run(long executionId, long instanceId, String status, boolean running) {}

  /** The retention job's executions as the administrator sees them in the job console. */
  private static List<Run> runs() {
    JsonPath console =
        as("admin")
            .queryParam("job", "retention")
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> executions = console.getList("$");
    return executions.stream()
        .map(
            e ->
                new Run(
                    ((Number) e.get("executionId")).longValue(),
                    ((Number) e.get("instanceId")).longValue(),
                    String.valueOf(e.get("status")),
                    Boolean.TRUE.equals(e.get("canStop"))))
        .toList();
  }

  /**
   * The user the batch container started the job instance for, from its job repository in the
   * application's database: the timer has no caller of its own.
   */
  private static String submitter(Connection db, long instanceId) throws Exception {
    try (PreparedStatement query =
        db.prepareStatement("SELECT SUBMITTER FROM WLPJOBINSTANCE WHERE JOBINSTANCEID = ?")) {
      query.setLong(1, instanceId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("job instance " + instanceId).isTrue();
        return row.getString(1);
      }
    }
  }

  /** The next due time of the nightly run, in UTC as the server writes it. */
  private static LocalDateTime nextRun(Connection db) {
    try (PreparedStatement query =
            db.prepareStatement("SELECT NEXT_RUN_AT FROM KPI_SCHEDULE WHERE NAME = 'retention'");
        ResultSet row = query.executeQuery()) {
      assertThat(row.next()).isTrue();
      return row.getObject(1, LocalDateTime.class);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the retention schedule", e);
    }
  }
}
