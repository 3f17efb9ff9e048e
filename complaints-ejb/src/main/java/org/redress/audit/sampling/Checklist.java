package org.redress.audit.sampling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.EventType;

/**
 * Answers the audit checklist from a complaint's record, item by item, with the evidence the answer
 * rests on (dates, outcomes; the same in every language). A case closed as "not a complaint" needs
 * no assessment, investigation or decision, so those items do not apply to it. Where the record
 * cannot settle an item, the verdict is left to the auditor (null).
 */
public final class Checklist {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Checklist() {}

  /** What the record says about one item: a verdict (or null) and the evidence behind it. */
  public record Computed(Verdict verdict, String evidence) {}

  public static Map<ChecklistItem, Computed> evaluate(ChecklistFacts f) {
    Map<ChecklistItem, Computed> answers = new EnumMap<>(ChecklistItem.class);
    boolean notAComplaint = f.outcome() == ClosingOutcome.NOT_A_COMPLAINT;

    answers.put(
        ChecklistItem.RECORDED_COMPLETELY,
        new Computed(
            f.contactGiven() && f.described() ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM,
            (f.contactGiven() ? "contact details" : "no contact details")
                + ", "
                + (f.described() ? "description" : "no description")));

    boolean received = f.events().contains(EventType.RECEIVED);
    boolean finished =
        f.events().contains(EventType.CLOSED) || f.events().contains(EventType.WITHDRAWN);
    answers.put(
        ChecklistItem.TRACKED_TO_CLOSING,
        new Computed(
            received && finished ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM,
            f.events().size() + " kinds of event, " + (finished ? "closing" : "no closing")));

    if (f.acknowledgedAt() == null) {
      answers.put(
          ChecklistItem.ACKNOWLEDGED_IN_TIME,
          new Computed(
              Verdict.DOES_NOT_CONFORM, "not acknowledged; due " + time(f.acknowledgementDueAt())));
    } else {
      boolean inTime = !f.acknowledgedAt().isAfter(f.acknowledgementDueAt());
      answers.put(
          ChecklistItem.ACKNOWLEDGED_IN_TIME,
          new Computed(
              inTime ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM,
              time(f.acknowledgedAt())
                  + (inTime ? " ≤ " : " > ")
                  + time(f.acknowledgementDueAt())));
    }

    answers.put(
        ChecklistItem.ASSESSED,
        f.assessed()
            ? new Computed(Verdict.CONFORMS, "priority set")
            : notApplicableOr(notAComplaint, "not assessed"));

    answers.put(
        ChecklistItem.INVESTIGATED,
        f.assignee() != null
            ? new Computed(Verdict.CONFORMS, "assigned to " + f.assignee())
            : notApplicableOr(notAComplaint, "never assigned"));

    if (f.decisionCommunicatedAt() == null) {
      answers.put(
          ChecklistItem.RESPONSE_WITHIN_DEADLINE,
          notApplicableOr(notAComplaint, "no response; due " + time(f.responseDueAt())));
      answers.put(
          ChecklistItem.DECISION_COMMUNICATED,
          notApplicableOr(notAComplaint, "no decision communicated"));
    } else {
      boolean inTime = !f.decisionCommunicatedAt().isAfter(f.responseDueAt());
      answers.put(
          ChecklistItem.RESPONSE_WITHIN_DEADLINE,
          new Computed(
              inTime ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM,
              time(f.decisionCommunicatedAt())
                  + (inTime ? " ≤ " : " > ")
                  + time(f.responseDueAt())));
      answers.put(
          ChecklistItem.DECISION_COMMUNICATED,
          f.decisionChannel() != null
              ? new Computed(
                  Verdict.CONFORMS, time(f.decisionCommunicatedAt()) + ", " + f.decisionChannel())
              : new Computed(Verdict.DOES_NOT_CONFORM, "no channel recorded"));
    }

    boolean rejected =
        f.complainantReply() == ComplainantReply.REJECTED
            || f.escalationCount() > 0
            || f.externalBody() != null
            || f.outcome() == ClosingOutcome.OPTIONS_EXHAUSTED;
    answers.put(
        ChecklistItem.RECOURSE_GIVEN_WHEN_REJECTED,
        !rejected
            ? new Computed(Verdict.NOT_APPLICABLE, "decision not rejected")
            : new Computed(
                f.recourseRecorded() ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM,
                "rejected; " + (f.recourseRecorded() ? "recourse recorded" : "no recourse")));

    answers.put(ChecklistItem.CLOSED_WITH_FEEDBACK, closing(f));
    return answers;
  }

  private static Computed closing(ChecklistFacts f) {
    if (f.outcome() == null) {
      return new Computed(Verdict.DOES_NOT_CONFORM, "not closed");
    }
    String outcome = "outcome " + f.outcome();
    return switch (f.outcome()) {
      case RESOLVED ->
          f.complainantReply() == ComplainantReply.ACCEPTED
              ? new Computed(Verdict.CONFORMS, outcome + ", accepted")
              : new Computed(Verdict.DOES_NOT_CONFORM, outcome + ", no acceptance");
      case OPTIONS_EXHAUSTED ->
          f.complainantReply() != null
              ? new Computed(Verdict.CONFORMS, outcome + ", reply " + f.complainantReply())
              : new Computed(Verdict.DOES_NOT_CONFORM, outcome + ", no reply recorded");
      case NO_REPLY ->
          f.closingReasonRecorded()
              ? new Computed(Verdict.CONFORMS, outcome + ", reason recorded")
              : new Computed(Verdict.DOES_NOT_CONFORM, outcome + ", no reason");
      case EXTERNAL_DECISION ->
          f.externalOutcomeRecorded()
              ? new Computed(Verdict.CONFORMS, outcome + ", external outcome recorded")
              : new Computed(Verdict.DOES_NOT_CONFORM, outcome + ", no external outcome");
      case NOT_A_COMPLAINT, WITHDRAWN -> new Computed(Verdict.NOT_APPLICABLE, outcome);
    };
  }

  private static Computed notApplicableOr(boolean notAComplaint, String evidence) {
    return notAComplaint
        ? new Computed(Verdict.NOT_APPLICABLE, "closed as not a complaint")
        : new Computed(Verdict.DOES_NOT_CONFORM, evidence);
  }

  private static String time(Instant instant) {
    return instant == null ? "–" : TIME.format(instant);
  }
}
