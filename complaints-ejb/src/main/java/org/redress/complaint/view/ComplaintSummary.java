package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Priority;

/** One row of the inbox or of an API list. */
public record ComplaintSummary(
    String reference,
    ComplaintStatus status,
    ClosingOutcome outcome,
    Priority priority,
    String category,
    Channel channel,
    String complainantName,
    String productOrService,
    String assignee,
    Instant receivedAt,
    Instant responseDueAt,
    boolean overdue)
    implements Serializable {

  public static ComplaintSummary of(Complaint c, Instant now, boolean masked) {
    return new ComplaintSummary(
        c.reference(),
        c.status(),
        c.outcome(),
        c.priority(),
        c.category() == null ? null : c.category().code(),
        c.channel(),
        masked ? PersonalData.initials(c.complainant().name()) : c.complainant().name(),
        c.productOrService(),
        c.assignee(),
        c.receivedAt(),
        c.responseDueAt(),
        c.isOverdue(now));
  }
}
