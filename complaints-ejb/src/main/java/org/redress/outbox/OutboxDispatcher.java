package org.redress.outbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due messages every two seconds, on every server instance. Each instance claims its own
 * messages, so several instances share the work; one instance never runs two rounds at once.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  static final int BATCH = 20;
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration KEEP_DELIVERED = Duration.ofDays(30);

  private final String instance = instanceName();
  private final AtomicBoolean running = new AtomicBoolean();

  @EJB Outbox outbox;

  @Inject @Any Instance<OutboxHandler> handlers;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      long stopAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      List<OutboxMessageView> batch;
      do {
        batch = outbox.claimDue(instance, LEASE, BATCH);
        batch.forEach(this::deliver);
      } while (batch.size() == BATCH && System.nanoTime() < stopAt);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivering the outbox failed; it is tried again in a moment", e);
    } finally {
      running.set(false);
    }
  }

  @Schedule(minute = "17", hour = "*", persistent = false)
  void purge() {
    int removed = outbox.purgeDelivered(KEEP_DELIVERED);
    if (removed > 0) {
      LOG.info(() -> "Removed " + removed + " delivered outbox messages older than 30 days");
    }
  }

  private void deliver(OutboxMessageView message) {
    Outcome outcome;
    OutboxHandler handler = handler(message.topic());
    if (handler == null) {
      outcome = Outcome.refused("Nothing on this server delivers " + message.topic());
    } else {
      try {
        outcome = handler.deliver(message);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Delivering outbox message " + message.id() + " failed", e);
        outcome = Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    outbox.settle(message.id(), outcome, Backoff.STANDARD);
  }

  private OutboxHandler handler(String topic) {
    for (OutboxHandler candidate : handlers) {
      if (candidate.topic().equals(topic)) {
        return candidate;
      }
    }
    return null;
  }

  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }
}
