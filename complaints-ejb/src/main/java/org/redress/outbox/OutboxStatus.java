package org.redress.outbox;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** Delivered; kept for the record. */
  DELIVERED,
  /** Given up after too many attempts or refused by the other side: waits for a retry. */
  FAILED
}
