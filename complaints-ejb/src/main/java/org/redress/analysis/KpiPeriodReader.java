package org.redress.analysis;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the periods the KPI job computes: the latest days, weeks and months up to today (UTC), as
 * batches of {@code periodsPerChunk} periods; each batch is computed in one pass over the
 * complaints ({@link KpiFigures}) and written in one transaction. The checkpoint is the position in
 * the list of periods, so a restarted job goes on with the next batch.
 */
@Named
@Dependent
public class KpiPeriodReader extends AbstractItemReader {

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "days")
  String days;

  @Inject
  @BatchProperty(name = "weeks")
  String weeks;

  @Inject
  @BatchProperty(name = "months")
  String months;

  @Inject
  @BatchProperty(name = "periodsPerChunk")
  String periodsPerChunk;

  private List<Period> periods;
  private int batch;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    periods = periods(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), days, weeks, months);
    batch = count("periodsPerChunk", periodsPerChunk);
    if (batch == 0) {
      throw new IllegalArgumentException("periodsPerChunk must be at least 1");
    }
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  /** The next batch of periods (an {@code ArrayList<Period>}), or null after the last. */
  @Override
  public Object readItem() {
    if (next >= periods.size()) {
      return null;
    }
    int until = Math.min(periods.size(), next + batch);
    ArrayList<Period> items = new ArrayList<>(periods.subList(next, until));
    next = until;
    return items;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }

  /** The latest periods of each kind up to the one containing {@code today}, oldest first. */
  static List<Period> periods(LocalDate today, String days, String weeks, String months) {
    List<Period> periods = new ArrayList<>();
    add(periods, PeriodKind.DAY, today, count("days", days));
    add(periods, PeriodKind.WEEK, today, count("weeks", weeks));
    add(periods, PeriodKind.MONTH, today, count("months", months));
    return periods;
  }

  private static void add(List<Period> periods, PeriodKind kind, LocalDate today, int count) {
    Period current = Period.containing(kind, today);
    for (int back = count - 1; back >= 0; back--) {
      periods.add(current.previous(back));
    }
  }

  private static int count(String name, String value) {
    try {
      int count = Integer.parseInt(value.strip());
      if (count < 0 || count > 1000) {
        throw new IllegalArgumentException(name + " must be between 0 and 1000: " + value);
      }
      return count;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }
}
