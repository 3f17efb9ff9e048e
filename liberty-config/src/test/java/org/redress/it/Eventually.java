package org.redress.it;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what the server does in the background (the outbox, the mailbox poller). */
final class Eventually {

  /** Long enough for a few outbox retries and two mailbox rounds, on a slow CI machine. */
  static final Duration PATIENCE = Duration.ofSeconds(90);

  private Eventually() {}

  /** Asks the probe every half second until it answers something other than null. */
  static <T> T eventually(String what, Supplier<T> probe) throws InterruptedException {
    return eventually(what, PATIENCE, probe);
  }

  /** The same with a patience of its own: a long job, or a timer that looks once a minute. */
  static <T> T eventually(String what, Duration patience, Supplier<T> probe)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Waited " + patience.toSeconds() + " s in vain for " + what);
  }
}
