package org.redress.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Attachment;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.Party;
import org.redress.platform.InputValidator;
import org.redress.policy.Policies;
import org.redress.security.Roles;

/**
 * Removes the personal data of finished complaints and answers complainants' requests: the export
 * of everything about them, and erasure. One complaint at a time in the caller's transaction, so
 * the retention job commits a chunk of them together.
 */
@Stateless
public class Retention {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB Policies policies;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** The moment before which a case must have closed to be anonymised now. */
  @PermitAll
  public Instant cutoff() {
    int months = policies.handlingPolicy().retentionMonths();
    return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
  }

  /**
   * The ids of finished cases past the retention period and not yet anonymised, after {@code
   * afterId}, in id order (a keyset the job reads in chunks; an indexed range).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(Instant cutoff, long afterId, int limit) {
    return em.createQuery(
            "SELECT c.id FROM Complaint c WHERE c.anonymisedAt IS NULL AND c.closedAt < :cutoff"
                + " AND c.id > :after ORDER BY c.id",
            Long.class)
        .setParameter("cutoff", cutoff)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Anonymises one finished case in the caller's transaction: the case itself, its files, its
   * survey comment, the mails read for it and the mails sent about it.
   *
   * @return false when it was anonymised meanwhile (another instance, an erasure)
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean anonymise(long id, String reason, String actor) {
    Complaint complaint = em.find(Complaint.class, id);
    if (complaint == null || complaint.anonymisedAt() != null || complaint.status().isOpen()) {
      return false;
    }
    Map<String, Object> before = complaint.auditState();
    complaint.anonymise(reason, actor, clock.instant());
    String reference = complaint.reference();
    em.createQuery(
            "DELETE FROM AttachmentContent a WHERE a.attachmentId IN"
                + " (SELECT f.id FROM Attachment f WHERE f.complaintId = :id)")
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("DELETE FROM Attachment f WHERE f.complaintId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("UPDATE SatisfactionSurvey s SET s.comment = NULL WHERE s.complaintId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE INBOUND_MAIL SET SENDER = NULL, SUBJECT = NULL WHERE COMPLAINT_REFERENCE = ?")
        .setParameter(1, reference)
        .executeUpdate();
    em.createQuery("DELETE FROM OutboxMessage m WHERE m.recordKey = :ref AND m.status <> :pending")
        .setParameter("ref", reference)
        .setParameter("pending", org.redress.outbox.OutboxStatus.PENDING)
        .executeUpdate();
    audit.recordChange("Complaint", reference, "ANONYMISE", actor, before, complaint.auditState());
    return true;
  }

  /**
   * Everything Redress holds about one complainant (by their mail address), as JSON: each complaint
   * with its details, timeline and files' names (data protection: right of access).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER})
  public JsonObject export(String email) {
    String address = email == null ? "" : email.strip();
    JsonArrayBuilder complaints = Json.createArrayBuilder();
    for (Complaint c : byEmail(address)) {
      complaints.add(json(c));
    }
    JsonObject export =
        Json.createObjectBuilder()
            .add("email", address)
            .add("exportedAt", clock.instant().toString())
            .add("complaints", complaints)
            .build();
    audit.recordChange(
        "Complainant",
        address.toLowerCase(Locale.ROOT),
        "EXPORT",
        context.getCallerPrincipal().getName(),
        Map.of(),
        Map.of("complaints", export.getJsonArray("complaints").size()));
    return export;
  }

  /**
   * Erases a complainant's personal data on request: their finished complaints are anonymised at
   * once; the ones still being handled are listed and keep it until they are finished.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER})
  public Erasure erase(EraseRequest request) {
    validator.check(request);
    String actor = context.getCallerPrincipal().getName();
    List<String> done = new ArrayList<>();
    List<String> open = new ArrayList<>();
    for (Complaint c : byEmail(request.email().strip())) {
      if (c.status().isOpen()) {
        open.add(c.reference());
      } else if (anonymise(c.id(), "erasure requested: " + request.reason().strip(), actor)) {
        done.add(c.reference());
      }
    }
    return new Erasure(request.email().strip(), done, open);
  }

  private List<Complaint> byEmail(String email) {
    return em.createQuery(
            "SELECT c FROM Complaint c WHERE LOWER(c.complainant.email) = :email"
                + " OR LOWER(c.representative.email) = :email ORDER BY c.id",
            Complaint.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultList();
  }

  private JsonObject json(Complaint c) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("reference", c.reference())
            .add("status", c.status().name())
            .add("receivedAt", c.receivedAt().toString())
            .add("channel", c.channel().name())
            .add("description", c.description());
    party(o, "complainant", c.complainant());
    party(o, "representative", c.representative());
    add(o, "category", c.category() == null ? null : c.category().code());
    add(o, "productOrService", c.productOrService());
    add(o, "orderReference", c.orderReference());
    add(o, "lot", c.lot());
    add(o, "remedySought", c.remedySought());
    add(o, "decision", c.decisionMessage());
    add(o, "outcome", c.outcome() == null ? null : c.outcome().name());
    add(o, "closedAt", c.closedAt() == null ? null : c.closedAt().toString());
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (ComplaintEvent e : c.events()) {
      JsonObjectBuilder event =
          Json.createObjectBuilder()
              .add("type", e.type().name())
              .add("at", e.occurredAt().toString())
              .add("by", e.actor());
      add(event, "details", e.details());
      events.add(event);
    }
    o.add("events", events);
    JsonArrayBuilder files = Json.createArrayBuilder();
    em.createQuery("SELECT f FROM Attachment f WHERE f.complaintId = :id", Attachment.class)
        .setParameter("id", c.id())
        .getResultList()
        .forEach(f -> files.add(f.fileName()));
    o.add("files", files);
    return o.build();
  }

  private static void party(JsonObjectBuilder o, String name, Party p) {
    if (p == null || !p.isPresent()) {
      return;
    }
    JsonObjectBuilder party = Json.createObjectBuilder();
    add(party, "name", p.name());
    add(party, "email", p.email());
    add(party, "phone", p.phone());
    add(party, "organisation", p.organisation());
    add(party, "address", p.address());
    add(party, "language", p.language());
    o.add(name, party);
  }

  private static void add(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
