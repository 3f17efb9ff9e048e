package org.redress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of the current time. Deadlines, events and the audit trail all ask the injected
 * {@link Clock}, so that tests can move time and every instance agrees on UTC. It ticks in
 * microseconds, the precision all three databases store, so that a time read back equals the time
 * written.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
