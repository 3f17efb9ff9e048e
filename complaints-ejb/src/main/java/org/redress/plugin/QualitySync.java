package org.redress.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redress.outbox.Outbox;
import org.redress.outbox.OutboxMessageView;
import org.redress.outbox.OutboxStatus;
import org.redress.outbox.Outcome;
import org.redress.quality.CorrectiveAction;
import org.redress.quality.Nonconformity;
import org.redress.security.Roles;
import org.redress.spi.ConnectorException;
import org.redress.spi.QmsAction;
import org.redress.spi.QmsConnector;
import org.redress.spi.QmsNonconformity;
import org.redress.spi.QmsStatus;

/**
 * Keeps nonconformities in step with the enabled QMS connectors. A change writes one outbox message
 * per connector in the business transaction; delivery pushes the nonconformity as it is then, so
 * pushes that queued up while a QMS was down all carry the latest state.
 */
@Stateless
@PermitAll
public class QualitySync {

  private static final Logger LOG = Logger.getLogger(QualitySync.class.getName());

  public static final String PUSH = "qms.push";
  public static final String PULL = "qms.pull";
  static final int PULL_CHUNK = 100;
  static final Duration PULL_EVERY = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject ConnectorInstances instances;

  @Inject PluginCatalog catalog;

  @EJB Outbox outbox;

  /**
   * The nonconformity changed (or was raised) in the caller's transaction: queue a push to every
   * enabled QMS connector. Nothing here waits for a delivery in progress, so a slow QMS never holds
   * up a change; the sync records are written by the deliveries alone.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void changed(Nonconformity nc) {
    for (PluginConfiguration connector : enabledQms()) {
      outbox.enqueue(PUSH, connector.pluginId(), nc.reference(), null);
    }
  }

  /**
   * Delivers a push: the nonconformity as it is now, to the message's connector. The sync record is
   * locked for the call, so two instances never push the same nonconformity to one QMS at once; two
   * first pushes that race to create the record end with one of them failing and retried, and the
   * idempotency key keeps the QMS from creating the record twice.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome push(OutboxMessageView message) {
    Optional<QmsConnector> connector = connector(message.target());
    if (connector.isEmpty()) {
      return Outcome.refused("The QMS connector " + message.target() + " is switched off");
    }
    List<Nonconformity> found =
        em.createNamedQuery("Nonconformity.findByReference", Nonconformity.class)
            .setParameter("reference", message.recordKey())
            .getResultList();
    if (found.isEmpty()) {
      return Outcome.refused("Nonconformity " + message.recordKey() + " does not exist");
    }
    List<NonconformitySync> locked = sync(message.recordKey(), message.target(), true);
    NonconformitySync sync;
    if (locked.isEmpty()) {
      sync = NonconformitySync.pending(message.recordKey(), message.target());
      em.persist(sync);
    } else {
      sync = locked.get(0);
    }
    Instant now = clock.instant();
    try {
      String externalId = connector.get().push(snapshot(found.get(0), now), sync.externalId());
      if (externalId == null || externalId.isBlank()) {
        sync.pushFailed("The QMS answered without an id for the record", true, now);
        return Outcome.refused(sync.lastError());
      }
      sync.pushed(externalId, now);
      return Outcome.done();
    } catch (ConnectorException failed) {
      sync.pushFailed(failed.getMessage(), failed.permanent(), now);
      return failed.permanent()
          ? Outcome.refused(sync.lastError())
          : Outcome.retry(sync.lastError());
    } catch (RuntimeException broken) {
      LOG.log(Level.WARNING, "The QMS connector " + message.target() + " failed", broken);
      sync.pushFailed(broken.toString(), false, now);
      return Outcome.retry(sync.lastError());
    }
  }

  /**
   * Delivers a pull: asks the connector for the status of up to {@value #PULL_CHUNK} of its
   * records, from the one after the id in the payload, and queues the next chunk.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome pull(OutboxMessageView message) {
    Optional<QmsConnector> connector = connector(message.target());
    if (connector.isEmpty()) {
      return Outcome.refused("The QMS connector " + message.target() + " is switched off");
    }
    long after = message.payload() == null ? 0 : Long.parseLong(message.payload());
    List<NonconformitySync> chunk =
        em.createQuery(
                "SELECT s FROM NonconformitySync s WHERE s.connectorId = :connector"
                    + " AND s.id > :after AND s.externalId IS NOT NULL ORDER BY s.id",
                NonconformitySync.class)
            .setParameter("connector", message.target())
            .setParameter("after", after)
            .setMaxResults(PULL_CHUNK)
            .getResultList();
    try {
      for (NonconformitySync sync : chunk) {
        Optional<QmsStatus> status = connector.get().pullStatus(sync.externalId());
        sync.pulled(
            status.map(QmsStatus::status).orElse(null),
            status.map(QmsStatus::changedAt).orElse(null));
      }
    } catch (ConnectorException failed) {
      return failed.permanent()
          ? Outcome.refused(failed.getMessage())
          : Outcome.retry(failed.getMessage());
    }
    if (chunk.size() == PULL_CHUNK) {
      outbox.enqueue(
          PULL,
          message.target(),
          message.recordKey(),
          Long.toString(chunk.get(chunk.size() - 1).id()));
    }
    return Outcome.done();
  }

  /**
   * Queues a pull for every enabled QMS connector whose time has come. The time is taken with a
   * compare-and-set on the connector's row (its version as read, enabled), so one instance of many
   * queues it, and a connector disabled meanwhile is not pulled.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void schedulePulls() {
    Instant now = clock.instant();
    for (PluginConfiguration connector : enabledQms()) {
      int won =
          em.createQuery(
                  "UPDATE PluginConfiguration c SET c.nextPullAt = :next"
                      // The row as read, still enabled: its version. (A boolean in a bulk UPDATE
                      // reaches H2 as the number 1, which H2 refuses to compare with a BOOLEAN.)
                      + " WHERE c.pluginId = :id AND c.version = :version"
                      + " AND (c.nextPullAt IS NULL OR c.nextPullAt <= :now)")
              .setParameter("version", connector.version())
              .setParameter("next", now.plus(PULL_EVERY))
              .setParameter("id", connector.pluginId())
              .setParameter("now", now)
              .executeUpdate();
      if (won == 1) {
        outbox.enqueue(PULL, connector.pluginId(), connector.pluginId(), null);
      }
    }
  }

  /**
   * A nonconformity's records in the QMSs it was pushed to; a record with a push still waiting in
   * the outbox is marked as having a change on its way.
   */
  @RolesAllowed({Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.HANDLER})
  public List<SyncView> of(String reference) {
    List<String> waiting =
        em.createQuery(
                "SELECT DISTINCT m.target FROM OutboxMessage m WHERE m.recordKey = :reference"
                    + " AND m.topic = :push AND m.status = :pending",
                String.class)
            .setParameter("reference", reference)
            .setParameter("push", PUSH)
            .setParameter("pending", OutboxStatus.PENDING)
            .getResultList();
    return em
        .createNamedQuery("NonconformitySync.ofNonconformity", NonconformitySync.class)
        .setParameter("reference", reference)
        .getResultList()
        .stream()
        .map(s -> SyncView.of(s, waiting.contains(s.connectorId())))
        .toList();
  }

  private List<PluginConfiguration> enabledQms() {
    return em
        .createQuery(
            "SELECT c FROM PluginConfiguration c WHERE c.kind = :qms AND c.enabled = TRUE"
                + " ORDER BY c.pluginId",
            PluginConfiguration.class)
        .setParameter("qms", PluginKind.QMS)
        .getResultList()
        .stream()
        .filter(c -> catalog.find(c.pluginId()).isPresent())
        .toList();
  }

  private Optional<QmsConnector> connector(String id) {
    PluginConfiguration configuration = em.find(PluginConfiguration.class, id);
    if (configuration == null || !configuration.enabled()) {
      return Optional.empty();
    }
    return instances.plugin(configuration, QmsConnector.class);
  }

  private List<NonconformitySync> sync(String reference, String connector, boolean lock) {
    var query =
        em.createNamedQuery("NonconformitySync.find", NonconformitySync.class)
            .setParameter("reference", reference)
            .setParameter("connector", connector);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList();
  }

  private List<String> complaints(Nonconformity nc) {
    return em.createQuery(
            "SELECT c.reference FROM Complaint c WHERE c.nonconformityId = :id ORDER BY c.id",
            String.class)
        .setParameter("id", nc.id())
        .getResultList();
  }

  private QmsNonconformity snapshot(Nonconformity nc, Instant now) {
    List<QmsAction> actions = nc.actions().stream().map(QualitySync::action).toList();
    return new QmsNonconformity(
        nc.reference(),
        nc.title(),
        nc.description(),
        nc.source().name(),
        nc.severity().name(),
        nc.status().name(),
        nc.containment(),
        nc.rootCause(),
        nc.category() == null ? null : nc.category().name(),
        complaints(nc),
        actions,
        now);
  }

  private static QmsAction action(CorrectiveAction a) {
    return new QmsAction(
        a.number(),
        a.type().name(),
        a.description(),
        a.owner(),
        a.dueOn(),
        a.status().name(),
        a.evidence());
  }
}
