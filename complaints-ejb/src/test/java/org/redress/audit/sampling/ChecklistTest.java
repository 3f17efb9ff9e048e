package org.redress.audit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.EventType;

class ChecklistTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant ACK_DUE = RECEIVED.plus(Duration.ofDays(2));
  private static final Instant RESPONSE_DUE = RECEIVED.plus(Duration.ofDays(10));
  private static final Set<EventType> WHOLE_TIMELINE =
      EnumSet.of(
          EventType.RECEIVED,
          EventType.ACKNOWLEDGED,
          EventType.ASSESSED,
          EventType.ASSIGNED,
          EventType.RESPONSE_PROPOSED,
          EventType.DECISION_COMMUNICATED,
          EventType.DECISION_ACCEPTED,
          EventType.CLOSED);

  /** A case handled by the book: accepted and closed as resolved, every deadline kept. */
  private static ChecklistFacts byTheBook() {
    return new ChecklistFacts(
        true,
        true,
        ACK_DUE,
        RECEIVED.plus(Duration.ofHours(3)),
        true,
        "handler",
        RESPONSE_DUE,
        RECEIVED.plus(Duration.ofDays(4)),
        Channel.EMAIL,
        ComplainantReply.ACCEPTED,
        0,
        null,
        false,
        ClosingOutcome.RESOLVED,
        false,
        false,
        RECEIVED.plus(Duration.ofDays(6)),
        WHOLE_TIMELINE);
  }

  @Test
  void aCaseHandledByTheBookConformsEverywhereAndRecourseDoesNotApply() {
    Map<ChecklistItem, Checklist.Computed> answers = Checklist.evaluate(byTheBook());
    assertThat(answers).hasSize(ChecklistItem.values().length);
    answers.forEach(
        (item, computed) ->
            assertThat(computed.verdict())
                .as(item.name())
                .isEqualTo(
                    item == ChecklistItem.RECOURSE_GIVEN_WHEN_REJECTED
                        ? Verdict.NOT_APPLICABLE
                        : Verdict.CONFORMS));
    assertThat(answers.get(ChecklistItem.ACKNOWLEDGED_IN_TIME).evidence())
        .isEqualTo("2026-03-02 12:00 UTC ≤ 2026-03-04 09:00 UTC");
  }

  @Test
  void aLateAcknowledgementAndALateResponseDoNotConform() {
    ChecklistFacts late =
        with(byTheBook(), RECEIVED.plus(Duration.ofDays(3)), RECEIVED.plus(Duration.ofDays(11)));
    Map<ChecklistItem, Checklist.Computed> answers = Checklist.evaluate(late);
    assertThat(answers.get(ChecklistItem.ACKNOWLEDGED_IN_TIME).verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(answers.get(ChecklistItem.ACKNOWLEDGED_IN_TIME).evidence()).contains(" > ");
    assertThat(answers.get(ChecklistItem.RESPONSE_WITHIN_DEADLINE).verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(answers.get(ChecklistItem.DECISION_COMMUNICATED).verdict())
        .isEqualTo(Verdict.CONFORMS);
  }

  @Test
  void aRejectedDecisionNeedsTheRecourseInformation() {
    ChecklistFacts withoutRecourse = rejected(false);
    assertThat(
            Checklist.evaluate(withoutRecourse)
                .get(ChecklistItem.RECOURSE_GIVEN_WHEN_REJECTED)
                .verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
    Map<ChecklistItem, Checklist.Computed> given = Checklist.evaluate(rejected(true));
    assertThat(given.get(ChecklistItem.RECOURSE_GIVEN_WHEN_REJECTED).verdict())
        .isEqualTo(Verdict.CONFORMS);
    assertThat(given.get(ChecklistItem.CLOSED_WITH_FEEDBACK).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(given.get(ChecklistItem.CLOSED_WITH_FEEDBACK).evidence())
        .isEqualTo("outcome OPTIONS_EXHAUSTED, reply REJECTED");
  }

  @Test
  void notAComplaintNeedsNoAssessmentInvestigationOrDecision() {
    ChecklistFacts f =
        new ChecklistFacts(
            true,
            true,
            ACK_DUE,
            RECEIVED.plus(Duration.ofHours(1)),
            false,
            null,
            RESPONSE_DUE,
            null,
            null,
            null,
            0,
            null,
            false,
            ClosingOutcome.NOT_A_COMPLAINT,
            true,
            false,
            RECEIVED.plus(Duration.ofDays(1)),
            EnumSet.of(EventType.RECEIVED, EventType.ACKNOWLEDGED, EventType.CLOSED));
    Map<ChecklistItem, Checklist.Computed> answers = Checklist.evaluate(f);
    for (ChecklistItem item :
        new ChecklistItem[] {
          ChecklistItem.ASSESSED,
          ChecklistItem.INVESTIGATED,
          ChecklistItem.RESPONSE_WITHIN_DEADLINE,
          ChecklistItem.DECISION_COMMUNICATED,
          ChecklistItem.CLOSED_WITH_FEEDBACK
        }) {
      assertThat(answers.get(item).verdict()).as(item.name()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
    assertThat(answers.get(ChecklistItem.ACKNOWLEDGED_IN_TIME).verdict())
        .isEqualTo(Verdict.CONFORMS);
  }

  @Test
  void missingStepsAndAnUnrecordedClosingDoNotConform() {
    ChecklistFacts f =
        new ChecklistFacts(
            false,
            true,
            ACK_DUE,
            null,
            false,
            null,
            RESPONSE_DUE,
            null,
            null,
            null,
            0,
            null,
            false,
            ClosingOutcome.NO_REPLY,
            false,
            false,
            RECEIVED.plus(Duration.ofDays(20)),
            EnumSet.of(EventType.RECEIVED));
    Map<ChecklistItem, Checklist.Computed> answers = Checklist.evaluate(f);
    assertThat(answers.get(ChecklistItem.RECORDED_COMPLETELY).verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(answers.get(ChecklistItem.TRACKED_TO_CLOSING).verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(answers.get(ChecklistItem.ACKNOWLEDGED_IN_TIME).evidence())
        .isEqualTo("not acknowledged; due 2026-03-04 09:00 UTC");
    assertThat(answers.get(ChecklistItem.ASSESSED).verdict()).isEqualTo(Verdict.DOES_NOT_CONFORM);
    assertThat(answers.get(ChecklistItem.CLOSED_WITH_FEEDBACK).verdict())
        .isEqualTo(Verdict.DOES_NOT_CONFORM);
  }

  @Test
  void everyItemNamesItsIso10002Clause() {
    for (ChecklistItem item : ChecklistItem.values()) {
      assertThat(item.clause().standard()).isEqualTo("ISO 10002");
      assertThat(item.clause().number()).startsWith("7.");
    }
  }

  private static ChecklistFacts rejected(boolean recourse) {
    ChecklistFacts b = byTheBook();
    return new ChecklistFacts(
        b.contactGiven(),
        b.described(),
        b.acknowledgementDueAt(),
        b.acknowledgedAt(),
        b.assessed(),
        b.assignee(),
        b.responseDueAt(),
        b.decisionCommunicatedAt(),
        b.decisionChannel(),
        ComplainantReply.REJECTED,
        1,
        null,
        recourse,
        ClosingOutcome.OPTIONS_EXHAUSTED,
        false,
        false,
        b.closedAt(),
        b.events());
  }

  private static ChecklistFacts with(ChecklistFacts b, Instant acknowledged, Instant decided) {
    return new ChecklistFacts(
        b.contactGiven(),
        b.described(),
        b.acknowledgementDueAt(),
        acknowledged,
        b.assessed(),
        b.assignee(),
        b.responseDueAt(),
        decided,
        b.decisionChannel(),
        b.complainantReply(),
        b.escalationCount(),
        b.externalBody(),
        b.recourseRecorded(),
        b.outcome(),
        b.closingReasonRecorded(),
        b.externalOutcomeRecorded(),
        b.closedAt(),
        b.events());
  }
}
