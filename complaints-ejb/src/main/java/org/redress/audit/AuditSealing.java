package org.redress.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Seals committed audit entries into the hash chain, oldest first. Writers never wait for this:
 * they append unsealed entries in their own transaction, and sealing follows within seconds. The
 * chain head's row lock lets one server instance at a time extend the chain.
 */
@Stateless
public class AuditSealing {

  static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  /**
   * Seals up to {@value #BATCH} entries in one short transaction.
   *
   * @return how many entries were sealed
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealPending() {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    List<AuditEntry> pending =
        em.createNamedQuery("AuditEntry.unsealed", AuditEntry.class)
            .setMaxResults(BATCH)
            .getResultList();
    long number = head.lastSealNo();
    String previous = head.lastHash();
    for (AuditEntry entry : pending) {
      number++;
      entry.seal(number, previous);
      previous = entry.entryHash();
    }
    head.advance(number, previous);
    return pending.size();
  }
}
