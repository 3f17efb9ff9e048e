package org.redress.quality;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Complaint;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.StaleRecordException;
import org.redress.platform.YearlySequence;
import org.redress.plugin.QualitySync;
import org.redress.quality.command.CancelNonconformity;
import org.redress.quality.command.CompleteAction;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;
import org.redress.quality.view.ActionView;
import org.redress.quality.view.NonconformityDetails;
import org.redress.quality.view.NonconformitySummary;
import org.redress.security.Roles;

/**
 * Nonconformities for QMS admins (ISO 9001 10.2): raising them, from complaints or otherwise, the
 * root-cause analysis, the actions and the effectiveness check. Each step loads the nonconformity,
 * lets the aggregate decide, and records the change in the audit trail, in one transaction.
 */
@Stateless
@RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER})
public class Nonconformities {

  static final String SERIES = "NC";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @EJB QualitySync sync;

  @Resource SessionContext context;

  /**
   * Raises a nonconformity. Raised from complaints, it links them and carries their context
   * (product, lot, what the complainants said) into its description when none is given.
   */
  public NonconformityDetails raise(RaiseNonconformity input) {
    validator.check(input);
    String actor = actor();
    Instant now = clock.instant();
    List<Complaint> complaints = new ArrayList<>();
    if (input.complaints() != null) {
      for (String reference : input.complaints()) {
        complaints.add(complaint(reference.strip().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    if (input.source() == NonconformitySource.COMPLAINT && complaints.isEmpty()) {
      throw new InvalidInputException(
          "complaints", org.redress.platform.Messages.text("field.complaintsRequired"));
    }
    String description =
        input.description() == null || input.description().isBlank()
            ? context(complaints)
            : input.description();
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    String reference =
        String.format(java.util.Locale.ROOT, "NC-%04d-%05d", year, sequence.next(SERIES, year));
    Nonconformity nc =
        Nonconformity.raise(
            reference,
            input.source(),
            input.severity(),
            input.title(),
            description,
            input.containment(),
            actor,
            now);
    em.persist(nc);
    em.flush();
    audit.recordChange("Nonconformity", reference, "RAISE", actor, Map.of(), nc.auditState());
    for (Complaint complaint : complaints) {
      link(complaint, nc, actor, now);
    }
    sync.changed(nc);
    return details(nc);
  }

  /**
   * Raises a nonconformity from an audit finding (source AUDIT) for the auditor who found it or a
   * QMS admin; {@code org.redress.audit.finding.AuditFindings} decides who may raise from which
   * finding and calls this. It goes through {@link #raise} (same rules, same audit entry), and the
   * nonconformity names the finding. Everything after the raising stays with QMS admins and
   * managers.
   */
  @RolesAllowed({Roles.AUDITOR, Roles.QMS_ADMIN})
  public NonconformityDetails raiseFromAuditFinding(String finding, RaiseNonconformity input) {
    if (input == null || input.source() != NonconformitySource.AUDIT) {
      throw new InvalidInputException("source", "must be AUDIT for an audit finding");
    }
    NonconformityDetails raised = raise(input);
    load(raised.reference()).traceToAuditFinding(finding);
    return raised;
  }

  /** Links one more complaint to the nonconformity its cause belongs to. */
  public NonconformityDetails linkComplaint(String reference, String complaintReference) {
    Nonconformity nc = load(reference);
    link(complaint(complaintReference), nc, actor(), clock.instant());
    sync.changed(nc);
    return details(nc);
  }

  public NonconformityDetails startAnalysis(String reference) {
    return apply(reference, "START_ANALYSIS", (nc, actor, now) -> nc.startAnalysis());
  }

  public NonconformityDetails recordRootCause(String reference, RecordRootCause input) {
    validator.check(input);
    return apply(reference, "ROOT_CAUSE", (nc, actor, now) -> nc.recordRootCause(input));
  }

  public NonconformityDetails planAction(String reference, PlanAction input) {
    validator.check(input);
    return apply(reference, "PLAN_ACTION", (nc, actor, now) -> nc.planAction(input));
  }

  public NonconformityDetails startImplementation(String reference) {
    return apply(reference, "START_IMPLEMENTATION", (nc, actor, now) -> nc.startImplementation());
  }

  public NonconformityDetails startAction(String reference, int number) {
    return apply(reference, "START_ACTION", (nc, actor, now) -> nc.startAction(number));
  }

  public NonconformityDetails completeAction(String reference, int number, CompleteAction input) {
    validator.check(input);
    return apply(
        reference, "COMPLETE_ACTION", (nc, actor, now) -> nc.completeAction(number, input, now));
  }

  public NonconformityDetails cancelAction(String reference, int number) {
    return apply(reference, "CANCEL_ACTION", (nc, actor, now) -> nc.cancelAction(number));
  }

  public NonconformityDetails planEffectivenessCheck(
      String reference, PlanEffectivenessCheck input) {
    validator.check(input);
    return apply(
        reference,
        "PLAN_EFFECTIVENESS_CHECK",
        (nc, actor, now) -> nc.planEffectivenessCheck(input));
  }

  public NonconformityDetails recordEffectiveness(String reference, RecordEffectiveness input) {
    validator.check(input);
    return apply(
        reference,
        "RECORD_EFFECTIVENESS",
        (nc, actor, now) -> nc.recordEffectiveness(input, actor, now));
  }

  public NonconformityDetails close(String reference) {
    return apply(reference, "CLOSE", (nc, actor, now) -> nc.close(now));
  }

  public NonconformityDetails cancel(String reference, CancelNonconformity input) {
    validator.check(input);
    return apply(reference, "CANCEL", (nc, actor, now) -> nc.cancel(input.reason(), now));
  }

  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public NonconformityDetails find(String reference) {
    return details(load(reference));
  }

  /** Newest first, a page at a time: {@code afterId} is the last id of the previous page. */
  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public List<NonconformitySummary> list(NonconformityStatus status, Long afterId, int limit) {
    LocalDate today = today();
    StringBuilder jpql = new StringBuilder("SELECT n FROM Nonconformity n WHERE 1 = 1");
    if (status != null) {
      jpql.append(" AND n.status = :status");
    }
    if (afterId != null) {
      jpql.append(" AND n.id < :after");
    }
    var query =
        em.createQuery(jpql.append(" ORDER BY n.id DESC").toString(), Nonconformity.class)
            .setMaxResults(Math.max(1, Math.min(limit, 200)));
    if (status != null) {
      query.setParameter("status", status);
    }
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    List<Nonconformity> page = query.getResultList();
    return page.stream()
        .map(
            n ->
                new NonconformitySummary(
                    n.reference(),
                    n.title(),
                    n.source(),
                    n.severity(),
                    n.status(),
                    n.raisedAt(),
                    n.actions().stream().filter(a -> a.status().isOpen()).count(),
                    n.actions().stream().filter(a -> a.isOverdue(today)).count()))
        .toList();
  }

  /** The corrective-action board: actions across nonconformities, by due date. */
  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public List<ActionView> actions(
      ActionStatus status, String owner, boolean overdueOnly, int limit) {
    LocalDate today = today();
    StringBuilder jpql =
        new StringBuilder(
            "SELECT a FROM CorrectiveAction a JOIN FETCH a.nonconformity WHERE 1 = 1");
    if (status != null) {
      jpql.append(" AND a.status = :status");
    }
    if (owner != null && !owner.isBlank()) {
      jpql.append(" AND a.owner = :owner");
    }
    if (overdueOnly) {
      jpql.append(" AND a.status IN :open AND a.dueOn < :today");
    }
    var query =
        em.createQuery(jpql.append(" ORDER BY a.dueOn, a.id").toString(), CorrectiveAction.class)
            .setMaxResults(Math.max(1, Math.min(limit, 500)));
    if (status != null) {
      query.setParameter("status", status);
    }
    if (owner != null && !owner.isBlank()) {
      query.setParameter("owner", owner.strip());
    }
    if (overdueOnly) {
      query
          .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
          .setParameter("today", today);
    }
    return query.getResultList().stream().map(a -> ActionView.of(a, today)).toList();
  }

  private void link(Complaint complaint, Nonconformity nc, String actor, Instant now) {
    Map<String, Object> before = complaint.auditState();
    complaint.linkNonconformity(nc.id(), nc.reference(), actor, now);
    audit.recordChange(
        "Complaint",
        complaint.reference(),
        "LINK_NONCONFORMITY",
        actor,
        before,
        complaint.auditState());
  }

  private static String context(List<Complaint> complaints) {
    return complaints.stream()
        .map(
            c ->
                c.reference()
                    + (c.productOrService() == null ? "" : " · " + c.productOrService())
                    + (c.lot() == null ? "" : " · lot " + c.lot())
                    + ": "
                    + c.description())
        .collect(Collectors.joining("\n"));
  }

  private NonconformityDetails apply(String reference, String action, Step step) {
    String actor = actor();
    Instant now = clock.instant();
    Nonconformity nc = load(reference);
    Map<String, Object> before = nc.auditState();
    step.apply(nc, actor, now);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecordException(
          reference + " was changed by someone else in the meantime; reload it and try again");
    }
    audit.recordChange("Nonconformity", reference, action, actor, before, nc.auditState());
    sync.changed(nc);
    return details(nc);
  }

  private NonconformityDetails details(Nonconformity nc) {
    List<String> complaints =
        em.createQuery(
                "SELECT c.reference FROM Complaint c WHERE c.nonconformityId = :id ORDER BY c.id",
                String.class)
            .setParameter("id", nc.id())
            .getResultList();
    return NonconformityDetails.of(nc, complaints, today());
  }

  private Nonconformity load(String reference) {
    List<Nonconformity> found =
        em.createNamedQuery("Nonconformity.findByReference", Nonconformity.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Nonconformity", reference);
    }
    return found.get(0);
  }

  private Complaint complaint(String reference) {
    List<Complaint> found =
        em.createNamedQuery("Complaint.findByReference", Complaint.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty()) {
      throw new InvalidInputException(
          "complaints", org.redress.platform.Messages.text("field.unknownComplaint", reference));
    }
    return found.get(0);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }

  @FunctionalInterface
  private interface Step {
    void apply(Nonconformity nonconformity, String actor, Instant now);
  }
}
