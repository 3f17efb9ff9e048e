package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline watch and someone else writing the same case at the same moment: another server
 * instance's watch, or a handler's step. The other writer commits first; the watch's look at the
 * case is then dropped whole (its alert, timeline entry and mail with it) and repeated at the next
 * round, so the case is warned once, and the log shows no error.
 *
 * <p>The test plays the other writer on the database itself: it changes the case's row (its
 * version, as any committed change does) in a transaction of its own and holds it open until the
 * watch's write of the same row waits for it, then commits first. The database's row lock makes the
 * race of two instances happen every time, with one server.
 */
class DeadlineConflictIT {

  private static final Path LOG =
      Path.of(System.getProperty("redress.server.dir", "target/liberty/wlp/usr/servers/redress"))
          .resolve("logs/messages.log");

  private GreenMail smtp;
  private Map<String, Object> escalationBefore;

  @BeforeEach
  void aMailServerAndAManagerToWarn() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("redress.smtp.port", 3025), "127.0.0.1", "smtp"));
    smtp.start();
    escalationBefore = as("admin").get("/service-levels").jsonPath().getMap("escalation");
  }

  @AfterEach
  void putThemBack() {
    as("admin")
        .body(new LinkedHashMap<>(escalationBefore))
        .put("/service-levels/escalation")
        .then()
        .statusCode(200);
    smtp.stop();
  }

  @Test
  void aCaseChangedElsewhereWhileTheWatchWarnsIsWarnedOnceAtItsNextLookWithoutAnError()
      throws Exception {
    String manager = Api.marker() + "@example.com";
    Map<String, Object> escalation = new LinkedHashMap<>(escalationBefore);
    escalation.put("managerEmail", manager);
    as("admin").body(escalation).put("/service-levels/escalation").then().statusCode(200);
    // The look is timed by the real clock below: the server's must not run ahead.
    ServerClock.await(Duration.ZERO);
    String ref = Api.create();
    long logFrom = Files.size(LOG);

    try (Connection db = TheDatabase.connect()) {
      long id = idOf(db, ref);
      // The watch's look at the case comes due in two seconds (ordinarily at 80% of the time to
      // its deadline), committed, so that the watch sees it.
      try (PreparedStatement due =
          db.prepareStatement("UPDATE COMPLAINT SET DEADLINE_CHECK_AT = ? WHERE ID = ?")) {
        due.setObject(1, LocalDateTime.ofInstant(Instant.now().plusSeconds(2), ZoneOffset.UTC));
        due.setLong(2, id);
        assertThat(due.executeUpdate()).isEqualTo(1);
      }
      // The other writer's change, not committed yet: the row stays locked.
      db.setAutoCommit(false);
      try (PreparedStatement change =
          db.prepareStatement("UPDATE COMPLAINT SET VERSION = VERSION + 1 WHERE ID = ?")) {
        change.setLong(1, id);
        assertThat(change.executeUpdate()).isEqualTo(1);
      }
      // The watch (every 15 s) reads the case as it was committed, warns, and its write of the row
      // waits for the lock. H2 gives up waiting after 10 s (LOCK_TIMEOUT): commit at once.
      eventually(
          "the watch's write of the case waits for the other change",
          Duration.ofSeconds(60),
          () -> waitingFor(db) ? true : null);
      db.commit();
    }

    // The look that warns for good commits the case's new alert level; anything the dropped look
    // had left behind (a timeline entry, a mail) would have been committed before it.
    eventually(
        "the warning at the watch's next look",
        () ->
            "WARNED".equals(as("handler").get("/complaints/{ref}", ref).path("alertLevel"))
                ? true
                : null);
    assertThat(warnings(ref)).as("DEADLINE_WARNING entries on the timeline").isEqualTo(1);
    List<Map<String, Object>> warningMails =
        Api.outbox(ref).stream()
            .filter(m -> String.valueOf(m.get("payload")).contains(".staff-deadline-warning."))
            .toList();
    assertThat(warningMails).as("warning mails in the outbox").hasSize(1);
    MimeMessage warning = eventually("the manager's warning", () -> warningTo(manager, ref));
    assertThat(warning.getSubject()).startsWith("[" + ref + "]");

    // EclipseLink itself notes the conflict as a warning (CWWJP9991W, EclipseLink-5011). What must
    // not be there: the container's error for an exception that escaped Deadlines.check
    // (CNTR0020E), or the watch's warning that a look failed.
    List<String> errors =
        logSince(logFrom)
            .lines()
            .filter(
                line ->
                    (line.contains("CNTR0020E") && line.contains("Deadlines"))
                        || line.contains("Checking the deadlines of complaint"))
            .toList();
    assertThat(errors).as("errors of the deadline watch in the server's log").isEmpty();
  }

  private static long idOf(Connection db, String ref) throws SQLException {
    try (PreparedStatement find =
        db.prepareStatement("SELECT ID FROM COMPLAINT WHERE REFERENCE = ?")) {
      find.setString(1, ref);
      try (ResultSet row = find.executeQuery()) {
        assertThat(row.next()).as("complaint %s in the database", ref).isTrue();
        return row.getLong(1);
      }
    }
  }

  private static boolean waitingFor(Connection db) {
    try {
      return TheDatabase.sessionsWaitingFor(db) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot see the database's lock waits", e);
    }
  }

  private static long warnings(String ref) {
    return Api.eventTypes(ref).stream().filter("DEADLINE_WARNING"::equals).count();
  }

  private MimeMessage warningTo(String address, String ref) {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(MimeMessage.class::cast)
        .filter(
            m -> {
              try {
                return m.getMessageID().contains(".staff-deadline-warning.")
                    && m.getSubject().startsWith("[" + ref + "]")
                    && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
              } catch (MessagingException e) {
                return false;
              }
            })
        .findFirst()
        .orElse(null);
  }

  /** What the server logged from this position of messages.log on (all of it if it rolled over). */
  private static String logSince(long position) throws Exception {
    byte[] log = Files.readAllBytes(LOG);
    int from = position <= log.length ? (int) position : 0;
    return new String(log, from, log.length - from, StandardCharsets.UTF_8);
  }
}
