package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Eventually.eventually;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The nightly KPI run: when KPI_SCHEDULE says it is due, the server's timer (which has no caller)
 * starts the job under its run-as identity, moves the due time to the next night, and the job
 * writes the default 35 days, which no on-demand run of the other tests asks for.
 */
class KpiScheduleIT {

  @Test
  void aDueNightlyRunIsStartedByTheTimerWithoutACaller() throws Exception {
    // A run still busy (the one the server starts once after it comes up) would write the
    // snapshot without the timer: wait until none is running.
    eventually(
        "no KPI run in progress",
        () ->
            Api.as("admin")
                    .queryParam("job", "kpi-snapshot")
                    .get("/jobs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.canStop }")
                    .isEmpty()
                ? true
                : null);
    Instant before = Instant.now();
    LocalDate oldestDay = LocalDate.now(ZoneOffset.UTC).minusDays(34);
    try (Connection db = TheDatabase.connect()) {
      try (PreparedStatement due =
          db.prepareStatement(
              "UPDATE KPI_SCHEDULE SET NEXT_RUN_AT = ? WHERE NAME = 'kpi-snapshot'")) {
        due.setTimestamp(1, Timestamp.from(before.minus(Duration.ofDays(1))));
        assertThat(due.executeUpdate()).isEqualTo(1);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
      Instant computed = null;
      while (System.nanoTime() < deadline) {
        // The run counts its 35 days back from the day it runs, which is a day later when the
        // test starts just before midnight UTC.
        computed = computedAt(db, oldestDay);
        if (computed == null || !computed.isAfter(before)) {
          computed = computedAt(db, oldestDay.plusDays(1));
        }
        if (computed != null && computed.isAfter(before) && nextRun(db).isAfter(before)) {
          break;
        }
        Thread.sleep(1000);
      }
      assertThat(computed)
          .as("snapshot of " + oldestDay + " written by the nightly run")
          .isNotNull()
          .isAfter(before);
      try (PreparedStatement next =
              db.prepareStatement(
                  "SELECT NEXT_RUN_AT FROM KPI_SCHEDULE WHERE NAME = 'kpi-snapshot'");
          ResultSet row = next.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getTimestamp(1).toInstant())
            .isAfter(before)
            .isBefore(before.plus(Duration.ofHours(25)));
      }
    }
  }

  private static Instant nextRun(Connection db) throws Exception {
    try (PreparedStatement next =
            db.prepareStatement(
                "SELECT NEXT_RUN_AT FROM KPI_SCHEDULE WHERE NAME = 'kpi-snapshot'");
        ResultSet row = next.executeQuery()) {
      return row.next() ? row.getTimestamp(1).toInstant() : Instant.EPOCH;
    }
  }

  private static Instant computedAt(Connection db, LocalDate day) throws Exception {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COMPUTED_AT FROM KPI_SNAPSHOT WHERE PERIOD_KIND = 'DAY' AND PERIOD_START = ?"
                + " AND DIMENSION = 'ALL' AND KPI = 'RECEIVED'")) {
      query.setDate(1, java.sql.Date.valueOf(day));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getTimestamp(1).toInstant() : null;
      }
    }
  }
}
