package org.redress.outbox;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.platform.RecordNotFoundException;
import org.redress.security.Roles;

/**
 * Writes messages in the business transaction, hands due ones to the dispatcher, records how their
 * attempts went, and lets the administrator see and retry the ones that failed.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class Outbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** Adds a message in the caller's transaction: it exists exactly when the change commits. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String topic, String target, String recordKey, String payload) {
    em.persist(OutboxMessage.of(topic, target, recordKey, payload, clock.instant()));
  }

  /**
   * Claims up to {@code limit} due messages for this instance, for {@code lease}. A claim is a
   * compare-and-set on the row, so two instances never take the same message and never wait for
   * each other; a claim whose instance died runs out and the message is due again.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<OutboxMessageView> claimDue(String instance, Duration lease, int limit) {
    Instant now = clock.instant();
    List<Long> due =
        em.createQuery(
                "SELECT m.id FROM OutboxMessage m WHERE m.status = :pending"
                    + " AND m.nextAttemptAt <= :now"
                    + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)"
                    + " ORDER BY m.nextAttemptAt, m.id",
                Long.class)
            .setParameter("pending", OutboxStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    List<Long> claimed = new ArrayList<>();
    for (Long id : due) {
      int won =
          em.createQuery(
                  "UPDATE OutboxMessage m SET m.claimedBy = :instance, m.claimedUntil = :until,"
                      + " m.version = m.version + 1"
                      + " WHERE m.id = :id AND m.status = :pending"
                      + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
              .setParameter("instance", instance)
              .setParameter("until", now.plus(lease))
              .setParameter("id", id)
              .setParameter("pending", OutboxStatus.PENDING)
              .setParameter("now", now)
              .executeUpdate();
      if (won == 1) {
        claimed.add(id);
      }
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    em.clear();
    return em
        .createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.id IN :ids ORDER BY m.nextAttemptAt, m.id",
            OutboxMessage.class)
        .setParameter("ids", claimed)
        .getResultList()
        .stream()
        .map(OutboxMessageView::of)
        .toList();
  }

  /**
   * Frees the claims an instance of this name holds on messages still waiting. Called when a server
   * starts, before it claims anything, to take back what it had claimed when it stopped (killed,
   * say, in the middle of delivering): those messages are due again at once instead of when the
   * claim would have run out. A message it may have delivered just before it stopped goes out
   * again, with the same Message-ID for a mail.
   *
   * @return how many messages were freed
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int releaseClaims(String instance) {
    return em.createQuery(
            "UPDATE OutboxMessage m SET m.claimedBy = NULL, m.claimedUntil = NULL,"
                + " m.version = m.version + 1"
                + " WHERE m.claimedBy = :instance AND m.status = :pending")
        .setParameter("instance", instance)
        .setParameter("pending", OutboxStatus.PENDING)
        .executeUpdate();
  }

  /**
   * Records the outcome of an attempt. A message another instance settled meanwhile (its claim ran
   * out while this one was still delivering) is left as that instance recorded it.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void settle(long id, Outcome outcome, Backoff backoff) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message != null && message.status() == OutboxStatus.PENDING) {
      message.settle(outcome, backoff, clock.instant());
    }
  }

  /** Sends a failed message again, or a waiting one now; recorded in the audit trail. */
  public OutboxMessageView retry(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null) {
      throw new RecordNotFoundException("Outbox message", Long.toString(id));
    }
    Map<String, Object> before = state(message);
    message.retry(clock.instant());
    audit.recordChange(
        "OutboxMessage",
        Long.toString(id),
        "RETRY",
        context.getCallerPrincipal().getName(),
        before,
        state(message));
    return OutboxMessageView.of(message);
  }

  /** Sends every failed message again, at most {@code limit} per call; answers how many. */
  public int retryFailed(int limit) {
    List<OutboxMessage> failed =
        em.createQuery(
                "SELECT m FROM OutboxMessage m WHERE m.status = :failed ORDER BY m.id",
                OutboxMessage.class)
            .setParameter("failed", OutboxStatus.FAILED)
            .setMaxResults(Math.max(1, Math.min(limit, 500)))
            .getResultList();
    String actor = context.getCallerPrincipal().getName();
    for (OutboxMessage message : failed) {
      Map<String, Object> before = state(message);
      message.retry(clock.instant());
      audit.recordChange(
          "OutboxMessage", Long.toString(message.id()), "RETRY", actor, before, state(message));
    }
    return failed.size();
  }

  /**
   * The administrator's list, newest first, a page at a time. {@code troubled} lists the failed
   * messages and the pending ones that failed at least once.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER})
  public List<OutboxMessageView> list(
      OutboxStatus status, boolean troubled, String recordKey, Long afterId, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT m FROM OutboxMessage m WHERE 1 = 1");
    if (status != null) {
      jpql.append(" AND m.status = :status");
    }
    if (troubled) {
      jpql.append(" AND (m.status = :failed OR (m.status = :pending AND m.attempts > 0))");
    }
    if (recordKey != null && !recordKey.isBlank()) {
      jpql.append(" AND m.recordKey = :recordKey");
    }
    if (afterId != null) {
      jpql.append(" AND m.id < :after");
    }
    var query =
        em.createQuery(jpql.append(" ORDER BY m.id DESC").toString(), OutboxMessage.class)
            .setMaxResults(Math.max(1, Math.min(limit, 200)));
    if (status != null) {
      query.setParameter("status", status);
    }
    if (troubled) {
      query
          .setParameter("failed", OutboxStatus.FAILED)
          .setParameter("pending", OutboxStatus.PENDING);
    }
    if (recordKey != null && !recordKey.isBlank()) {
      query.setParameter("recordKey", recordKey.strip());
    }
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.getResultList().stream().map(OutboxMessageView::of).toList();
  }

  /** How many messages wait, retry after a failure, or failed for good. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER})
  public OutboxCounts counts() {
    Map<OutboxStatus, Long> byStatus = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus s : List.of(OutboxStatus.PENDING, OutboxStatus.FAILED)) {
      byStatus.put(
          s,
          em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :s", Long.class)
              .setParameter("s", s)
              .getSingleResult());
    }
    long retrying =
        em.createQuery(
                "SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :s AND m.attempts > 0",
                Long.class)
            .setParameter("s", OutboxStatus.PENDING)
            .getSingleResult();
    return new OutboxCounts(
        byStatus.get(OutboxStatus.PENDING), retrying, byStatus.get(OutboxStatus.FAILED));
  }

  /** Removes delivered messages older than {@code keep}; answers how many. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeDelivered(Duration keep) {
    return em.createQuery(
            "DELETE FROM OutboxMessage m WHERE m.status = :delivered AND m.deliveredAt < :cutoff")
        .setParameter("delivered", OutboxStatus.DELIVERED)
        .setParameter("cutoff", clock.instant().minus(keep))
        .executeUpdate();
  }

  private static Map<String, Object> state(OutboxMessage m) {
    Map<String, Object> state = new java.util.LinkedHashMap<>();
    state.put("topic", m.topic());
    state.put("target", m.target());
    state.put("record", m.recordKey());
    state.put("status", m.status());
    state.put("attempts", m.attempts());
    state.put("nextAttemptAt", m.nextAttemptAt());
    return state;
  }
}
