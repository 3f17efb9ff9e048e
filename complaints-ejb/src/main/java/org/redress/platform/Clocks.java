package org.redress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one source of the current time. Deadlines, events and the audit trail all ask the injected
 * {@link Clock}, so that tests can move time and every instance agrees on UTC. It ticks in
 * microseconds, the precision all three databases store, so that a time read back equals the time
 * written.
 *
 * <p>Only a test server started with {@code redress.clock.adjustable=true} can be moved, by the
 * server variable {@code redress.clock.offset} (an ISO-8601 duration such as {@code PT2H}), which
 * is read afresh on every tick so that a test can move time while the server runs. A production
 * server never sets it and always reads the system clock.
 */
@ApplicationScoped
public class Clocks {

  private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

  @Produces
  @ApplicationScoped
  Clock clock() {
    Clock system = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    Config config = ConfigProvider.getConfig();
    if (config.getOptionalValue("redress.clock.adjustable", Boolean.class).orElse(false)) {
      LOG.warning("The clock of this server can be moved by redress.clock.offset (test server)");
      return new Adjustable(system, config);
    }
    return system;
  }

  /** The system clock plus the offset the configuration says now. */
  static final class Adjustable extends Clock {

    private final Clock system;
    private final Config config;

    Adjustable(Clock system, Config config) {
      this.system = system;
      this.config = config;
    }

    @Override
    public Instant instant() {
      return system.instant().plus(offset());
    }

    private Duration offset() {
      return config
          .getOptionalValue("redress.clock.offset", String.class)
          .filter(s -> !s.isBlank())
          .map(Duration::parse)
          .orElse(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("Redress keeps its clock in UTC");
    }
  }
}
