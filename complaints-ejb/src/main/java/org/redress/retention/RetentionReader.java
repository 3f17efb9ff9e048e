package org.redress.retention;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of the cases due for anonymisation in id order, a page at a time. The checkpoint is
 * the last id handed out and the cut-off, so a restart goes on where the last chunk committed, with
 * the same cut-off.
 */
@Named("retentionReader")
@Dependent
public class RetentionReader extends AbstractItemReader {

  static final int PAGE = 200;

  @EJB Retention retention;

  private Instant cutoff;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    if (checkpoint instanceof Position position) {
      cutoff = position.cutoff();
      lastId = position.lastId();
    } else {
      cutoff = retention.cutoff();
      lastId = 0;
    }
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(retention.due(cutoff, lastId, PAGE));
      if (page.isEmpty()) {
        return null;
      }
    }
    Long id = page.poll();
    lastId = id;
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return new Position(lastId, cutoff);
  }

  /** Where the reader stands. */
  record Position(long lastId, Instant cutoff) implements Serializable {}
}
