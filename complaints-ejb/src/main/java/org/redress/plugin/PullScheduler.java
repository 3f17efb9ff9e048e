package org.redress.plugin;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, queues the status pulls that are due (every 15 minutes per QMS connector). */
@Startup
@Singleton
public class PullScheduler {

  private static final Logger LOG = Logger.getLogger(PullScheduler.class.getName());

  @EJB QualitySync sync;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void schedule() {
    try {
      sync.schedulePulls();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduling QMS status pulls failed; tried again in a minute", e);
    }
  }
}
