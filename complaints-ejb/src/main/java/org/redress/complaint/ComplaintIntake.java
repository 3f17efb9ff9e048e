package org.redress.complaint;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.audit.AuditTrail;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.ImportedComplaint;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.mail.Mailer;
import org.redress.platform.FieldError;
import org.redress.platform.Hashes;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RuleViolationException;
import org.redress.platform.YearlySequence;
import org.redress.plugin.ErpDirectories;
import org.redress.policy.Category;
import org.redress.policy.Policies;
import org.redress.policy.ServiceLevels;
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

  /** Who acts when Redress itself takes a step. */
  static final String SYSTEM = "system";

  /** How many complaints one address may send through the public form in an hour. */
  @Inject
  @ConfigProperty(name = "redress.public.form.hourly.limit", defaultValue = "5")
  int publicHourlyLimit;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @EJB Policies policies;

  @EJB ErpDirectories erp;

  @EJB Mailer mailer;

  @Resource SessionContext context;

  @RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.INTEGRATION})
  public Submission submit(NewComplaint input, String idempotencyKey) {
    validator.check(input);
    String actor = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    String keyHash = idempotencyKey == null ? null : Hashes.sha256(actor + "\n" + idempotencyKey);
    String requestHash = Hashes.sha256(input.toString());
    if (keyHash != null) {
      IdempotencyKey known = em.find(IdempotencyKey.class, keyHash);
      if (known != null) {
        return replay(known, requestHash, now);
      }
    }
    erp.check(input);
    Complaint complaint = record(input, actor, now);
    if (keyHash != null) {
      em.persist(new IdempotencyKey(keyHash, requestHash, complaint.id(), now));
    }
    // Flush here so that a concurrent request with the same key fails now, inside this call.
    em.flush();
    return new Submission(details(complaint, now), false);
  }

  /**
   * A complaint from the public form, without an account (ISO 10002 5.1: complaining is free and
   * open to anyone). The channel is WEB, whatever was sent. At most {@code
   * redress.public.form.hourly.limit} complaints an hour (5 unless configured) are taken from one
   * address, against spam; the address itself is not stored, only its hash.
   *
   * @return the reference and tracking code to show the complainant
   */
  @PermitAll
  public PublicReceipt submitFromPublicForm(NewComplaint input, String clientAddress) {
    validator.check(input);
    Instant now = clock.instant();
    String addressHash = Hashes.sha256("public-form\n" + clientAddress);
    long recent =
        em.createNamedQuery("PublicSubmission.countSince", Long.class)
            .setParameter("addressHash", addressHash)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= publicHourlyLimit) {
      throw new RuleViolationException("rate-limited", Messages.text("rule.rateLimited"));
    }
    em.persist(new PublicSubmission(addressHash, now));
    NewComplaint fromWeb =
        new NewComplaint(
            input.complainant(),
            input.representative(),
            Channel.WEB,
            input.category(),
            input.productOrService(),
            input.orderReference(),
            input.lot(),
            input.occurredOn(),
            input.description(),
            input.remedySought(),
            input.immediateAction(),
            input.personsComplainedAbout());
    Complaint complaint = record(fromWeb, ComplainantAccess.COMPLAINANT, now);
    acknowledgeByMailIfPolicySaysSo(complaint, now);
    em.flush();
    return new PublicReceipt(complaint.reference(), complaint.trackingCode());
  }

  /**
   * ISO 10002 7.4, without waiting for a handler: when the policy says so and the complainant gave
   * an email address, the complaint is acknowledged by email on receipt and the mail is written to
   * the outbox in this same transaction.
   */
  private void acknowledgeByMailIfPolicySaysSo(Complaint complaint, Instant now) {
    String email = complaint.complainant().email();
    if (!policies.handlingPolicy().acknowledgeAutomatically() || email == null || email.isBlank()) {
      return;
    }
    Map<String, Object> before = complaint.auditState();
    complaint.acknowledge(new Acknowledge(Channel.EMAIL, null), SYSTEM, now);
    audit.recordChange(
        "Complaint", complaint.reference(), "ACKNOWLEDGE", SYSTEM, before, complaint.auditState());
    mailer.acknowledgement(complaint, null);
  }

  /**
   * A complaint that arrived by email in the complaints mailbox, recorded by Redress itself
   * (channel EMAIL) and acknowledged by mail at once when the policy says so.
   *
   * @return its reference
   */
  @PermitAll
  public String submitFromEmail(NewComplaint input) {
    validator.check(input);
    Instant now = clock.instant();
    Complaint complaint = record(input, SYSTEM, now);
    acknowledgeByMailIfPolicySaysSo(complaint, now);
    em.flush();
    return complaint.reference();
  }

  /**
   * Checks a row of a bulk import by every rule a complaint recorded through the API meets (the
   * fields, the ERP's orders and lots, the category, the complainant's contact, the deadlines), and
   * that it was not received in the future, without recording anything. Runs outside the import's
   * chunk transaction, and answers the broken fields instead of throwing them, so that a refused
   * row neither rolls back the rows around it nor logs an error.
   *
   * @param lookups the categories and service levels read for the rows of this chunk so far
   * @return every broken field; empty when the row can be recorded
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<FieldError> checkImport(ImportedComplaint row, ImportLookups lookups) {
    try {
      validator.check(row.complaint());
      if (row.receivedAt().isAfter(clock.instant())) {
        throw new InvalidInputException("receivedAt", Messages.text("import.receivedInFuture"));
      }
      erp.check(row.complaint());
      if (lookups.serviceLevels == null) {
        lookups.serviceLevels = policies.serviceLevels();
      }
      build(
          row.complaint(),
          ComplaintReference.format(2000, 1),
          SYSTEM,
          row.receivedAt(),
          lookups.categories,
          lookups.serviceLevels);
      return List.of();
    } catch (InvalidInputException invalid) {
      return invalid.errors();
    }
  }

  /**
   * Records the rows of a bulk import's chunk that {@link #checkImport} accepted, each received at
   * the time the other system received it, unless a complaint with the same source and external id
   * was imported before (or earlier in the chunk). The chunk's reference numbers are reserved at
   * once per year, and the known keys, the categories and the service levels are read once for the
   * chunk, not per row. Called by the import job under the user who started the import.
   *
   * @return each row's outcome, in the order of the rows
   */
  @PermitAll
  public List<ImportOutcome> recordImports(List<ImportedComplaint> rows, long runId, String actor) {
    List<String> hashes =
        rows.stream().map(row -> ImportKey.hash(row.source(), row.externalId())).toList();
    Set<String> known =
        new HashSet<>(
            em.createQuery(
                    "SELECT k.keyHash FROM ImportKey k WHERE k.keyHash IN :hashes", String.class)
                .setParameter("hashes", hashes)
                .getResultList());
    boolean[] fresh = new boolean[rows.size()];
    Map<Integer, Integer> newPerYear = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      fresh[i] = known.add(hashes.get(i));
      if (fresh[i]) {
        newPerYear.merge(year(rows.get(i).receivedAt()), 1, Integer::sum);
      }
    }
    Map<Integer, Long> nextNumber = new HashMap<>();
    newPerYear.forEach(
        (year, count) -> nextNumber.put(year, sequence.reserve(SERIES, year, count)));
    ServiceLevels levels = policies.serviceLevels();
    Map<String, Category> categories = new HashMap<>();
    Instant now = clock.instant();
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!fresh[i]) {
        outcomes.add(ImportOutcome.ALREADY_THERE);
        continue;
      }
      ImportedComplaint row = rows.get(i);
      int year = year(row.receivedAt());
      long number = nextNumber.merge(year, 1L, Long::sum) - 1;
      Complaint complaint =
          store(
              build(
                  row.complaint(),
                  ComplaintReference.format(year, number),
                  actor,
                  row.receivedAt(),
                  categories,
                  levels),
              actor);
      complaint.imported(now);
      em.persist(new ImportKey(row.source(), row.externalId(), complaint.id(), runId, now));
      outcomes.add(ImportOutcome.IMPORTED);
    }
    return outcomes;
  }

  /** Records a checked complaint with its reference, first event and audit entry. */
  private Complaint record(NewComplaint input, String actor, Instant now) {
    int year = year(now);
    String reference = ComplaintReference.format(year, sequence.next(SERIES, year));
    return store(
        build(input, reference, actor, now, new HashMap<>(), policies.serviceLevels()), actor);
  }

  private Complaint store(Complaint complaint, String actor) {
    em.persist(complaint);
    String reference = complaint.reference();
    audit.recordChange("Complaint", reference, "RECEIVE", actor, Map.of(), complaint.auditState());
    LOG.fine(() -> "Received " + reference + " by " + actor);
    return complaint;
  }

  /** The year of the reference numbers of complaints received at {@code receivedAt} (UTC). */
  private static int year(Instant receivedAt) {
    return receivedAt.atOffset(ZoneOffset.UTC).getYear();
  }

  /** The complaint's category, read once per code into {@code read}. */
  private Category category(NewComplaint input, Map<String, Category> read) {
    if (input.category() == null || input.category().isBlank()) {
      return null;
    }
    return read.computeIfAbsent(
        input.category().strip(), code -> policies.category(code, "category"));
  }

  /**
   * The complaint as the domain receives it, not stored yet, its category looked up in {@code
   * categories} first.
   */
  private Complaint build(
      NewComplaint input,
      String reference,
      String actor,
      Instant receivedAt,
      Map<String, Category> categories,
      ServiceLevels levels) {
    return Complaint.receive(
        reference,
        TrackingCode.generate(),
        input,
        category(input, categories),
        levels,
        actor,
        receivedAt);
  }

  /**
   * The complaint an earlier request with this key created. Called after a submit lost a race
   * against a concurrent request with the same key.
   */
  @RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.INTEGRATION})
  public Submission replay(NewComplaint input, String idempotencyKey) {
    String actor = context.getCallerPrincipal().getName();
    IdempotencyKey known =
        em.find(IdempotencyKey.class, Hashes.sha256(actor + "\n" + idempotencyKey));
    return known == null ? null : replay(known, Hashes.sha256(input.toString()), clock.instant());
  }

  private Submission replay(IdempotencyKey known, String requestHash, Instant now) {
    if (!known.requestHash().equals(requestHash)) {
      throw new RuleViolationException(
          "idempotency-key-reused", Messages.text("rule.idempotencyKeyReused"));
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
}
