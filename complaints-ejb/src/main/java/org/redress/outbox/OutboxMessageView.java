package org.redress.outbox;

import java.time.Instant;

/** A message of the outbox as handlers, pages and the API see it. */
public record OutboxMessageView(
    long id,
    String topic,
    String target,
    String recordKey,
    String payload,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {

  static OutboxMessageView of(OutboxMessage m) {
    return new OutboxMessageView(
        m.id(),
        m.topic(),
        m.target(),
        m.recordKey(),
        m.payload(),
        m.status(),
        m.attempts(),
        m.nextAttemptAt(),
        m.lastError(),
        m.createdAt(),
        m.deliveredAt());
  }
}
