package org.redress.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.view.PublicStatus;
import org.redress.platform.InputValidator;
import org.redress.platform.RecordNotFoundException;
import org.redress.policy.Policies;

/**
 * What a complainant can do without an account, with the reference and the tracking code: follow
 * the case (ISO 10002 7.3) and accept or reject the decision (7.9). A wrong code gets the same
 * answer as an unknown reference, so the API does not tell which references exist.
 */
@Stateless
@PermitAll
public class ComplainantAccess {

  /** The actor name events carry for the complainant's own steps. */
  public static final String COMPLAINANT = "complainant";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB AuditTrail audit;

  @EJB Policies policies;

  public PublicStatus status(String reference, String trackingCode) {
    return PublicStatus.of(verified(reference, trackingCode));
  }

  public PublicStatus reply(String reference, String trackingCode, RecordComplainantReply input) {
    validator.check(input);
    Complaint complaint = verified(reference, trackingCode);
    Instant now = clock.instant();
    Map<String, Object> before = complaint.auditState();
    complaint.recordComplainantReply(input, policies.serviceLevels(), COMPLAINANT, now);
    audit.recordChange(
        "Complaint", reference, "COMPLAINANT_REPLY", COMPLAINANT, before, complaint.auditState());
    em.flush();
    return PublicStatus.of(complaint);
  }

  private Complaint verified(String reference, String trackingCode) {
    List<Complaint> found =
        em.createNamedQuery("Complaint.findByReference", Complaint.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty() || !TrackingCode.matches(found.get(0).trackingCode(), trackingCode)) {
      throw new RecordNotFoundException("Complaint", reference + " with this tracking code");
    }
    return found.get(0);
  }
}
