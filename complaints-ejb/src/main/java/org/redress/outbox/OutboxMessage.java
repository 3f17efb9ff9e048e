package org.redress.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.redress.platform.IllegalTransitionException;

/** One piece of work for another system, delivered after the transaction that wrote it. */
@Entity
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage {

  static final int ERROR_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "OUTBOX_MESSAGE_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  private Long id;

  @Version private long version;

  @Column(name = "TOPIC", nullable = false, length = 50)
  private String topic;

  @Column(name = "TARGET", nullable = false, length = 100)
  private String target;

  @Column(name = "RECORD_KEY", nullable = false, length = 100)
  private String recordKey;

  @Column(name = "PAYLOAD", columnDefinition = "TEXT")
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private OutboxStatus status;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "CLAIMED_BY", length = 100)
  private String claimedBy;

  @Column(name = "CLAIMED_UNTIL")
  private Instant claimedUntil;

  @Column(name = "LAST_ERROR", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "DELIVERED_AT")
  private Instant deliveredAt;

  protected OutboxMessage() {}

  /** A message due at once. */
  public static OutboxMessage of(
      String topic, String target, String recordKey, String payload, Instant now) {
    OutboxMessage m = new OutboxMessage();
    m.topic = topic;
    m.target = target;
    m.recordKey = recordKey;
    m.payload = payload;
    m.status = OutboxStatus.PENDING;
    m.nextAttemptAt = now;
    m.createdAt = now;
    return m;
  }

  /**
   * Records how an attempt went: delivered, due again after the backoff's pause, or set aside when
   * refused or out of attempts. The claim is released either way.
   */
  public void settle(Outcome outcome, Backoff backoff, Instant now) {
    if (status != OutboxStatus.PENDING) {
      throw new IllegalTransitionException(
          "Message " + id + " is " + status + "; only a pending message is delivered");
    }
    attempts++;
    claimedBy = null;
    claimedUntil = null;
    if (outcome.delivered()) {
      status = OutboxStatus.DELIVERED;
      deliveredAt = now;
      lastError = null;
      return;
    }
    lastError = truncate(outcome.error() == null ? "Delivery failed" : outcome.error());
    if (outcome.permanent() || backoff.exhausted(attempts)) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(backoff.pauseAfter(attempts));
    }
  }

  /**
   * The administrator's retry: a failed message, or a pending one waiting for its next attempt, is
   * due at once with a fresh set of attempts. A delivered message is not sent twice.
   */
  public void retry(Instant now) {
    if (status == OutboxStatus.DELIVERED) {
      throw new IllegalTransitionException("Message " + id + " was delivered already");
    }
    status = OutboxStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    claimedBy = null;
    claimedUntil = null;
  }

  private static String truncate(String text) {
    return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String topic() {
    return topic;
  }

  public String target() {
    return target;
  }

  public String recordKey() {
    return recordKey;
  }

  public String payload() {
    return payload;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
