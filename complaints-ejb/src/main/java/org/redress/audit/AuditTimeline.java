package org.redress.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redress.platform.InvalidInputException;
import org.redress.security.Roles;

/**
 * The auditor's combined timeline (ISO 10002 8.5): one list over complaints, nonconformities with
 * their corrective actions and effectiveness checks, configuration and the auditors' own records,
 * newest first, read a page at a time with a keyset cursor (never an offset), filtered by period,
 * process, ISO clause, user and record. The clause filter reads {@link AuditClauses} backwards into
 * record types and actions, which the index on (record type, action, time) serves.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.QMS_ADMIN, Roles.ADMINISTRATOR})
public class AuditTimeline {

  @PersistenceContext EntityManager em;

  public TimelinePage read(TimelineQuery query) {
    if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
      throw new InvalidInputException("to", "must be on or after from");
    }
    int limit = Math.max(1, Math.min(query.limit(), TimelineQuery.MAX_LIMIT));
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
    if (query.from() != null) {
      jpql.append(" AND a.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      jpql.append(" AND a.occurredAt < :to");
      parameters.put("to", query.to());
    }
    if (query.process() != null) {
      if (query.process() == AuditProcess.CONFIGURATION) {
        jpql.append(" AND a.recordType NOT IN :processTypes");
        parameters.put("processTypes", AuditProcess.nonConfigurationTypes());
      } else {
        jpql.append(" AND a.recordType IN :processTypes");
        parameters.put("processTypes", query.process().recordTypes());
      }
    }
    if (query.clause() != null) {
      jpql.append(" AND (").append(clauseCondition(query.clause(), parameters)).append(")");
    }
    if (query.actor() != null) {
      jpql.append(" AND a.actor = :actor");
      parameters.put("actor", query.actor());
    }
    if (query.recordType() != null) {
      jpql.append(" AND a.recordType = :recordType");
      parameters.put("recordType", query.recordType());
    }
    if (query.recordKey() != null) {
      jpql.append(" AND a.recordKey = :recordKey");
      parameters.put("recordKey", query.recordKey());
    }
    if (query.changedField() != null) {
      // The field names are written by the application ("action.2"), never by users.
      jpql.append(" AND a.changes LIKE :changedField");
      parameters.put("changedField", "%\"" + query.changedField() + "\":%");
    }
    if (query.actions() != null && !query.actions().isEmpty()) {
      jpql.append(" AND a.action IN :actions");
      parameters.put("actions", query.actions());
    }
    if (query.cursor() != null) {
      jpql.append(
          " AND (a.occurredAt < :cursorAt OR (a.occurredAt = :cursorAt AND a.id < :cursorId))");
      parameters.put("cursorAt", query.cursor().occurredAt());
      parameters.put("cursorId", query.cursor().id());
    }
    jpql.append(" ORDER BY a.occurredAt DESC, a.id DESC");
    TypedQuery<AuditEntry> typed =
        em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit + 1);
    parameters.forEach(typed::setParameter);
    List<AuditEntry> rows = typed.getResultList();
    List<TimelineEntry> items = rows.stream().limit(limit).map(TimelineEntry::of).toList();
    String next = null;
    if (rows.size() > limit) {
      TimelineEntry last = items.get(items.size() - 1);
      next = new TimelineCursor(last.occurredAt(), last.id()).encode();
    }
    return new TimelinePage(items, next);
  }

  /** The clause filter as conditions on record type and action, from {@link AuditClauses}. */
  static String clauseCondition(IsoClause clause, Map<String, Object> parameters) {
    AuditClauses.Selection selection = AuditClauses.selection(clause);
    StringBuilder condition = new StringBuilder();
    int n = 0;
    for (AuditClauses.TypeActions named : selection.named()) {
      or(condition)
          .append("(a.recordType = :clauseType")
          .append(n)
          .append(" AND a.action IN :clauseActions")
          .append(n)
          .append(")");
      parameters.put("clauseType" + n, named.recordType());
      parameters.put("clauseActions" + n, named.actions());
      n++;
    }
    for (AuditClauses.TypeActions other : selection.otherThan()) {
      or(condition).append("(a.recordType = :clauseType").append(n);
      parameters.put("clauseType" + n, other.recordType());
      if (!other.actions().isEmpty()) {
        condition.append(" AND a.action NOT IN :clauseActions").append(n);
        parameters.put("clauseActions" + n, other.actions());
      }
      condition.append(")");
      n++;
    }
    if (selection.unknownTypes()) {
      or(condition).append("a.recordType NOT IN :clauseKnownTypes");
      parameters.put("clauseKnownTypes", selection.knownTypes());
    }
    return condition.length() == 0 ? "1 = 0" : condition.toString();
  }

  private static StringBuilder or(StringBuilder condition) {
    return condition.length() == 0 ? condition : condition.append(" OR ");
  }
}
