package org.redress.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redress.platform.IllegalTransitionException;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 3);

  private OutboxMessage message() {
    return OutboxMessage.of("qms.push", "qms-rest", "NC-2026-00001", null, NOW);
  }

  @Test
  void aNewMessageIsDueAtOnce() {
    OutboxMessage m = message();
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.attempts()).isZero();
    assertThat(m.nextAttemptAt()).isEqualTo(NOW);
  }

  @Test
  void aDeliveredMessageIsDoneAndForgetsEarlierErrors() {
    OutboxMessage m = message();
    m.settle(Outcome.retry("Connection refused"), backoff, NOW);
    m.settle(Outcome.done(), backoff, NOW.plusSeconds(6));

    assertThat(m.status()).isEqualTo(OutboxStatus.DELIVERED);
    assertThat(m.deliveredAt()).isEqualTo(NOW.plusSeconds(6));
    assertThat(m.attempts()).isEqualTo(2);
    assertThat(m.lastError()).isNull();
  }

  @Test
  void aFailedAttemptWaitsForTheBackoffsPauseAndKeepsTheError() {
    OutboxMessage m = message();
    m.settle(Outcome.retry("Connection refused"), backoff, NOW);
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(m.lastError()).isEqualTo("Connection refused");

    m.settle(Outcome.retry("Read timed out"), backoff, NOW.plusSeconds(5));
    assertThat(m.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
    assertThat(m.lastError()).isEqualTo("Read timed out");
  }

  @Test
  void afterTheLastAttemptTheMessageIsSetAside() {
    OutboxMessage m = message();
    m.settle(Outcome.retry("down"), backoff, NOW);
    m.settle(Outcome.retry("down"), backoff, NOW);
    m.settle(Outcome.retry("down"), backoff, NOW);
    assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void aRefusalSetsTheMessageAsideAtOnce() {
    OutboxMessage m = message();
    m.settle(Outcome.refused("400 Bad Request: title too long"), backoff, NOW);
    assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(1);
  }

  @Test
  void theAdministratorsRetryMakesAFailedMessageDueWithFreshAttempts() {
    OutboxMessage m = message();
    m.settle(Outcome.refused("refused"), backoff, NOW);
    m.retry(NOW.plusSeconds(60));
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.attempts()).isZero();
    assertThat(m.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(m.lastError()).isEqualTo("refused");
  }

  @Test
  void aDeliveredMessageIsNeitherRetriedNorSettledAgain() {
    OutboxMessage m = message();
    m.settle(Outcome.done(), backoff, NOW);
    assertThatThrownBy(() -> m.retry(NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> m.settle(Outcome.done(), backoff, NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aVeryLongErrorIsCutToTheColumn() {
    OutboxMessage m = message();
    m.settle(Outcome.retry("x".repeat(5_000)), backoff, NOW);
    assertThat(m.lastError()).hasSize(OutboxMessage.ERROR_LENGTH).endsWith("…");
  }
}
