package org.redress.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shows instants on pages as dates and times in the organisation's time zone (server variable
 * {@code redress.time.zone}, UTC by default): {@code #{dates.time(c.receivedAt)}}.
 */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @Inject
  @ConfigProperty(name = "redress.time.zone", defaultValue = "UTC")
  String zone;

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(ZoneId.of(zone)));
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneId.of(zone)));
  }
}
