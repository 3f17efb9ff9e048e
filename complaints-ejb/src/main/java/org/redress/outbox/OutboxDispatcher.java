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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redress.platform.Hashes;

/**
 * Delivers due messages every two seconds, on every server instance. Each instance claims its own
 * messages, so several instances share the work; one instance never runs two rounds at once.
 *
 * <p>An instance is named after its host and its server directory, the same name every time that
 * server starts. So a server that was killed while it held claims (a batch it was delivering) knows
 * them as its own when it starts again and frees them in its first round: those mails go out at
 * once, not when the claims would have run out, five minutes later. The claims of an instance that
 * never comes back run out after {@link #LEASE} and another instance takes the messages.
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

  private final String instance =
      instanceName(
          hostName(), System.getProperty("server.output.dir", System.getProperty("user.dir")));
  private final AtomicBoolean running = new AtomicBoolean();

  /** Whether the claims this server held when it last stopped were freed; only read in a round. */
  private boolean claimsFreed;

  @EJB Outbox outbox;

  @Inject @Any Instance<OutboxHandler> handlers;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      if (!claimsFreed) {
        int freed = outbox.releaseClaims(instance);
        claimsFreed = true;
        if (freed > 0) {
          LOG.info(
              () ->
                  freed + " outbox messages this server had claimed when it stopped are due again");
        }
      }
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

  /**
   * This server's name in claims: the host and a digest of the server directory (only one server
   * runs from a directory at a time), at most 100 characters. Without a host name, a name of its
   * own for this run, whose claims then run out instead of being freed at the next start.
   */
  static String instanceName(String host, String serverDirectory) {
    String name;
    if (host == null || serverDirectory == null) {
      name = "unknown-host/" + UUID.randomUUID().toString().substring(0, 8);
    } else {
      Path directory = Path.of(serverDirectory).toAbsolutePath().normalize();
      Path server = directory.getFileName();
      name =
          host
              + "/"
              + (server == null ? "server" : server.toString())
              + "-"
              + Hashes.sha256(directory.toString()).substring(0, 12);
    }
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
