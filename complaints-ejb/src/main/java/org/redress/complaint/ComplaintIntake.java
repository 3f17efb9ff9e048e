package org.redress.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import org.redress.audit.AuditTrail;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.platform.InputValidator;
import org.redress.platform.RuleViolationException;
import org.redress.platform.YearlySequence;
import org.redress.policy.Category;
import org.redress.policy.Policies;
import org.redress.security.Roles;

/**
 * Receives complaints (ISO 10002 7.2), whoever records them: staff, or an ERP, CRM or web shop
 * through the API. Gives each a reference and a tracking code, starts its deadlines and writes the
 * first event and audit entry. A client that sends an idempotency key gets the same complaint back
 * when it retries, never a second one.
 */
@Stateless
public class ComplaintIntake {

  private static final Logger LOG = Logger.getLogger(ComplaintIntake.class.getName());
  static final String SERIES = "CMP";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @EJB Policies policies;

  @Resource SessionContext context;

  @RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.INTEGRATION})
  public Submission submit(NewComplaint input, String idempotencyKey) {
    validator.check(input);
    String actor = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    String keyHash = idempotencyKey == null ? null : sha256(actor + "\n" + idempotencyKey);
    String requestHash = sha256(input.toString());
    if (keyHash != null) {
      IdempotencyKey known = em.find(IdempotencyKey.class, keyHash);
      if (known != null) {
        return replay(known, requestHash, now);
      }
    }
    Category category =
        input.category() == null || input.category().isBlank()
            ? null
            : policies.category(input.category(), "category");
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    String reference = ComplaintReference.format(year, sequence.next(SERIES, year));
    Complaint complaint =
        Complaint.receive(
            reference,
            TrackingCode.generate(),
            input,
            category,
            policies.handlingPolicy(),
            policies.priorityMatrix(),
            actor,
            now);
    em.persist(complaint);
    if (keyHash != null) {
      em.persist(new IdempotencyKey(keyHash, requestHash, complaint.id(), now));
    }
    audit.recordChange("Complaint", reference, "RECEIVE", actor, Map.of(), complaint.auditState());
    // Flush here so that a concurrent request with the same key fails now, inside this call.
    em.flush();
    LOG.fine(() -> "Received " + reference + " by " + actor);
    return new Submission(details(complaint, now), false);
  }

  /**
   * The complaint an earlier request with this key created. Called after a submit lost a race
   * against a concurrent request with the same key.
   */
  @RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.INTEGRATION})
  public Submission replay(NewComplaint input, String idempotencyKey) {
    String actor = context.getCallerPrincipal().getName();
    IdempotencyKey known = em.find(IdempotencyKey.class, sha256(actor + "\n" + idempotencyKey));
    return known == null ? null : replay(known, sha256(input.toString()), clock.instant());
  }

  private Submission replay(IdempotencyKey known, String requestHash, Instant now) {
    if (!known.requestHash().equals(requestHash)) {
      throw new RuleViolationException(
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a different complaint; use a new key");
    }
    Complaint complaint = em.find(Complaint.class, known.complaintId());
    return new Submission(details(complaint, now), true);
  }

  private ComplaintDetails details(Complaint complaint, Instant now) {
    return ComplaintDetails.of(
        complaint,
        now,
        false,
        StepPermissions.stepsFor(complaint, context, now, policies.handlingPolicy()));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }
}
