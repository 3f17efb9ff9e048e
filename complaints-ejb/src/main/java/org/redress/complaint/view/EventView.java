package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EventType;

/** One entry of a case's timeline. */
public record EventView(
    int number,
    EventType type,
    String actor,
    Instant occurredAt,
    ComplaintStatus fromStatus,
    ComplaintStatus toStatus,
    String details)
    implements Serializable {

  public static EventView of(ComplaintEvent e) {
    return new EventView(
        e.number(), e.type(), e.actor(), e.occurredAt(), e.fromStatus(), e.toStatus(), e.details());
  }

  /**
   * For callers who may not see personal data (auditors): a mail or information received keeps its
   * place in the timeline, without its sender and its text; a satisfaction rating keeps its scores
   * (the first line), without the complainant's comment.
   */
  public static EventView of(ComplaintEvent e, boolean masked) {
    if (masked && e.type() == EventType.SATISFACTION_RATED && e.details() != null) {
      return new EventView(
          e.number(),
          e.type(),
          e.actor(),
          e.occurredAt(),
          e.fromStatus(),
          e.toStatus(),
          e.details().lines().findFirst().orElse(""));
    }
    if (masked
        && (e.type() == EventType.CORRESPONDENCE_RECEIVED
            || e.type() == EventType.INFORMATION_RECEIVED)) {
      return new EventView(
          e.number(), e.type(), "***", e.occurredAt(), e.fromStatus(), e.toStatus(), null);
    }
    return of(e);
  }
}
