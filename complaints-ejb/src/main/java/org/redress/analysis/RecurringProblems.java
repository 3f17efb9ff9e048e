package org.redress.analysis;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditRecordTypes;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Complaint;
import org.redress.platform.RecordNotFoundException;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.quality.view.NonconformityDetails;
import org.redress.security.Roles;

/**
 * Recurring and systemic problems for the QMS admin (ISO 10002 8.2): the proposals the KPI job
 * found, the complaints behind each, and the one-click decision: raise a nonconformity from them
 * (through {@link Nonconformities}, the same rules and audit entry as raising from the inbox) or
 * dismiss the proposal. Each decision is in the audit trail as a change of the proposal.
 */
@Stateless
public class RecurringProblems {

  /** How many complaints a proposal lists and a nonconformity links (the raising limit). */
  public static final int LISTED = 50;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB Nonconformities nonconformities;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public List<ProblemSignalView> list(ProblemSignalStatus status) {
    // Two queries rather than ":status IS NULL": a null enum parameter has no type on PostgreSQL.
    TypedQuery<ProblemSignal> query =
        status == null
            ? em.createQuery(
                "SELECT s FROM ProblemSignal s ORDER BY s.detectedAt DESC, s.id DESC",
                ProblemSignal.class)
            : em.createQuery(
                    "SELECT s FROM ProblemSignal s WHERE s.status = :status"
                        + " ORDER BY s.detectedAt DESC, s.id DESC",
                    ProblemSignal.class)
                .setParameter("status", status);
    return query.setMaxResults(200).getResultList().stream().map(s -> view(s, List.of())).toList();
  }

  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public ProblemSignalView find(long id) {
    ProblemSignal signal = signal(id);
    return view(signal, complaints(signal));
  }

  /** Raises a nonconformity (source: complaints) from the complaints behind the proposal. */
  @RolesAllowed(Roles.QMS_ADMIN)
  public ProblemSignalView raiseNonconformity(long id) {
    ProblemSignal signal = signal(id);
    List<ProblemSignalView.Complaint> complaints = complaints(signal);
    String group =
        (signal.dimension() == Dimension.CATEGORY ? "category " : "product ") + signal.key();
    String title =
        String.format(
            Locale.ROOT,
            "Recurring complaints: %s (%d in the recent window, limit %d)",
            group,
            signal.recentCount(),
            signal.upperLimit());
    NonconformityDetails nc =
        nonconformities.raise(
            new RaiseNonconformity(
                NonconformitySource.COMPLAINT,
                NonconformitySeverity.MINOR,
                title.length() > 200 ? title.substring(0, 200) : title,
                null,
                null,
                complaints.stream().map(ProblemSignalView.Complaint::reference).toList()));
    String actor = context.getCallerPrincipal().getName();
    Map<String, Object> before = signal.auditState();
    signal.raised(nc.reference(), actor, clock.instant());
    recordDecision(signal, "RAISE_NONCONFORMITY", actor, before);
    return view(signal, complaints);
  }

  @RolesAllowed(Roles.QMS_ADMIN)
  public ProblemSignalView dismiss(long id) {
    ProblemSignal signal = signal(id);
    String actor = context.getCallerPrincipal().getName();
    Map<String, Object> before = signal.auditState();
    signal.dismiss(actor, clock.instant());
    recordDecision(signal, "DISMISS", actor, before);
    return view(signal, complaints(signal));
  }

  /** The QMS admin's decision in the audit trail (ISO 10002 8.2), in the decision's transaction. */
  private void recordDecision(
      ProblemSignal signal, String action, String actor, Map<String, Object> before) {
    audit.recordChange(
        AuditRecordTypes.RECURRING_PROBLEM,
        String.valueOf(signal.id()),
        action,
        actor,
        before,
        signal.auditState());
  }

  private ProblemSignal signal(long id) {
    ProblemSignal signal = em.find(ProblemSignal.class, id);
    if (signal == null) {
      throw new RecordNotFoundException("Recurring problem", Long.toString(id));
    }
    return signal;
  }

  private List<ProblemSignalView.Complaint> complaints(ProblemSignal signal) {
    String where =
        signal.dimension() == Dimension.CATEGORY
            ? "c.category.code = :key"
            : "c.productOrService = :key";
    return em
        .createQuery(
            "SELECT c FROM Complaint c WHERE "
                + where
                + " AND c.receivedAt >= :from AND c.receivedAt < :to"
                + " ORDER BY c.receivedAt DESC, c.id DESC",
            Complaint.class)
        .setParameter("key", signal.key())
        .setParameter("from", signal.windowStart())
        .setParameter("to", signal.windowEnd())
        .setMaxResults(LISTED)
        .getResultList()
        .stream()
        .map(
            c ->
                new ProblemSignalView.Complaint(
                    c.reference(), c.receivedAt(), c.status().name(), c.productOrService()))
        .toList();
  }

  private static ProblemSignalView view(
      ProblemSignal s, List<ProblemSignalView.Complaint> complaints) {
    return new ProblemSignalView(
        s.id(),
        s.dimension(),
        s.key(),
        s.windowStart(),
        s.windowEnd(),
        s.recentCount(),
        s.baselineCount(),
        s.expected(),
        s.upperLimit(),
        s.status(),
        s.detectedAt(),
        s.nonconformity(),
        s.decidedBy(),
        s.decidedAt(),
        complaints);
  }
}
