package org.redress.audit.sampling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redress.audit.AuditRecordTypes;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.YearlySequence;
import org.redress.security.Roles;

/**
 * Audit samples for auditors (ISO 10002 8.5): drawing a random sample of the complaints closed in a
 * period, revisiting it, drawing it again to show it is reproducible, and answering its checklist.
 * Only auditors draw and answer; managers and QMS admins read. Every write is in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.QMS_ADMIN})
public class AuditSamples {

  public static final int MAX_SIZE = 200;

  static final String SERIES = "SMP";

  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** Draws a sample of the complaints closed in the period (both days inclusive). */
  @RolesAllowed(Roles.AUDITOR)
  public SampleDetails draw(DrawSample input) {
    validator.check(input);
    if (input.to().isBefore(input.from())) {
      throw new InvalidInputException("to", Messages.text("field.periodOrder"));
    }
    List<Long> population = population(input.from(), input.to());
    if (population.isEmpty()) {
      throw new InvalidInputException("from", Messages.text("field.noClosedComplaints"));
    }
    long seed = input.seed() != null ? input.seed() : SEEDS.nextLong();
    List<Long> drawn = SampleDraw.draw(seed, population, input.size());
    Map<Long, String> references = references(drawn);
    List<AuditSample.Member> members =
        drawn.stream().map(id -> new AuditSample.Member(id, references.get(id))).toList();
    String actor = actor();
    Instant now = clock.instant();
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    String reference =
        String.format(Locale.ROOT, "SMP-%04d-%05d", year, sequence.next(SERIES, year));
    AuditSample sample =
        AuditSample.drawn(
            reference,
            input.from(),
            input.to(),
            input.size(),
            seed,
            population.size(),
            SampleDraw.fingerprint(population),
            input.purpose(),
            members,
            actor,
            now);
    em.persist(sample);
    em.flush();
    audit.recordChange(AuditRecordTypes.SAMPLE, reference, "DRAW", actor, Map.of(), state(sample));
    return details(sample);
  }

  /** Newest first. */
  public List<SampleSummary> list(int limit) {
    return em
        .createQuery("SELECT s FROM AuditSample s ORDER BY s.id DESC", AuditSample.class)
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList()
        .stream()
        .map(
            s ->
                new SampleSummary(
                    s.reference(),
                    s.periodFrom(),
                    s.periodTo(),
                    s.members().size(),
                    s.populationSize(),
                    s.purpose(),
                    s.drawnBy(),
                    s.drawnAt()))
        .toList();
  }

  public SampleDetails find(String reference) {
    return details(load(reference));
  }

  /**
   * Draws the sample again from its seed over the complaints closed in its period today: the same
   * complaints when the population has not changed since (a case reopened or closed late changes
   * it, and the fingerprint shows that).
   */
  public SampleReproduction reproduce(String reference) {
    AuditSample sample = load(reference);
    List<Long> population = population(sample.periodFrom(), sample.periodTo());
    List<Long> drawn = SampleDraw.draw(sample.seed(), population, sample.requestedSize());
    List<Long> stored = sample.members().stream().map(SampledComplaint::complaintId).toList();
    Map<Long, String> references = references(drawn);
    return new SampleReproduction(
        sample.reference(),
        sample.seed(),
        population.size(),
        SampleDraw.fingerprint(population).equals(sample.populationHash()),
        drawn.equals(stored),
        drawn.stream().map(references::get).toList());
  }

  public ChecklistView checklist(String reference, String complaint) {
    AuditSample sample = load(reference);
    return checklist(sample, sample.member(complaint));
  }

  /** Records or revises the auditor's verdict on one item of a sampled complaint's checklist. */
  @RolesAllowed(Roles.AUDITOR)
  public ChecklistView answer(String reference, String complaint, AnswerChecklistItem input) {
    validator.check(input);
    AuditSample sample = load(reference);
    // Two auditors answering the same sample at once: the second is asked to reload.
    em.lock(sample, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    SampledComplaint member = sample.member(complaint);
    Map<String, Object> before = answerState(member, input.item());
    String actor = actor();
    member.answer(input.item(), input.verdict(), input.note(), actor, clock.instant());
    em.flush();
    audit.recordChange(
        AuditRecordTypes.SAMPLE,
        reference,
        "ANSWER_CHECKLIST",
        actor,
        before,
        answerState(member, input.item()));
    return checklist(sample, member);
  }

  private ChecklistView checklist(AuditSample sample, SampledComplaint member) {
    Complaint complaint = em.find(Complaint.class, member.complaintId());
    return new ChecklistView(
        sample.reference(), member.complaintReference(), rows(complaint, member));
  }

  private static List<ChecklistView.Row> rows(Complaint complaint, SampledComplaint member) {
    Map<ChecklistItem, Checklist.Computed> computed =
        Checklist.evaluate(ChecklistFacts.of(complaint));
    List<ChecklistView.Row> rows = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      Checklist.Computed fromRecord = computed.get(item);
      ChecklistAnswer answer = member.answer(item).orElse(null);
      rows.add(
          new ChecklistView.Row(
              item,
              item.clause(),
              fromRecord.verdict(),
              fromRecord.evidence(),
              answer == null ? null : answer.verdict(),
              answer == null ? null : answer.note(),
              answer == null ? null : answer.answeredBy(),
              answer == null ? null : answer.answeredAt(),
              answer == null ? fromRecord.verdict() : answer.verdict()));
    }
    return rows;
  }

  private SampleDetails details(AuditSample sample) {
    List<Long> ids = sample.members().stream().map(SampledComplaint::complaintId).toList();
    Map<Long, Complaint> complaints =
        em
            .createQuery("SELECT c FROM Complaint c WHERE c.id IN :ids", Complaint.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Complaint::id, Function.identity()));
    List<SampleDetails.Member> members = new ArrayList<>();
    for (SampledComplaint member : sample.members()) {
      Complaint c = complaints.get(member.complaintId());
      List<ChecklistView.Row> rows = rows(c, member);
      members.add(
          new SampleDetails.Member(
              member.drawNo(),
              member.complaintReference(),
              c.status().name(),
              c.outcome() == null ? null : c.outcome().name(),
              c.closedAt(),
              c.nonconformityReference(),
              rows.stream().filter(r -> r.verdict() == Verdict.DOES_NOT_CONFORM).count(),
              rows.stream().filter(r -> r.auditorVerdict() != null).count(),
              rows.size()));
    }
    return new SampleDetails(
        sample.reference(),
        sample.periodFrom(),
        sample.periodTo(),
        sample.requestedSize(),
        sample.seed(),
        sample.populationSize(),
        sample.populationHash(),
        sample.purpose(),
        sample.drawnBy(),
        sample.drawnAt(),
        members);
  }

  /** The ids of the complaints closed in the period, in ascending order: the population. */
  private List<Long> population(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT c.id FROM Complaint c WHERE c.status = :closed"
                + " AND c.closedAt >= :start AND c.closedAt < :end ORDER BY c.id",
            Long.class)
        .setParameter("closed", ComplaintStatus.CLOSED)
        .setParameter("start", from.atStartOfDay(ZoneOffset.UTC).toInstant())
        .setParameter("end", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
        .getResultList();
  }

  private Map<Long, String> references(List<Long> ids) {
    Map<Long, String> references = new HashMap<>();
    if (ids.isEmpty()) {
      return references;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT c.id, c.reference FROM Complaint c WHERE c.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      references.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return references;
  }

  private AuditSample load(String reference) {
    List<AuditSample> found =
        em.createNamedQuery("AuditSample.findByReference", AuditSample.class)
            .setParameter("reference", reference)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Audit sample", reference);
    }
    return found.get(0);
  }

  private static Map<String, Object> state(AuditSample sample) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("periodFrom", sample.periodFrom());
    state.put("periodTo", sample.periodTo());
    state.put("requestedSize", sample.requestedSize());
    state.put("seed", sample.seed());
    state.put("populationSize", sample.populationSize());
    state.put("populationHash", sample.populationHash());
    state.put(
        "members",
        sample.members().stream()
            .map(SampledComplaint::complaintReference)
            .collect(Collectors.joining(",")));
    return state;
  }

  private static Map<String, Object> answerState(SampledComplaint member, ChecklistItem item) {
    String prefix = member.complaintReference() + "." + item.name();
    Map<String, Object> state = new LinkedHashMap<>();
    ChecklistAnswer answer = member.answer(item).orElse(null);
    state.put(prefix + ".verdict", answer == null ? null : answer.verdict());
    state.put(prefix + ".note", answer == null ? null : answer.note());
    return state;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
