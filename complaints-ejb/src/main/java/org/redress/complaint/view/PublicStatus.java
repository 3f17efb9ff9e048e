package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;

/**
 * What the complainant sees with the reference and tracking code (ISO 10002 7.3): the stage and its
 * dates, the decision communicated to them and the recourse they were told of. No personal data and
 * no internal notes.
 */
public record PublicStatus(
    String reference,
    ComplaintStatus stage,
    Instant receivedAt,
    Instant acknowledgedAt,
    Instant responseDueAt,
    Instant decisionCommunicatedAt,
    String decision,
    boolean awaitingYourReply,
    ComplainantReply yourReply,
    String recourseInformation,
    Instant closedAt,
    ClosingOutcome outcome)
    implements Serializable {

  public static PublicStatus of(Complaint c) {
    return new PublicStatus(
        c.reference(),
        c.status(),
        c.receivedAt(),
        c.acknowledgedAt(),
        c.status().awaitsResponse() ? c.responseDueAt() : null,
        c.decisionCommunicatedAt(),
        c.decisionCommunicatedAt() == null ? null : c.decisionMessage(),
        c.status() == ComplaintStatus.DECISION_COMMUNICATED && c.complainantReply() == null,
        c.complainantReply(),
        c.recourseInformation(),
        c.closedAt(),
        c.outcome());
  }
}
