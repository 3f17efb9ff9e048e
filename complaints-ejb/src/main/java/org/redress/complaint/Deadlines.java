package org.redress.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.audit.AuditTrail;
import org.redress.mail.Mailer;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.Policies;

/**
 * The deadline watch's work on the database: which cases are due for a look, and the look at one
 * case in its own transaction. Two server instances looking at the same case at once cannot both
 * alert: the case's version makes the second commit fail, and its alert and mails go with it.
 */
@Stateless
@PermitAll
public class Deadlines {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB Policies policies;

  @EJB Mailer mailer;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** The cases whose deadline check has come, the most overdue first (an indexed range). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(int limit) {
    return em.createQuery(
            "SELECT c.id FROM Complaint c WHERE c.deadlineCheckAt <= :now"
                + " ORDER BY c.deadlineCheckAt, c.id",
            Long.class)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Looks at one case: warns, escalates, or only moves its next check; the alert is an event on the
   * case, an audit entry and mails, all committed together.
   *
   * @return the alert raised, if any; none when the case was changed meanwhile by someone else (the
   *     transaction is rolled back and the next round looks again)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<DeadlineAlert> check(long id) {
    Complaint complaint = em.find(Complaint.class, id);
    if (complaint == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    HandlingPolicy policy = policies.handlingPolicy();
    Map<String, Object> before = complaint.auditState();
    Optional<DeadlineAlert> alert = complaint.checkDeadlines(policy.officerAfter(), now);
    alert.ifPresent(
        a -> {
          mailer.deadlineAlert(complaint, a, policy);
          audit.recordChange(
              "Complaint",
              complaint.reference(),
              a.level() == AlertLevel.WARNED ? "DEADLINE_WARNING" : "DEADLINE_MISSED",
              SYSTEM,
              before,
              complaint.auditState());
        });
    try {
      em.flush();
    } catch (OptimisticLockException changed) {
      // Another instance's watch, or a handler's step, changed the case meanwhile and committed
      // first: nothing of this look is kept (no doubled alert); the next round looks again.
      context.setRollbackOnly();
      return Optional.empty();
    }
    return alert;
  }
}
