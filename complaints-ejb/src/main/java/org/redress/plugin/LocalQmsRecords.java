package org.redress.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.redress.quality.Nonconformity;
import org.redress.spi.QmsStatus;

/** What the local QMS reads from Redress's own tables. */
@Stateless
@PermitAll
public class LocalQmsRecords {

  @PersistenceContext EntityManager em;

  /** The nonconformity's own status; its audit trail tells when it changed. */
  public Optional<QmsStatus> status(String reference) {
    return em
        .createNamedQuery("Nonconformity.findByReference", Nonconformity.class)
        .setParameter("reference", reference)
        .getResultList()
        .stream()
        .findFirst()
        .map(nc -> new QmsStatus(nc.reference(), nc.status().name(), null));
  }
}
