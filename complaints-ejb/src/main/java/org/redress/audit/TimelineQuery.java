package org.redress.audit;

import java.time.Instant;
import java.util.List;

/**
 * Which entries of the combined timeline to read, newest first: any of period, process, ISO clause,
 * user and record. For a drill-down into one part of a record, {@code changedField} keeps the
 * entries that changed that field (e.g. {@code action.2} of a nonconformity) and {@code actions}
 * those with one of the actions (e.g. the effectiveness check's). {@code cursor} continues after
 * the last entry of a previous page.
 */
public record TimelineQuery(
    Instant from,
    Instant to,
    AuditProcess process,
    IsoClause clause,
    String actor,
    String recordType,
    String recordKey,
    String changedField,
    List<String> actions,
    TimelineCursor cursor,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  /** The entries of one record, newest first. */
  public static TimelineQuery record(String recordType, String recordKey, int limit) {
    return new TimelineQuery(
        null, null, null, null, null, recordType, recordKey, null, null, null, limit);
  }

  /** The same filters, continuing after {@code next}. */
  public TimelineQuery after(TimelineCursor next) {
    return new TimelineQuery(
        from,
        to,
        process,
        clause,
        actor,
        recordType,
        recordKey,
        changedField,
        actions,
        next,
        limit);
  }

  public TimelineQuery withLimit(int newLimit) {
    return new TimelineQuery(
        from,
        to,
        process,
        clause,
        actor,
        recordType,
        recordKey,
        changedField,
        actions,
        cursor,
        newLimit);
  }
}
