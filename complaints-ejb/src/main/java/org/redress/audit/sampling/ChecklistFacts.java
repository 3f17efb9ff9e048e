package org.redress.audit.sampling;

import java.time.Instant;
import java.util.Set;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintEvent;
import org.redress.complaint.EventType;
import org.redress.complaint.Party;

/**
 * What the checklist reads from a complaint's record; a snapshot, so the rules test without JPA.
 */
public record ChecklistFacts(
    boolean contactGiven,
    boolean described,
    Instant acknowledgementDueAt,
    Instant acknowledgedAt,
    boolean assessed,
    String assignee,
    Instant responseDueAt,
    Instant decisionCommunicatedAt,
    Channel decisionChannel,
    ComplainantReply complainantReply,
    int escalationCount,
    String externalBody,
    boolean recourseRecorded,
    ClosingOutcome outcome,
    boolean closingReasonRecorded,
    boolean externalOutcomeRecorded,
    Instant closedAt,
    Set<EventType> events) {

  public static ChecklistFacts of(Complaint c) {
    boolean contact = reachable(c.complainant()) || reachable(c.representative());
    java.util.EnumSet<EventType> types = java.util.EnumSet.noneOf(EventType.class);
    for (ComplaintEvent event : c.events()) {
      types.add(event.type());
    }
    return new ChecklistFacts(
        contact,
        present(c.description()),
        c.acknowledgementDueAt(),
        c.acknowledgedAt(),
        c.priority() != null,
        c.assignee(),
        c.responseDueAt(),
        c.decisionCommunicatedAt(),
        c.decisionChannel(),
        c.complainantReply(),
        c.escalationCount(),
        c.externalBody(),
        present(c.recourseInformation()),
        c.outcome(),
        present(c.closingReason()),
        present(c.externalOutcome()),
        c.closedAt(),
        types);
  }

  private static boolean reachable(Party party) {
    return party != null
        && (present(party.email()) || present(party.phone()) || present(party.address()));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
