package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redress.complaint.AlertLevel;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Deadline;
import org.redress.complaint.EscalationTier;
import org.redress.complaint.HandlingStep;
import org.redress.complaint.PauseReason;
import org.redress.complaint.Priority;
import org.redress.complaint.command.ContactDetails;

/**
 * A whole case as staff see it: the complaint as received, its handling so far and its timeline.
 */
public record ComplaintDetails(
    String reference,
    String trackingCode,
    ComplaintStatus status,
    ClosingOutcome outcome,
    Channel channel,
    String category,
    ContactDetails complainant,
    ContactDetails representative,
    String productOrService,
    String orderReference,
    String lot,
    LocalDate occurredOn,
    String description,
    String remedySought,
    String immediateAction,
    List<String> personsComplainedAbout,
    Instant receivedAt,
    String receivedBy,
    Instant acknowledgementDueAt,
    Instant acknowledgedAt,
    Priority priority,
    AssessmentView assessment,
    String assignee,
    EscalationTier tier,
    Instant responseDueAt,
    boolean overdue,
    Instant resolutionDueAt,
    Instant pausedSince,
    PauseReason pauseReason,
    Deadline watchedDeadline,
    AlertLevel alertLevel,
    ResponseView response,
    DecisionView decision,
    ComplainantReply complainantReply,
    String complainantReplyComment,
    String recourseInformation,
    String externalBody,
    String externalReference,
    String externalOutcome,
    String closingReason,
    Instant closedAt,
    int reopenCount,
    String nonconformity,
    long version,
    List<HandlingStep> availableSteps,
    List<ClosingOutcome> availableOutcomes,
    List<EventView> events)
    implements Serializable {

  /**
   * @param masked true for callers who may not see personal data (auditors): the complainant's and
   *     representative's details are masked and the tracking code is left out
   * @param steps the steps this caller can take now
   */
  public static ComplaintDetails of(
      Complaint c, Instant now, boolean masked, List<HandlingStep> steps) {
    return new ComplaintDetails(
        c.reference(),
        masked ? null : c.trackingCode(),
        c.status(),
        c.outcome(),
        c.channel(),
        c.category() == null ? null : c.category().code(),
        PersonalData.of(c.complainant(), masked),
        PersonalData.of(c.representative(), masked),
        c.productOrService(),
        c.orderReference(),
        c.lot(),
        c.occurredOn(),
        c.description(),
        c.remedySought(),
        c.immediateAction(),
        c.personsComplainedAbout(),
        c.receivedAt(),
        c.receivedBy(),
        c.acknowledgementDueAt(),
        c.acknowledgedAt(),
        c.priority(),
        AssessmentView.of(c.assessment()),
        c.assignee(),
        c.tier(),
        c.responseDueAt(),
        c.isOverdue(now),
        c.resolutionDueAt(),
        c.pausedSince(),
        c.pauseReason(),
        c.watchedDeadline(),
        c.alertLevel(),
        ResponseView.of(c.response()),
        c.decisionCommunicatedAt() == null
            ? null
            : new DecisionView(
                c.decisionChannel(), c.decisionMessage(), c.decisionCommunicatedAt()),
        c.complainantReply(),
        c.complainantReplyComment(),
        c.recourseInformation(),
        c.externalBody(),
        c.externalReference(),
        c.externalOutcome(),
        c.closingReason(),
        c.closedAt(),
        c.reopenCount(),
        c.nonconformityReference(),
        c.version(),
        steps,
        steps.contains(HandlingStep.CLOSE) ? c.availableOutcomes() : List.of(),
        c.events().stream().map(e -> EventView.of(e, masked)).toList());
  }
}
