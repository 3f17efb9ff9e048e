package org.redress.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Reopen;
import org.redress.complaint.command.RequestInformation;
import org.redress.complaint.command.Withdraw;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.mail.Mailer;
import org.redress.platform.BusinessException;
import org.redress.platform.InputValidator;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.StaleRecordException;
import org.redress.policy.Policies;
import org.redress.security.Roles;

/**
 * The steps of handling a complaint after receipt (ISO 10002 7.4 to 7.9), for handlers and
 * managers. Each step loads the case, asks the aggregate to make the move, and records the change
 * in the audit trail, all in one transaction. Two people changing the same case at once: the second
 * is refused and asked to reload.
 */
@Stateless
@RolesAllowed({Roles.HANDLER, Roles.MANAGER})
public class ComplaintWorkflow {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB AuditTrail audit;

  @EJB Policies policies;

  @EJB Mailer mailer;

  @Inject Event<ComplaintClosed> closed;

  @Resource SessionContext context;

  public ComplaintDetails acknowledge(String reference, Acknowledge input) {
    Acknowledge checked = validator.check(input == null ? new Acknowledge(null, null) : input);
    return apply(
        reference,
        "ACKNOWLEDGE",
        (c, actor, now) -> {
          if (c.acknowledge(checked, actor, now) == Channel.EMAIL) {
            mailer.acknowledgement(c, checked.message());
          }
        });
  }

  public ComplaintDetails assess(String reference, Assess input) {
    validator.check(input);
    return apply(
        reference,
        "ASSESS",
        (c, actor, now) ->
            c.assess(input, policies.priorityMatrix(), policies.serviceLevels(), actor, now));
  }

  public ComplaintDetails assign(String reference, Assign input) {
    validator.check(input);
    return apply(
        reference,
        "ASSIGN",
        (c, actor, now) -> {
          c.assign(input, actor, now);
          if (!c.assignee().equalsIgnoreCase(actor)) {
            mailer.assigned(c, actor, input.note());
          }
        });
  }

  /**
   * Assigns many cases to one handler, each in its own transaction: a case the handler may not take
   * (a conflict of interest, a finished case) is reported and the others are assigned.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<BulkOutcome> assignAll(List<String> references, Assign input) {
    validator.check(input);
    ComplaintWorkflow self = context.getBusinessObject(ComplaintWorkflow.class);
    List<BulkOutcome> outcomes = new ArrayList<>();
    for (String reference : references) {
      try {
        self.assign(reference, input);
        outcomes.add(new BulkOutcome(reference, true, "Assigned to " + input.assignee()));
      } catch (BusinessException refused) {
        outcomes.add(new BulkOutcome(reference, false, refused.getMessage()));
      }
    }
    return outcomes;
  }

  public ComplaintDetails addInvestigationNote(String reference, AddInvestigationNote input) {
    validator.check(input);
    return apply(
        reference,
        "INVESTIGATION_NOTE",
        (c, actor, now) -> c.addInvestigationNote(input, actor, now));
  }

  public ComplaintDetails proposeResponse(String reference, ProposeResponse input) {
    validator.check(input);
    return apply(
        reference,
        "PROPOSE_RESPONSE",
        (c, actor, now) ->
            c.proposeResponse(
                input, policies.handlingPolicy(), policies.serviceLevels(), actor, now));
  }

  /** Only managers approve responses above the threshold. */
  @RolesAllowed(Roles.MANAGER)
  public ComplaintDetails decideApproval(String reference, DecideApproval input) {
    validator.check(input);
    return apply(
        reference, "DECIDE_APPROVAL", (c, actor, now) -> c.decideApproval(input, actor, now));
  }

  public ComplaintDetails communicateDecision(String reference, CommunicateDecision input) {
    validator.check(input);
    return apply(
        reference,
        "COMMUNICATE_DECISION",
        (c, actor, now) -> {
          c.communicateDecision(input, actor, now);
          if (input.channel() == Channel.EMAIL) {
            mailer.decision(c);
          }
        });
  }

  /** Records the complainant's answer when it reached staff (by phone, letter, email). */
  public ComplaintDetails recordComplainantReply(String reference, RecordComplainantReply input) {
    validator.check(input);
    return apply(
        reference,
        "COMPLAINANT_REPLY",
        (c, actor, now) -> c.recordComplainantReply(input, policies.serviceLevels(), actor, now));
  }

  public ComplaintDetails escalate(String reference, Escalate input) {
    validator.check(input);
    return apply(
        reference,
        "ESCALATE",
        (c, actor, now) -> {
          boolean afterRejection = c.complainantReply() == ComplainantReply.REJECTED;
          c.escalate(input, policies.serviceLevels(), actor, now);
          mailer.escalationNotice(c, policies.handlingPolicy(), input.reason(), false);
          if (afterRejection) {
            mailer.recourse(c);
          }
        });
  }

  /**
   * Asks the complainant for information the investigation needs; the deadlines stand still until
   * the answer. By email the request is mailed, and a reply to it resumes the clocks by itself.
   */
  public ComplaintDetails requestInformation(String reference, RequestInformation input) {
    validator.check(input);
    return apply(
        reference,
        "REQUEST_INFORMATION",
        (c, actor, now) -> {
          if (c.requestInformation(input, actor, now) == Channel.EMAIL) {
            mailer.informationRequest(c, input.question().strip());
          }
        });
  }

  /** Records the complainant's answer that reached staff another way; the clocks run again. */
  public ComplaintDetails recordInformation(String reference, RecordInformation input) {
    validator.check(input);
    return apply(
        reference,
        "RECORD_INFORMATION",
        (c, actor, now) -> c.recordInformation(input, policies.serviceLevels(), actor, now));
  }

  public ComplaintDetails referExternally(String reference, ReferExternally input) {
    validator.check(input);
    return apply(
        reference,
        "REFER_EXTERNALLY",
        (c, actor, now) -> {
          c.referExternally(input, actor, now);
          mailer.recourse(c);
        });
  }

  public ComplaintDetails close(String reference, Close input) {
    validator.check(input);
    return apply(
        reference,
        "CLOSE",
        (c, actor, now) -> {
          c.close(input, actor, now);
          if (c.outcome() == ClosingOutcome.OPTIONS_EXHAUSTED) {
            mailer.recourse(c);
          }
          closed.fire(new ComplaintClosed(c));
        });
  }

  public ComplaintDetails withdraw(String reference, Withdraw input) {
    Withdraw checked = validator.check(input == null ? new Withdraw(null) : input);
    return apply(reference, "WITHDRAW", (c, actor, now) -> c.withdraw(checked, actor, now));
  }

  public ComplaintDetails reopen(String reference, Reopen input) {
    validator.check(input);
    return apply(
        reference,
        "REOPEN",
        (c, actor, now) ->
            c.reopen(input, policies.handlingPolicy(), policies.serviceLevels(), actor, now));
  }

  private ComplaintDetails apply(String reference, String action, Step step) {
    String actor = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    Complaint complaint = load(em, reference);
    Map<String, Object> before = complaint.auditState();
    step.apply(complaint, actor, now);
    audit.recordChange("Complaint", reference, action, actor, before, complaint.auditState());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecordException(
          reference + " was changed by someone else in the meantime; reload it and try again");
    }
    return ComplaintDetails.of(
        complaint,
        now,
        false,
        StepPermissions.stepsFor(complaint, context, now, policies.handlingPolicy()));
  }

  static Complaint load(EntityManager em, String reference) {
    List<Complaint> found =
        em.createNamedQuery("Complaint.findByReference", Complaint.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Complaint", reference);
    }
    return found.get(0);
  }

  @FunctionalInterface
  private interface Step {
    void apply(Complaint complaint, String actor, Instant now);
  }
}
