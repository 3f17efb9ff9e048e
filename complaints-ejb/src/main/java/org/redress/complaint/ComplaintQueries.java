package org.redress.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.complaint.view.ComplaintPage;
import org.redress.complaint.view.ComplaintSummary;
import org.redress.platform.InvalidInputException;
import org.redress.policy.Policies;
import org.redress.security.Roles;

/**
 * Finds complaints for the staff's lists and case pages. Lists are read a page at a time with a
 * keyset cursor (the sort value and the id of the last row), so that page 1,000 costs the same as
 * page 1 and no row is skipped or repeated when cases are added meanwhile. Auditors see personal
 * data masked.
 */
@Stateless
@RolesAllowed({
  Roles.HANDLER,
  Roles.MANAGER,
  Roles.QMS_ADMIN,
  Roles.AUDITOR,
  Roles.ADMINISTRATOR,
  Roles.INTEGRATION
})
public class ComplaintQueries {

  private static final List<ComplaintStatus> AWAITING_RESPONSE =
      Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::awaitsResponse).toList();
  private static final List<ComplaintStatus> OPEN =
      Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen).toList();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB Policies policies;

  @Resource SessionContext context;

  public ComplaintDetails details(String reference) {
    Complaint complaint = ComplaintWorkflow.load(em, reference);
    Instant now = clock.instant();
    return ComplaintDetails.of(
        complaint,
        now,
        personalDataMasked(),
        StepPermissions.stepsFor(complaint, context, now, policies.handlingPolicy()));
  }

  public ComplaintPage search(ComplaintFilter filter) {
    Instant now = clock.instant();
    int limit = filter.limit() <= 0 ? ComplaintFilter.DEFAULT_LIMIT : filter.limit();
    if (limit > ComplaintFilter.MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be at most " + ComplaintFilter.MAX_LIMIT);
    }
    ComplaintSort sort = filter.sort() == null ? ComplaintSort.RESPONSE_DUE : filter.sort();

    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Complaint> query = cb.createQuery(Complaint.class);
    Root<Complaint> c = query.from(Complaint.class);
    c.fetch("category", jakarta.persistence.criteria.JoinType.LEFT);
    Path<Instant> sortPath = c.get(sort == ComplaintSort.RECEIVED ? "receivedAt" : "responseDueAt");
    Path<Long> id = c.get("id");

    List<Predicate> where = new ArrayList<>();
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.add(c.get("status").in(filter.statuses()));
    }
    if (filter.open() != null) {
      where.add(filter.open() ? c.get("status").in(OPEN) : cb.not(c.get("status").in(OPEN)));
    }
    if (filter.priority() != null) {
      where.add(cb.equal(c.get("priority"), filter.priority()));
    }
    if (filter.category() != null && !filter.category().isBlank()) {
      where.add(cb.equal(c.get("category"), policies.category(filter.category(), "category")));
    }
    if (filter.assignee() != null && !filter.assignee().isBlank()) {
      where.add(cb.equal(c.get("assignee"), filter.assignee().strip()));
    }
    if (Boolean.TRUE.equals(filter.unassigned())) {
      where.add(cb.isNull(c.get("assignee")));
    }
    if (filter.overdue() != null) {
      Predicate overdue =
          cb.and(
              c.get("status").in(AWAITING_RESPONSE),
              cb.lessThan(c.<Instant>get("responseDueAt"), now));
      where.add(filter.overdue() ? overdue : cb.not(overdue));
    }
    if (filter.q() != null && !filter.q().isBlank()) {
      String q = filter.q().strip();
      if (ComplaintReference.isWellFormed(q.toUpperCase(Locale.ROOT))) {
        where.add(cb.equal(c.get("reference"), q.toUpperCase(Locale.ROOT)));
      } else {
        where.add(
            cb.like(c.get("searchText"), "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%", '\\'));
      }
    }
    if (filter.cursor() != null && !filter.cursor().isBlank()) {
      Cursor after = Cursor.decode(filter.cursor(), sort);
      where.add(
          filter.descending()
              ? cb.or(
                  cb.lessThan(sortPath, after.value()),
                  cb.and(cb.equal(sortPath, after.value()), cb.lessThan(id, after.id())))
              : cb.or(
                  cb.greaterThan(sortPath, after.value()),
                  cb.and(cb.equal(sortPath, after.value()), cb.greaterThan(id, after.id()))));
    }
    query.select(c).where(where.toArray(Predicate[]::new));
    query.orderBy(
        filter.descending()
            ? List.of(cb.desc(sortPath), cb.desc(id))
            : List.of(cb.asc(sortPath), cb.asc(id)));

    List<Complaint> rows = em.createQuery(query).setMaxResults(limit + 1).getResultList();
    boolean masked = personalDataMasked();
    List<ComplaintSummary> items =
        rows.stream().limit(limit).map(row -> ComplaintSummary.of(row, now, masked)).toList();
    String next = null;
    if (rows.size() > limit) {
      Complaint last = rows.get(limit - 1);
      next =
          new Cursor(
                  sort == ComplaintSort.RECEIVED ? last.receivedAt() : last.responseDueAt(),
                  last.id())
              .encode(sort);
    }
    return new ComplaintPage(items, next);
  }

  /** Auditors read without seeing who complained, unless they also hold a working role. */
  private boolean personalDataMasked() {
    return context.isCallerInRole(Roles.AUDITOR)
        && !context.isCallerInRole(Roles.HANDLER)
        && !context.isCallerInRole(Roles.MANAGER);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The position after the last row of a page, opaque to clients. */
  record Cursor(Instant value, long id) {

    String encode(ComplaintSort sort) {
      String raw = sort.name() + "|" + value + "|" + id;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor, ComplaintSort sort) {
      try {
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = raw.split("\\|");
        if (parts.length != 3 || !parts[0].equals(sort.name())) {
          throw new InvalidInputException(
              "cursor", "belongs to another list order; start again without it");
        }
        return new Cursor(Instant.parse(parts[1]), Long.parseLong(parts[2]));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new InvalidInputException("cursor", "is not a cursor this list handed out");
      }
    }
  }
}
