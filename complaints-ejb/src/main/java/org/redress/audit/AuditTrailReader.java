package org.redress.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.redress.security.Roles;

/**
 * Reads the audit trail for auditors: one timeline over complaints, nonconformities and
 * configuration, oldest first, filtered by period, record and user, a page at a time by id.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER})
public class AuditTrailReader {

  public static final int MAX_PAGE = 1000;

  @PersistenceContext EntityManager em;

  public List<AuditEntryView> read(AuditQuery query) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
    if (query.from() != null) {
      jpql.append(" AND a.occurredAt >= :from");
    }
    if (query.to() != null) {
      jpql.append(" AND a.occurredAt < :to");
    }
    if (query.recordType() != null) {
      jpql.append(" AND a.recordType = :recordType");
    }
    if (query.recordKey() != null) {
      jpql.append(" AND a.recordKey = :recordKey");
    }
    if (query.actor() != null) {
      jpql.append(" AND a.actor = :actor");
    }
    if (query.afterId() != null) {
      jpql.append(" AND a.id > :afterId");
    }
    TypedQuery<AuditEntry> typed =
        em.createQuery(jpql.append(" ORDER BY a.id").toString(), AuditEntry.class)
            .setMaxResults(Math.max(1, Math.min(query.limit(), MAX_PAGE)));
    if (query.from() != null) {
      typed.setParameter("from", query.from());
    }
    if (query.to() != null) {
      typed.setParameter("to", query.to());
    }
    if (query.recordType() != null) {
      typed.setParameter("recordType", query.recordType());
    }
    if (query.recordKey() != null) {
      typed.setParameter("recordKey", query.recordKey());
    }
    if (query.actor() != null) {
      typed.setParameter("actor", query.actor());
    }
    if (query.afterId() != null) {
      typed.setParameter("afterId", query.afterId());
    }
    return typed.getResultList().stream().map(AuditEntryView::of).toList();
  }
}
