package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.audit.AuditEntry;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.ComplaintReference;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EventType;

/** The invariants the application relies on hold for every generated history. */
class CaseHistoryTest {

  static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  static final Instant FROM = Instant.parse("2024-05-01T00:00:00Z");
  static final int SIZE = 1500;
  static final List<CaseHistory> HISTORIES = new ArrayList<>();

  @BeforeAll
  static void generate() {
    JsonProviders.useParsson();
    PolicyInForce policy = PolicyInForce.migrationDefaults();
    SplittableRandom jitter = new SplittableRandom(1);
    for (int i = 0; i < SIZE; i++) {
      Instant received = HistoryLoader.receivedAt(i, SIZE, FROM, NOW, jitter.nextDouble());
      HISTORIES.add(
          CaseHistory.of(
              policy,
              ComplaintReference.format(received.atZone(java.time.ZoneOffset.UTC).getYear(), i + 1),
              received,
              NOW,
              new SplittableRandom(i)));
    }
  }

  @Test
  void eventsAreNumberedInTimeOrderAndEndInTheCurrentState() {
    for (CaseHistory history : HISTORIES) {
      Complaint c = history.complaint();
      List<ComplaintEvent> events = c.events();
      assertThat(events.get(0).type()).isEqualTo(EventType.RECEIVED);
      assertThat(events.get(0).occurredAt()).isEqualTo(c.receivedAt());
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).number()).isEqualTo(i + 1);
        assertThat(events.get(i).occurredAt()).isBeforeOrEqualTo(NOW);
        if (i > 0) {
          assertThat(events.get(i).occurredAt()).isAfterOrEqualTo(events.get(i - 1).occurredAt());
        }
      }
      assertThat(events.get(events.size() - 1).toStatus()).as(c.reference()).isEqualTo(c.status());
    }
  }

  @Test
  void statusesAgreeWithTheirTimestamps() {
    for (CaseHistory history : HISTORIES) {
      Complaint c = history.complaint();
      boolean finished = !c.status().isOpen();
      assertThat(c.closedAt() != null).as(c.reference()).isEqualTo(finished);
      assertThat(c.outcome() != null).as(c.reference()).isEqualTo(finished);
      if (c.status() == ComplaintStatus.RECEIVED) {
        assertThat(c.acknowledgedAt()).isNull();
      } else {
        assertThat(c.acknowledgedAt()).as(c.reference()).isNotNull().isAfter(c.receivedAt());
      }
      if (c.closedAt() != null) {
        assertThat(c.closedAt()).isAfter(c.receivedAt()).isBeforeOrEqualTo(NOW);
      }
      if (c.status() == ComplaintStatus.DECISION_COMMUNICATED) {
        assertThat(c.decisionCommunicatedAt()).isNotNull();
      }
      assertThat(c.acknowledgementDueAt()).isEqualTo(c.receivedAt().plus(Duration.ofHours(48)));
      assertThat(c.responseDueAt()).isAfter(c.receivedAt());
      assertThat(c.resolutionDueAt()).isAfter(c.receivedAt());
    }
  }

  @Test
  void theDeadlineWatchHasCaughtUpWithNow() {
    for (CaseHistory history : HISTORIES) {
      Complaint c = history.complaint();
      if (c.deadlineCheckAt() != null) {
        // The watch runs every 15 s: a look may just be due.
        assertThat(c.deadlineCheckAt()).as(c.reference()).isAfter(NOW.minusSeconds(16));
      }
      if (!c.status().isOpen()) {
        assertThat(c.deadlineCheckAt()).isNull();
      }
    }
  }

  @Test
  void everyStepHasItsAuditEntryAndTheRowItsVersion() {
    for (CaseHistory history : HISTORIES) {
      Complaint c = history.complaint();
      List<AuditEntry> audit = history.audit();
      assertThat(audit.get(0).action()).isEqualTo("RECEIVE");
      assertThat(audit).allSatisfy(a -> assertThat(a.recordKey()).isEqualTo(c.reference()));
      assertThat(audit).allSatisfy(a -> assertThat(a.entryHash()).isNull());
      assertThat(audit).hasSameSizeAs(c.events());
      for (int i = 0; i < audit.size(); i++) {
        assertThat(audit.get(i).occurredAt()).isEqualTo(c.events().get(i).occurredAt());
      }
      assertThat(history.updates()).isGreaterThanOrEqualTo(audit.size() - 1);
    }
  }

  @Test
  void theHistoryIsSpreadLikeARealOne() {
    Map<ComplaintStatus, Integer> states = new EnumMap<>(ComplaintStatus.class);
    Set<String> categories = new HashSet<>();
    Set<Object> channels = new HashSet<>();
    Set<String> assignees = new HashSet<>();
    Set<String> products = new HashSet<>();
    for (CaseHistory history : HISTORIES) {
      Complaint c = history.complaint();
      states.merge(c.status(), 1, Integer::sum);
      categories.add(c.category().code());
      channels.add(c.channel());
      if (c.assignee() != null) {
        assignees.add(c.assignee());
      }
      if (c.productOrService() != null) {
        products.add(c.productOrService());
      }
    }
    int finished =
        states.getOrDefault(ComplaintStatus.CLOSED, 0)
            + states.getOrDefault(ComplaintStatus.WITHDRAWN, 0);
    assertThat(finished).isBetween(SIZE * 80 / 100, SIZE * 995 / 1000);
    assertThat(states.keySet()).as("open states").hasSizeGreaterThanOrEqualTo(5);
    assertThat(categories).hasSize(7);
    assertThat(channels).hasSizeGreaterThanOrEqualTo(7);
    assertThat(assignees).hasSizeGreaterThan(20);
    assertThat(products).hasSizeGreaterThan(100);
  }

  @Test
  void theSameSeedMakesTheSameHistory() {
    PolicyInForce policy = PolicyInForce.migrationDefaults();
    Instant received = Instant.parse("2026-04-01T08:00:00Z");
    CaseHistory a =
        CaseHistory.of(policy, "CMP-2026-000001", received, NOW, new SplittableRandom(9));
    CaseHistory b =
        CaseHistory.of(policy, "CMP-2026-000001", received, NOW, new SplittableRandom(9));
    assertThat(b.complaint().status()).isEqualTo(a.complaint().status());
    assertThat(b.complaint().description()).isEqualTo(a.complaint().description());
    assertThat(b.audit())
        .extracting(AuditEntry::changes)
        .containsExactlyElementsOf(a.audit().stream().map(AuditEntry::changes).toList());
  }

  @Test
  void receiptsFollowTheIndexAndGrowTowardsNow() {
    SplittableRandom jitter = new SplittableRandom(3);
    Instant previous = FROM;
    int firstFifth = 0;
    int lastFifth = 0;
    Duration fifth = Duration.between(FROM, NOW).dividedBy(5);
    for (int i = 0; i < 10_000; i++) {
      Instant at = HistoryLoader.receivedAt(i, 10_000, FROM, NOW, jitter.nextDouble());
      assertThat(at).isAfterOrEqualTo(previous).isBefore(NOW);
      previous = at;
      if (at.isBefore(FROM.plus(fifth))) {
        firstFifth++;
      }
      if (at.isAfter(NOW.minus(fifth))) {
        lastFifth++;
      }
    }
    assertThat(lastFifth).isGreaterThan(2 * firstFifth);
  }
}
