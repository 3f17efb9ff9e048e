package org.redress.audit.finding;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditRecordTypes;
import org.redress.audit.AuditTrail;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.YearlySequence;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.quality.view.NonconformityDetails;
import org.redress.security.Roles;

/**
 * Audit findings: auditors record them; the auditor who recorded a finding, or a QMS admin, raises
 * a nonconformity from it (source "audit") through {@link Nonconformities}, so that it follows the
 * same corrective-action process as any other; managers and QMS admins read them. This is what an
 * ISO 9001 organisation expects: the auditor reports the nonconformity (ISO 19011 6.4.8), the
 * process owner and the QMS take the correction and corrective action from there. Every write is in
 * the audit trail.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.QMS_ADMIN})
public class AuditFindings {

  static final String SERIES = "FND";

  /** Record types whose keys are upper-case references. */
  private static final List<String> REFERENCED =
      List.of("Complaint", "Nonconformity", AuditRecordTypes.SAMPLE, AuditRecordTypes.FINDING);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @EJB Nonconformities nonconformities;

  @Resource SessionContext context;

  @RolesAllowed(Roles.AUDITOR)
  public FindingView record(RecordFinding input) {
    validator.check(input);
    String recordType = blank(input.recordType());
    String recordKey = blank(input.recordKey());
    if ((recordType == null) != (recordKey == null)) {
      throw new InvalidInputException(
          recordType == null ? "recordType" : "recordKey", Messages.text("field.recordBoth"));
    }
    if (recordKey != null && REFERENCED.contains(recordType)) {
      recordKey = recordKey.toUpperCase(Locale.ROOT);
    }
    if (recordType != null && !inTheTrail(recordType, recordKey)) {
      throw new InvalidInputException(
          "recordKey", Messages.text("field.unknownRecord", recordType, recordKey));
    }
    String sample = blank(input.sample());
    if (sample != null) {
      sample = sample.toUpperCase(Locale.ROOT);
      if (!inTheTrail(AuditRecordTypes.SAMPLE, sample)) {
        throw new InvalidInputException("sample", Messages.text("field.unknownSample", sample));
      }
    }
    String actor = actor();
    Instant now = clock.instant();
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    String reference =
        String.format(Locale.ROOT, "FND-%04d-%05d", year, sequence.next(SERIES, year));
    AuditFinding finding =
        AuditFinding.record(
            reference,
            new RecordFinding(
                input.title(),
                input.description(),
                input.clause(),
                input.severity(),
                sample,
                recordType,
                recordKey),
            recordType,
            recordKey,
            actor,
            now);
    em.persist(finding);
    em.flush();
    audit.recordChange(
        AuditRecordTypes.FINDING, reference, "RECORD", actor, Map.of(), finding.auditState());
    return FindingView.of(finding);
  }

  /**
   * Raises a nonconformity with source "audit" from a finding; the nonconformity names the finding
   * and the finding the nonconformity.
   */
  @RolesAllowed({Roles.AUDITOR, Roles.QMS_ADMIN})
  public FindingView raiseNonconformity(String reference) {
    AuditFinding finding = load(reference);
    String actor = actor();
    NonconformitySeverity severity =
        finding.checkRaise(actor, context.isCallerInRole(Roles.QMS_ADMIN));
    Map<String, Object> before = finding.auditState();
    String about =
        (finding.recordType() == null
                ? ""
                : "\n" + finding.recordType() + " " + finding.recordKey())
            + (finding.sample() == null ? "" : "\nSample " + finding.sample());
    NonconformityDetails raised =
        nonconformities.raiseFromAuditFinding(
            finding.reference(),
            new RaiseNonconformity(
                NonconformitySource.AUDIT,
                severity,
                finding.title(),
                "Audit finding "
                    + finding.reference()
                    + " ("
                    + finding.clause().label()
                    + ", "
                    + finding.severity()
                    + "): "
                    + finding.description()
                    + about,
                null,
                List.of()));
    finding.nonconformityRaised(raised.reference(), actor, clock.instant());
    em.flush();
    audit.recordChange(
        AuditRecordTypes.FINDING,
        reference,
        "RAISE_NONCONFORMITY",
        actor,
        before,
        finding.auditState());
    return FindingView.of(finding);
  }

  public FindingView find(String reference) {
    return FindingView.of(load(reference));
  }

  /**
   * Newest first, optionally only those of a sample, about a record, or of a nonconformity raised
   * from them.
   */
  public List<FindingView> list(
      String sample, String recordType, String recordKey, String nonconformity, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT f FROM AuditFinding f WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (blank(sample) != null) {
      jpql.append(" AND f.sample = :sample");
      parameters.put("sample", sample.strip());
    }
    if (blank(recordType) != null) {
      jpql.append(" AND f.recordType = :recordType");
      parameters.put("recordType", recordType.strip());
    }
    if (blank(recordKey) != null) {
      jpql.append(" AND f.recordKey = :recordKey");
      parameters.put("recordKey", recordKey.strip());
    }
    if (blank(nonconformity) != null) {
      jpql.append(" AND f.nonconformity = :nonconformity");
      parameters.put("nonconformity", nonconformity.strip());
    }
    TypedQuery<AuditFinding> query =
        em.createQuery(jpql.append(" ORDER BY f.id DESC").toString(), AuditFinding.class)
            .setMaxResults(Math.max(1, Math.min(limit, 500)));
    parameters.forEach(query::setParameter);
    return query.getResultList().stream().map(FindingView::of).toList();
  }

  private boolean inTheTrail(String recordType, String recordKey) {
    return em.createQuery(
                "SELECT COUNT(a) FROM AuditEntry a"
                    + " WHERE a.recordType = :type AND a.recordKey = :key",
                Long.class)
            .setParameter("type", recordType)
            .setParameter("key", recordKey)
            .getSingleResult()
        > 0;
  }

  private AuditFinding load(String reference) {
    List<AuditFinding> found =
        em.createNamedQuery("AuditFinding.findByReference", AuditFinding.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Audit finding", reference);
    }
    return found.get(0);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
