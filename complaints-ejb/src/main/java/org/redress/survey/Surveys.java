package org.redress.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintClosed;
import org.redress.mail.Mailer;
import org.redress.platform.Hashes;
import org.redress.platform.InputValidator;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.policy.Policies;
import org.redress.security.Roles;

/**
 * Satisfaction surveys (ISO 10002 8.3): invited when a case closes, answered by the complainant on
 * the public page through the link's token, a low score alerting the manager, and the results per
 * period.
 */
@Stateless
public class Surveys {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COMPLAINANT = "complainant";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB Mailer mailer;

  @EJB Policies policies;

  @EJB AuditTrail audit;

  /** A case closed: its complainant is invited (see {@link #invite}). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void onClosed(@Observes ComplaintClosed closed) {
    invite(closed.complaint());
  }

  /**
   * Invites the complainant of a case that just closed, in the caller's transaction: one survey per
   * complaint, only with an email address, not for a case closed as not a complaint or withdrawn.
   *
   * @return whether an invitation was written
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean invite(Complaint complaint) {
    if (complaint.outcome() == null
        || complaint.outcome() == ClosingOutcome.NOT_A_COMPLAINT
        || complaint.outcome() == ClosingOutcome.WITHDRAWN
        || complaint.complainant() == null
        || complaint.complainant().email() == null
        || complaint.complainant().email().isBlank()
        || !em.createNamedQuery("SatisfactionSurvey.byComplaint", SatisfactionSurvey.class)
            .setParameter("complaint", complaint.id())
            .getResultList()
            .isEmpty()) {
      return false;
    }
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(
        new SatisfactionSurvey(
            complaint.id(),
            complaint.reference(),
            Hashes.sha256(token),
            complaint.complainant().language(),
            clock.instant()));
    return mailer.surveyInvitation(complaint, token);
  }

  /** The survey behind a link, for the public page; an unknown token is "not found". */
  @PermitAll
  public SurveyView find(String token) {
    SatisfactionSurvey survey = byToken(token);
    return new SurveyView(
        survey.complaintReference(),
        survey.expiresAt(),
        survey.isAnswered(),
        clock.instant().isAfter(survey.expiresAt()),
        survey.language());
  }

  /**
   * Records the complainant's answers, on the case's timeline too; a low overall score sends the
   * manager a mail.
   */
  @PermitAll
  public SurveyView answer(String token, SurveyAnswer input) {
    validator.check(input);
    SatisfactionSurvey survey = byToken(token);
    Instant now = clock.instant();
    boolean low = survey.answer(input, now);
    Complaint complaint = em.find(Complaint.class, survey.complaintId());
    Map<String, Object> before = complaint.auditState();
    complaint.recordSatisfaction(
        input.overall(), input.fair(), input.timely(), input.clear(), survey.comment(), now);
    if (low) {
      mailer.lowSatisfaction(complaint, survey, policies.handlingPolicy());
    }
    audit.recordChange(
        "Complaint",
        complaint.reference(),
        "SATISFACTION_RATED",
        COMPLAINANT,
        before,
        complaint.auditState());
    em.flush();
    return find(token);
  }

  /** The results of the surveys answered in a period (and invited in it). */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public SurveySummary summary(Instant from, Instant to) {
    Object[] answered =
        em.createQuery(
                "SELECT COUNT(s), AVG(s.overall), AVG(s.fair), AVG(s.timely), AVG(s.clear),"
                    + " SUM(CASE WHEN s.overall <= :low THEN 1 ELSE 0 END)"
                    + " FROM SatisfactionSurvey s"
                    + " WHERE s.answeredAt >= :from AND s.answeredAt < :to",
                Object[].class)
            .setParameter("low", SatisfactionSurvey.LOW_SCORE)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    long invited =
        em.createQuery(
                "SELECT COUNT(s) FROM SatisfactionSurvey s"
                    + " WHERE s.invitedAt >= :from AND s.invitedAt < :to",
                Long.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return new SurveySummary(
        from,
        to,
        invited,
        ((Number) answered[0]).longValue(),
        average(answered[1]),
        average(answered[2]),
        average(answered[3]),
        average(answered[4]),
        answered[5] == null ? 0 : ((Number) answered[5]).longValue());
  }

  private static Double average(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  private SatisfactionSurvey byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new RecordNotFoundException("Survey", Messages.text("survey.unknown"));
    }
    List<SatisfactionSurvey> found =
        em.createNamedQuery("SatisfactionSurvey.byToken", SatisfactionSurvey.class)
            .setParameter("hash", Hashes.sha256(token.strip()))
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Survey", Messages.text("survey.unknown"));
    }
    return found.get(0);
  }
}
