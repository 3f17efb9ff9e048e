package org.redress.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.redress.security.Roles;

/**
 * The auditor's "verify": recomputes the audit trail's hash chain from the first sealed entry and
 * reports the first entry that was changed, removed or inserted behind the application's back.
 * Reads the chain a chunk at a time, so it works for millions of entries.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER})
public class AuditVerification {

  static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB AuditSealing sealing;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public VerificationReport verify() {
    // Seal what was written up to now, so the report covers it.
    while (sealing.sealPending() == AuditSealing.BATCH) {
      // More to seal.
    }
    String previous = AuditChainHead.GENESIS;
    long expectedNo = 0;
    long checked = 0;
    long after = 0;
    while (true) {
      List<AuditEntry> chunk =
          em.createNamedQuery("AuditEntry.sealedAfter", AuditEntry.class)
              .setParameter("after", after)
              .setMaxResults(CHUNK)
              .getResultList();
      if (chunk.isEmpty()) {
        break;
      }
      for (AuditEntry entry : chunk) {
        expectedNo++;
        String problem = null;
        if (entry.sealNo() != expectedNo) {
          problem = "entry number " + expectedNo + " of the chain is missing";
        } else if (!previous.equals(entry.previousHash())) {
          problem =
              "the link to the previous entry does not match (an entry before it was removed or changed)";
        } else if (!entry.hash(previous).equals(entry.entryHash())) {
          problem = "the entry's content does not match its hash (it was changed)";
        }
        if (problem != null) {
          return broken(entry, checked, problem);
        }
        previous = entry.entryHash();
        checked++;
        after = entry.sealNo();
      }
      em.clear();
    }
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    long pending = em.createNamedQuery("AuditEntry.countUnsealed", Long.class).getSingleResult();
    if (head.lastSealNo() != checked || !head.lastHash().equals(previous)) {
      return new VerificationReport(
          false,
          checked,
          pending,
          null,
          checked + 1,
          null,
          "the chain ends after entry "
              + checked
              + " but should reach entry "
              + head.lastSealNo()
              + " (entries at the end were removed)",
          clock.instant());
    }
    return new VerificationReport(true, checked, pending, null, null, null, null, clock.instant());
  }

  private VerificationReport broken(AuditEntry entry, long checked, String problem) {
    long pending = em.createNamedQuery("AuditEntry.countUnsealed", Long.class).getSingleResult();
    return new VerificationReport(
        false,
        checked,
        pending,
        entry.id(),
        entry.sealNo(),
        entry.recordType() + " " + entry.recordKey(),
        problem,
        clock.instant());
  }
}
