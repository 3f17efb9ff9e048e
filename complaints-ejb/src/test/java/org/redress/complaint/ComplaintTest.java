package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.complaint.ComplaintFixture.ACKNOWLEDGED_AT;
import static org.redress.complaint.ComplaintFixture.ASSESSED_AT;
import static org.redress.complaint.ComplaintFixture.ASSIGNED_AT;
import static org.redress.complaint.ComplaintFixture.CLOSED_AT;
import static org.redress.complaint.ComplaintFixture.COMMUNICATED_AT;
import static org.redress.complaint.ComplaintFixture.COMPLAINANT;
import static org.redress.complaint.ComplaintFixture.CRITICAL_DAYS;
import static org.redress.complaint.ComplaintFixture.ESCALATED_AT;
import static org.redress.complaint.ComplaintFixture.HANDLER;
import static org.redress.complaint.ComplaintFixture.HIGH_DAYS;
import static org.redress.complaint.ComplaintFixture.MANAGER;
import static org.redress.complaint.ComplaintFixture.MEDIUM_DAYS;
import static org.redress.complaint.ComplaintFixture.OFFICER;
import static org.redress.complaint.ComplaintFixture.PERSON_COMPLAINED_ABOUT;
import static org.redress.complaint.ComplaintFixture.PROPOSED_AT;
import static org.redress.complaint.ComplaintFixture.RECEIVED_AT;
import static org.redress.complaint.ComplaintFixture.RECEIVER;
import static org.redress.complaint.ComplaintFixture.REFERENCE;
import static org.redress.complaint.ComplaintFixture.REFERRED_AT;
import static org.redress.complaint.ComplaintFixture.REOPEN_WINDOW_DAYS;
import static org.redress.complaint.ComplaintFixture.REPLIED_AT;
import static org.redress.complaint.ComplaintFixture.TRACKING_CODE;
import static org.redress.complaint.ComplaintFixture.aComplaint;
import static org.redress.complaint.ComplaintFixture.assessment;
import static org.redress.complaint.ComplaintFixture.daysAfterReceipt;
import static org.redress.complaint.ComplaintFixture.largeCompensation;
import static org.redress.complaint.ComplaintFixture.levels;
import static org.redress.complaint.ComplaintFixture.matrix;
import static org.redress.complaint.ComplaintFixture.policy;
import static org.redress.complaint.ComplaintFixture.smallRefund;
import static org.redress.complaint.ComplaintFixture.standardAssessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Reopen;
import org.redress.complaint.command.RequestInformation;
import org.redress.complaint.command.Withdraw;
import org.redress.platform.FieldError;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RuleViolationException;

/**
 * The complaint aggregate: every move of the ISO 10002 process, what it records, and every move the
 * current state does not allow.
 */
class ComplaintTest {

  /** When the moves of the systematic tests happen: after every stage of the fixture. */
  static final Instant MOVE_AT = daysAfterReceipt(12);

  @Nested
  class Receiving {

    @Test
    void aNewComplaintIsReceivedWithBothDeadlinesRunning() {
      Complaint c = aComplaint().received();

      assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
      assertThat(c.reference()).isEqualTo(REFERENCE);
      assertThat(c.trackingCode()).isEqualTo(TRACKING_CODE);
      assertThat(c.receivedAt()).isEqualTo(RECEIVED_AT);
      assertThat(c.receivedBy()).isEqualTo(RECEIVER);
      assertThat(c.acknowledgementDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(2)));
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(MEDIUM_DAYS)));
      assertThat(c.tier()).isEqualTo(EscalationTier.FRONT_LINE);
      assertThat(c.priority()).isNull();
      assertThat(c.assessment()).isNull();
      assertThat(c.assignee()).isNull();
      assertThat(c.outcome()).isNull();
      assertThat(c.reopenCount()).isZero();
      assertThat(c.escalationCount()).isZero();
    }

    @Test
    void receivingRecordsTheFirstEvent() {
      Complaint c = aComplaint().via(Channel.PHONE).received();

      assertThat(c.events()).hasSize(1);
      ComplaintEvent first = c.events().get(0);
      assertThat(first.number()).isEqualTo(1);
      assertThat(first.type()).isEqualTo(EventType.RECEIVED);
      assertThat(first.fromStatus()).isNull();
      assertThat(first.toStatus()).isEqualTo(ComplaintStatus.RECEIVED);
      assertThat(first.actor()).isEqualTo(RECEIVER);
      assertThat(first.occurredAt()).isEqualTo(RECEIVED_AT);
      assertThat(first.details()).isEqualTo("Received by PHONE");
    }

    @Test
    void receivingKeepsWhatTheComplainantToldUs() {
      Complaint c = aComplaint().about(" Sam Seller ", "", "Pete Packer").received();

      assertThat(c.channel()).isEqualTo(Channel.WEB);
      assertThat(c.complainant().name()).isEqualTo("Clara Complainant");
      assertThat(c.complainant().preferredContact()).isEqualTo(ContactMethod.EMAIL);
      assertThat(c.representative()).isNull();
      assertThat(c.productOrService()).isEqualTo("Espresso machine EM-200");
      assertThat(c.description()).startsWith("The machine leaks");
      assertThat(c.personsComplainedAbout()).containsExactly("Sam Seller", "Pete Packer");
    }

    @Test
    void anOpenCaseIsOverdueOnlyAfterItsResponseDeadline() {
      Complaint c = aComplaint().received();

      assertThat(c.isOverdue(daysAfterReceipt(MEDIUM_DAYS))).isFalse();
      assertThat(c.isOverdue(daysAfterReceipt(MEDIUM_DAYS).plusSeconds(1))).isTrue();
    }
  }

  @Nested
  class Acknowledging {

    @Test
    void acknowledgingMovesToAcknowledgedAndRecordsHowAndWhen() {
      Complaint c = aComplaint().received();

      c.acknowledge(new Acknowledge(Channel.PHONE, " Called back "), HANDLER, ACKNOWLEDGED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
      assertThat(c.acknowledgedAt()).isEqualTo(ACKNOWLEDGED_AT);
      assertEvent(
          last(c),
          2,
          EventType.ACKNOWLEDGED,
          ComplaintStatus.RECEIVED,
          ComplaintStatus.ACKNOWLEDGED);
      assertThat(last(c).actor()).isEqualTo(HANDLER);
      assertThat(last(c).occurredAt()).isEqualTo(ACKNOWLEDGED_AT);
      assertThat(last(c).details()).isEqualTo("Acknowledged by PHONE: Called back");
    }

    @Test
    void withoutAChannelTheComplainantsPreferredContactIsRecorded() {
      ContactDetails phoneOnly =
          new ContactDetails("Paul Phone", null, "+41 79 000 00 00", null, null, null, null);
      Complaint c = aComplaint().from(phoneOnly).received();

      c.acknowledge(new Acknowledge(null, null), HANDLER, ACKNOWLEDGED_AT);

      assertThat(last(c).details()).isEqualTo("Acknowledged by PHONE");
    }

    @Test
    void anAcknowledgementAfterTheDeadlineIsMarkedLate() {
      Complaint onTime = aComplaint().received();
      Complaint late = aComplaint().received();

      onTime.acknowledge(new Acknowledge(Channel.EMAIL, null), HANDLER, daysAfterReceipt(2));
      late.acknowledge(
          new Acknowledge(Channel.EMAIL, null), HANDLER, daysAfterReceipt(2).plusSeconds(1));

      assertThat(onTime.events().get(1).details()).isEqualTo("Acknowledged by EMAIL");
      assertThat(late.events().get(1).details()).isEqualTo("Acknowledged by EMAIL (late)");
    }
  }

  @Nested
  class Assessing {

    @Test
    void theAssessmentSetsPriorityAndResponseDeadlineFromTheMatrix() {
      Complaint c = aComplaint().acknowledged();

      c.assess(standardAssessment(), matrix(), levels(), HANDLER, ASSESSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ASSESSED);
      assertThat(c.priority()).isEqualTo(Priority.HIGH);
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(HIGH_DAYS)));
      assertThat(c.assessment().severity()).isEqualTo(Severity.MEDIUM);
      assertThat(c.assessment().impact()).isEqualTo(Impact.HIGH);
      assertThat(c.assessment().complexity()).isEqualTo(Complexity.MEDIUM);
      assertThat(c.assessment().safetyImplication()).isFalse();
      assertThat(c.assessment().assessedBy()).isEqualTo(HANDLER);
      assertThat(c.assessment().assessedAt()).isEqualTo(ASSESSED_AT);
      assertEvent(
          last(c), 3, EventType.ASSESSED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.ASSESSED);
      assertThat(last(c).details())
          .startsWith("Severity MEDIUM, impact HIGH, complexity MEDIUM, safety implication no")
          .contains("priority HIGH");
    }

    @ParameterizedTest(name = "severity {0} with impact {1} gives {2}, due after {3} days")
    @CsvSource({
      "LOW,      LOW,    LOW,      40",
      "LOW,      MEDIUM, LOW,      40",
      "LOW,      HIGH,   MEDIUM,   20",
      "MEDIUM,   LOW,    LOW,      40",
      "MEDIUM,   MEDIUM, MEDIUM,   20",
      "MEDIUM,   HIGH,   HIGH,     10",
      "HIGH,     LOW,    MEDIUM,   20",
      "HIGH,     MEDIUM, HIGH,     10",
      "HIGH,     HIGH,   CRITICAL,  5",
      "CRITICAL, LOW,    HIGH,     10",
      "CRITICAL, MEDIUM, CRITICAL,  5",
      "CRITICAL, HIGH,   CRITICAL,  5"
    })
    void everyCellOfTheMatrixDecidesPriorityAndDeadline(
        Severity severity, Impact impact, Priority expected, int days) {
      Complaint c = aComplaint().acknowledged();

      c.assess(assessment(severity, impact, false), matrix(), levels(), HANDLER, ASSESSED_AT);

      assertThat(c.priority()).isEqualTo(expected);
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(days)));
    }

    @Test
    void aSafetyImplicationMakesAnyComplaintCritical() {
      Complaint c = aComplaint().acknowledged();

      c.assess(
          assessment(Severity.LOW, Impact.LOW, true), matrix(), levels(), HANDLER, ASSESSED_AT);

      assertThat(c.priority()).isEqualTo(Priority.CRITICAL);
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(CRITICAL_DAYS)));
      assertThat(c.assessment().safetyImplication()).isTrue();
      assertThat(last(c).details())
          .contains("safety implication yes")
          .contains("priority CRITICAL");
    }

    @Test
    void aReassessmentDuringTheInvestigationKeepsTheStatusAndMovesTheDeadlineFromReceipt() {
      Complaint c = aComplaint().underInvestigation();
      int eventsBefore = c.events().size();
      Instant reassessedAt = daysAfterReceipt(6);

      c.assess(
          assessment(Severity.LOW, Impact.LOW, false), matrix(), levels(), OFFICER, reassessedAt);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.priority()).isEqualTo(Priority.LOW);
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(40)));
      assertThat(c.assessment().assessedBy()).isEqualTo(OFFICER);
      assertThat(c.assessment().assessedAt()).isEqualTo(reassessedAt);
      assertThat(c.assignee()).isEqualTo(HANDLER);
      assertEvent(
          last(c),
          eventsBefore + 1,
          EventType.ASSESSED,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.UNDER_INVESTIGATION);
    }

    @Test
    void aReassessmentBeforeTheInvestigationStaysAssessed() {
      Complaint c = aComplaint().assessed();

      c.assess(
          assessment(Severity.CRITICAL, Impact.HIGH, false), matrix(), levels(), HANDLER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ASSESSED);
      assertThat(c.priority()).isEqualTo(Priority.CRITICAL);
      assertEvent(
          last(c), 4, EventType.ASSESSED, ComplaintStatus.ASSESSED, ComplaintStatus.ASSESSED);
    }

    @Test
    void theAssessmentAddsPersonsComplainedAboutToThoseAlreadyNamed() {
      Complaint c = aComplaint().acknowledged();
      Assess naming =
          new Assess(
              Severity.LOW,
              false,
              Complexity.LOW,
              Impact.LOW,
              false,
              null,
              null,
              null,
              List.of("Pete Packer", PERSON_COMPLAINED_ABOUT));

      c.assess(naming, matrix(), levels(), HANDLER, ASSESSED_AT);

      assertThat(c.personsComplainedAbout())
          .containsExactly(PERSON_COMPLAINED_ABOUT, "Pete Packer");
    }

    @Test
    void immediateActionNeededMustSayWhetherItIsPossible() {
      Complaint c = aComplaint().acknowledged();
      Assess unanswered =
          new Assess(
              Severity.HIGH, false, Complexity.LOW, Impact.LOW, true, null, null, null, List.of());

      assertRefusedAsInvalid(
          c,
          () -> c.assess(unanswered, matrix(), levels(), HANDLER, ASSESSED_AT),
          "immediateActionPossible");
      assertThat(c.assessment()).isNull();
      assertThat(c.priority()).isNull();
    }
  }

  @Nested
  class Assigning {

    @Test
    void assigningAnAssessedCaseStartsTheInvestigation() {
      Complaint c = aComplaint().assessed();

      c.assign(new Assign(" " + HANDLER + " ", "Please look into it"), MANAGER, ASSIGNED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.assignee()).isEqualTo(HANDLER);
      assertEvent(
          last(c),
          4,
          EventType.ASSIGNED,
          ComplaintStatus.ASSESSED,
          ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(last(c).actor()).isEqualTo(MANAGER);
      assertThat(last(c).details()).isEqualTo("Assigned to hugo.handler: Please look into it");
    }

    @Test
    void reassigningDuringTheInvestigationKeepsTheStatus() {
      Complaint c = aComplaint().underInvestigation();

      c.assign(new Assign(OFFICER, null), MANAGER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.assignee()).isEqualTo(OFFICER);
      assertEvent(
          last(c),
          5,
          EventType.ASSIGNED,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(last(c).details()).isEqualTo("Assigned to olga.officer");
    }

    @Test
    void assigningBeforeTheAssessmentOnlyNamesTheHandler() {
      Complaint c = aComplaint().received();

      c.assign(new Assign(HANDLER, null), MANAGER, ASSIGNED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
      assertThat(c.assignee()).isEqualTo(HANDLER);
      assertEvent(
          last(c), 2, EventType.ASSIGNED, ComplaintStatus.RECEIVED, ComplaintStatus.RECEIVED);
    }

    @ParameterizedTest(name = "\"{0}\" cannot handle a complaint about Sam Seller")
    @ValueSource(strings = {"Sam Seller", "sam seller", "SAM SELLER", "  Sam Seller  "})
    void aPersonTheComplaintIsAboutCannotHandleIt(String assignee) {
      Complaint c = aComplaint().assessed();

      assertRefusedByRule(
          c,
          () -> c.assign(new Assign(assignee, null), MANAGER, ASSIGNED_AT),
          "conflict-of-interest");
      assertThat(c.status()).isEqualTo(ComplaintStatus.ASSESSED);
      assertThat(c.assignee()).isNull();
    }

    @Test
    void aPersonNamedAtTheAssessmentCannotHandleItEither() {
      Complaint c = aComplaint().acknowledged();
      c.assess(
          new Assess(
              Severity.LOW,
              false,
              Complexity.LOW,
              Impact.LOW,
              false,
              null,
              null,
              null,
              List.of("pete.packer")),
          matrix(),
          levels(),
          HANDLER,
          ASSESSED_AT);

      assertRefusedByRule(
          c,
          () -> c.assign(new Assign("Pete.Packer", null), MANAGER, ASSIGNED_AT),
          "conflict-of-interest");
    }
  }

  @Nested
  class Investigating {

    @Test
    void aNoteIsKeptOnTheTimelineWithoutChangingTheStatus() {
      Complaint c = aComplaint().underInvestigation();

      c.addInvestigationNote(
          new AddInvestigationNote("Seal of batch 7 is faulty"), HANDLER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertEvent(
          last(c),
          5,
          EventType.INVESTIGATION_NOTE,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(last(c).details()).isEqualTo("Seal of batch 7 is faulty");
      assertThat(last(c).actor()).isEqualTo(HANDLER);
    }
  }

  @Nested
  class ProposingAResponse {

    @Test
    void aRemedyBelowTheThresholdNeedsNoApproval() {
      Complaint c = aComplaint().underInvestigation();

      c.proposeResponse(smallRefund(), policy(), levels(), HANDLER, PROPOSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONSE_PROPOSED);
      ProposedResponse response = c.response();
      assertThat(response.remedyType()).isEqualTo(RemedyType.REFUND);
      assertThat(response.summary()).isEqualTo("Refund of the purchase price");
      assertThat(response.amount()).isEqualByComparingTo("120.00");
      assertThat(response.currency()).isEqualTo("EUR");
      assertThat(response.approvalRequired()).isFalse();
      assertThat(response.isCleared()).isTrue();
      assertThat(response.proposedBy()).isEqualTo(HANDLER);
      assertThat(response.proposedAt()).isEqualTo(PROPOSED_AT);
      assertEvent(
          last(c),
          5,
          EventType.RESPONSE_PROPOSED,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(last(c).details()).isEqualTo("REFUND 120.00 EUR: Refund of the purchase price");
    }

    @Test
    void aRemedyOfExactlyTheThresholdNeedsNoApproval() {
      Complaint c = aComplaint().underInvestigation();

      c.proposeResponse(
          new ProposeResponse(RemedyType.REFUND, "Full refund", new BigDecimal("500.00"), "EUR"),
          policy(),
          levels(),
          HANDLER,
          PROPOSED_AT);

      assertThat(c.response().approvalRequired()).isFalse();
    }

    @Test
    void aRemedyWithoutAnAmountNeedsNoApproval() {
      Complaint c = aComplaint().underInvestigation();

      c.proposeResponse(
          new ProposeResponse(RemedyType.APOLOGY, "We apologise", null, null),
          policy(),
          levels(),
          HANDLER,
          PROPOSED_AT);

      assertThat(c.response().approvalRequired()).isFalse();
      assertThat(last(c).details()).isEqualTo("APOLOGY: We apologise");
    }

    @Test
    void aRemedyAboveTheThresholdNeedsAManagersApproval() {
      Complaint c = aComplaint().underInvestigation();

      c.proposeResponse(largeCompensation(), policy(), levels(), HANDLER, PROPOSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(c.response().approvalRequired()).isTrue();
      assertThat(c.response().isAwaitingApproval()).isTrue();
      assertThat(last(c).details())
          .isEqualTo(
              "COMPENSATION 500.01 EUR (needs a manager's approval): Compensation for the water"
                  + " damage");
    }

    @Test
    void anAmountNeedsACurrency() {
      Complaint c = aComplaint().underInvestigation();
      ProposeResponse noCurrency =
          new ProposeResponse(RemedyType.REFUND, "Refund", new BigDecimal("10.00"), null);

      assertRefusedAsInvalid(
          c,
          () -> c.proposeResponse(noCurrency, policy(), levels(), HANDLER, PROPOSED_AT),
          "currency");
      assertThat(c.response()).isNull();
    }

    @Test
    void proposingAgainReplacesTheProposal() {
      Complaint c = aComplaint().awaitingApproval();

      c.proposeResponse(smallRefund(), policy(), levels(), HANDLER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(c.response().remedyType()).isEqualTo(RemedyType.REFUND);
      assertThat(c.response().isCleared()).isTrue();
      assertEvent(
          last(c),
          6,
          EventType.RESPONSE_PROPOSED,
          ComplaintStatus.RESPONSE_PROPOSED,
          ComplaintStatus.RESPONSE_PROPOSED);
    }
  }

  @Nested
  class ApprovingAResponse {

    @Test
    void aResponseAwaitingApprovalCannotBeCommunicated() {
      Complaint c = aComplaint().awaitingApproval();

      assertRefusedByRule(
          c,
          () ->
              c.communicateDecision(new CommunicateDecision(Channel.EMAIL, null), HANDLER, MOVE_AT),
          "approval-required");
      assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(c.decisionCommunicatedAt()).isNull();
    }

    @ParameterizedTest(name = "{0} cannot approve a proposal by hugo.handler")
    @ValueSource(strings = {HANDLER, "Hugo.Handler"})
    void nobodyApprovesTheirOwnProposal(String approver) {
      Complaint c = aComplaint().awaitingApproval();

      assertRefusedByRule(
          c,
          () -> c.decideApproval(new DecideApproval(true, null), approver, MOVE_AT),
          "four-eyes");
      assertThat(c.response().approvedBy()).isNull();
      assertThat(c.response().isAwaitingApproval()).isTrue();
    }

    @Test
    void anotherPersonsApprovalClearsTheResponseForTheDecision() {
      Complaint c = aComplaint().awaitingApproval();

      c.decideApproval(new DecideApproval(true, "Justified"), MANAGER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(c.response().approvedBy()).isEqualTo(MANAGER);
      assertThat(c.response().approvedAt()).isEqualTo(MOVE_AT);
      assertThat(c.response().isCleared()).isTrue();
      assertEvent(
          last(c),
          6,
          EventType.RESPONSE_APPROVED,
          ComplaintStatus.RESPONSE_PROPOSED,
          ComplaintStatus.RESPONSE_PROPOSED);
      assertThat(last(c).details()).isEqualTo("Approved: Justified");

      c.communicateDecision(
          new CommunicateDecision(Channel.POST, null), HANDLER, MOVE_AT.plusSeconds(60));

      assertThat(c.status()).isEqualTo(ComplaintStatus.DECISION_COMMUNICATED);
    }

    @Test
    void returningTheResponseReopensTheInvestigationAndDropsTheProposal() {
      Complaint c = aComplaint().awaitingApproval();

      c.decideApproval(new DecideApproval(false, "Too generous"), MANAGER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.response()).isNull();
      assertEvent(
          last(c),
          6,
          EventType.RESPONSE_RETURNED,
          ComplaintStatus.RESPONSE_PROPOSED,
          ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(last(c).details()).isEqualTo("Returned to the investigation: Too generous");
    }

    @Test
    void aResponseBelowTheThresholdIsNotWaitingForAnApproval() {
      Complaint c = aComplaint().responseProposed();

      assertRefusedAsIllegal(
          c, () -> c.decideApproval(new DecideApproval(true, null), MANAGER, MOVE_AT));
    }

    @Test
    void anApprovedResponseIsNotApprovedTwice() {
      Complaint c = aComplaint().approved();

      assertRefusedAsIllegal(
          c, () -> c.decideApproval(new DecideApproval(true, null), OFFICER, MOVE_AT));
    }
  }

  @Nested
  class CommunicatingTheDecision {

    @Test
    void theDecisionIsRecordedWithItsChannelAndMessage() {
      Complaint c = aComplaint().responseProposed();

      c.communicateDecision(
          new CommunicateDecision(Channel.EMAIL, "We refund you 120.00 EUR."),
          HANDLER,
          COMMUNICATED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(c.decisionChannel()).isEqualTo(Channel.EMAIL);
      assertThat(c.decisionMessage()).isEqualTo("We refund you 120.00 EUR.");
      assertThat(c.decisionCommunicatedAt()).isEqualTo(COMMUNICATED_AT);
      assertThat(c.complainantReply()).isNull();
      assertEvent(
          last(c),
          6,
          EventType.DECISION_COMMUNICATED,
          ComplaintStatus.RESPONSE_PROPOSED,
          ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(last(c).details()).isEqualTo("Communicated by EMAIL: We refund you 120.00 EUR.");
    }

    @Test
    void withoutAMessageTheProposalsSummaryIsTheDecision() {
      Complaint c = aComplaint().responseProposed();

      c.communicateDecision(new CommunicateDecision(Channel.POST, "  "), HANDLER, COMMUNICATED_AT);

      assertThat(c.decisionMessage()).isEqualTo("Refund of the purchase price");
      assertThat(last(c).details()).isEqualTo("Communicated by POST: Refund of the purchase price");
    }

    @Test
    void aCommunicatedDecisionIsNoLongerOverdue() {
      Complaint c = aComplaint().decisionCommunicated();

      assertThat(c.isOverdue(daysAfterReceipt(100))).isFalse();
    }
  }

  @Nested
  class TheComplainantsReply {

    @Test
    void anAcceptanceIsRecordedAndTheCaseClosesAsResolved() {
      Complaint c = aComplaint().decisionCommunicated();

      c.recordComplainantReply(
          new RecordComplainantReply(true, "Thank you", Channel.WEB),
          levels(),
          COMPLAINANT,
          REPLIED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(c.complainantReply()).isEqualTo(ComplainantReply.ACCEPTED);
      assertThat(c.complainantReplyComment()).isEqualTo("Thank you");
      assertThat(c.complainantReplyAt()).isEqualTo(REPLIED_AT);
      assertEvent(
          last(c),
          7,
          EventType.DECISION_ACCEPTED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(last(c).actor()).isEqualTo(COMPLAINANT);
      assertThat(last(c).details())
          .isEqualTo("The complainant accepted the decision (WEB): Thank you");

      c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), HANDLER, CLOSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.RESOLVED);
      assertThat(c.closedAt()).isEqualTo(CLOSED_AT);
      assertEvent(
          last(c),
          8,
          EventType.CLOSED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.CLOSED);
      assertThat(last(c).details()).isEqualTo("Closed: RESOLVED");
    }

    @Test
    void aRejectionKeepsTheCaseOpen() {
      Complaint c = aComplaint().decisionCommunicated();

      c.recordComplainantReply(
          new RecordComplainantReply(false, null, null), levels(), COMPLAINANT, REPLIED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(c.status().isOpen()).isTrue();
      assertThat(c.complainantReply()).isEqualTo(ComplainantReply.REJECTED);
      assertEvent(
          last(c),
          7,
          EventType.DECISION_REJECTED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(last(c).details()).isEqualTo("The complainant rejected the decision");
    }

    @Test
    void aSecondReplyIsRefused() {
      Complaint c = aComplaint().accepted();

      assertRefusedAsIllegal(
          c,
          () ->
              c.recordComplainantReply(
                  new RecordComplainantReply(false, "Changed my mind", null),
                  levels(),
                  COMPLAINANT,
                  MOVE_AT));
      assertThat(c.complainantReply()).isEqualTo(ComplainantReply.ACCEPTED);
      assertThat(c.complainantReplyComment()).isEqualTo("Thank you");
    }

    @Test
    void aCaseIsClosedAsResolvedOnlyAfterAnAcceptance() {
      Complaint c = aComplaint().rejected();

      assertRefusedAsIllegal(
          c, () -> c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), HANDLER, MOVE_AT));
    }
  }

  @Nested
  class Escalating {

    @Test
    void afterARejectionTheRecourseInformationIsRequired() {
      Complaint c = aComplaint().rejected();

      assertRefusedAsInvalid(
          c,
          () -> c.escalate(new Escalate("Rejected", null), levels(), HANDLER, ESCALATED_AT),
          "recourseInformation");
      assertRefusedAsInvalid(
          c,
          () -> c.escalate(new Escalate("Rejected", "  "), levels(), HANDLER, ESCALATED_AT),
          "recourseInformation");
      assertThat(c.tier()).isEqualTo(EscalationTier.FRONT_LINE);
      assertThat(c.recourseInformation()).isNull();
    }

    @Test
    void escalatingARejectedDecisionMovesTheCaseToTheManagerWithANewDeadline() {
      Complaint c = aComplaint().rejected();

      c.escalate(
          new Escalate("The complainant rejected the refund", "You may ask the manager to review"),
          levels(),
          HANDLER,
          ESCALATED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ESCALATED);
      assertThat(c.tier()).isEqualTo(EscalationTier.MANAGER);
      assertThat(c.escalationCount()).isEqualTo(1);
      assertThat(c.assignee()).isNull();
      assertThat(c.response()).isNull();
      assertThat(c.complainantReply()).isNull();
      assertThat(c.recourseInformation()).isEqualTo("You may ask the manager to review");
      assertThat(c.responseDueAt()).isEqualTo(ESCALATED_AT.plus(Duration.ofDays(HIGH_DAYS)));
      assertEvent(
          last(c),
          8,
          EventType.ESCALATED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.ESCALATED);
      assertThat(last(c).details())
          .isEqualTo("Escalated to MANAGER: The complainant rejected the refund");
    }

    @Test
    void anEscalatedCaseIsInvestigatedAgainAndClosedAfterAnAcceptance() {
      Complaint c = aComplaint().escalated();

      c.assign(new Assign(MANAGER, null), MANAGER, daysAfterReceipt(9));
      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertEvent(
          last(c),
          9,
          EventType.ASSIGNED,
          ComplaintStatus.ESCALATED,
          ComplaintStatus.UNDER_INVESTIGATION);

      c.proposeResponse(smallRefund(), policy(), levels(), MANAGER, daysAfterReceipt(10));
      c.communicateDecision(
          new CommunicateDecision(Channel.EMAIL, null), MANAGER, daysAfterReceipt(11));
      c.recordComplainantReply(
          new RecordComplainantReply(true, null, null),
          levels(),
          COMPLAINANT,
          daysAfterReceipt(12));
      c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), MANAGER, daysAfterReceipt(13));

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.RESOLVED);
      assertThat(c.tier()).isEqualTo(EscalationTier.MANAGER);
      assertThat(c.events())
          .extracting(ComplaintEvent::type)
          .containsExactly(
              EventType.RECEIVED,
              EventType.ACKNOWLEDGED,
              EventType.ASSESSED,
              EventType.ASSIGNED,
              EventType.RESPONSE_PROPOSED,
              EventType.DECISION_COMMUNICATED,
              EventType.DECISION_REJECTED,
              EventType.ESCALATED,
              EventType.ASSIGNED,
              EventType.RESPONSE_PROPOSED,
              EventType.DECISION_COMMUNICATED,
              EventType.DECISION_ACCEPTED,
              EventType.CLOSED);
    }

    @Test
    void eachRejectionMovesOneTierUpUntilNoInternalTierIsLeft() {
      Complaint c = aComplaint().rejected();

      c.escalate(new Escalate("First rejection", "Manager review"), levels(), HANDLER, day(8));
      assertThat(c.tier()).isEqualTo(EscalationTier.MANAGER);

      decideAgainAndReject(c, MANAGER, 9);
      c.escalate(new Escalate("Second rejection", "Officer review"), levels(), MANAGER, day(13));
      assertThat(c.tier()).isEqualTo(EscalationTier.COMPLAINTS_OFFICER);
      assertThat(c.escalationCount()).isEqualTo(2);
      assertThat(c.recourseInformation()).isEqualTo("Manager review\nOfficer review");

      decideAgainAndReject(c, OFFICER, 14);
      assertThatThrownBy(
              () ->
                  c.escalate(
                      new Escalate("Third rejection", "Ombudsman"), levels(), OFFICER, day(18)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("last internal tier");
      assertThat(c.status()).isEqualTo(ComplaintStatus.DECISION_COMMUNICATED);
      assertThat(c.tier()).isEqualTo(EscalationTier.COMPLAINTS_OFFICER);
      assertThat(c.escalationCount()).isEqualTo(2);
      assertThat(last(c).type()).isEqualTo(EventType.DECISION_REJECTED);
    }

    @Test
    void anOpenInvestigationCanBeEscalatedWithoutRecourseInformation() {
      Complaint c = aComplaint().underInvestigation();

      c.escalate(new Escalate("Beyond my authority", null), levels(), HANDLER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ESCALATED);
      assertThat(c.tier()).isEqualTo(EscalationTier.MANAGER);
      assertThat(c.recourseInformation()).isNull();
      assertEvent(
          last(c),
          5,
          EventType.ESCALATED,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.ESCALATED);

      c.escalate(new Escalate("Beyond mine too", null), levels(), MANAGER, MOVE_AT.plusSeconds(60));

      assertThat(c.tier()).isEqualTo(EscalationTier.COMPLAINTS_OFFICER);
      assertEvent(
          last(c), 6, EventType.ESCALATED, ComplaintStatus.ESCALATED, ComplaintStatus.ESCALATED);
      assertRefusedAsIllegal(
          c,
          () ->
              c.escalate(new Escalate("Again", null), levels(), OFFICER, MOVE_AT.plusSeconds(120)));
    }

    private void decideAgainAndReject(Complaint c, String handler, int fromDay) {
      c.assign(new Assign(handler, null), handler, day(fromDay));
      c.proposeResponse(smallRefund(), policy(), levels(), handler, day(fromDay + 1));
      c.communicateDecision(
          new CommunicateDecision(Channel.EMAIL, null), handler, day(fromDay + 2));
      c.recordComplainantReply(
          new RecordComplainantReply(false, null, null), levels(), COMPLAINANT, day(fromDay + 3));
    }
  }

  @Nested
  class ReferringExternally {

    @Test
    void aRejectedDecisionCanBeReferredToAnExternalBody() {
      Complaint c = aComplaint().rejected();

      c.referExternally(
          new ReferExternally("  Consumer Ombudsman  ", "OMB-991", null), HANDLER, REFERRED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.REFERRED_EXTERNALLY);
      assertThat(c.tier()).isEqualTo(EscalationTier.EXTERNAL);
      assertThat(c.externalBody()).isEqualTo("Consumer Ombudsman");
      assertThat(c.externalReference()).isEqualTo("OMB-991");
      assertThat(c.recourseInformation()).isEqualTo("Referred to Consumer Ombudsman");
      assertEvent(
          last(c),
          8,
          EventType.REFERRED_EXTERNALLY,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.REFERRED_EXTERNALLY);
      assertThat(last(c).details()).isEqualTo("Referred to Consumer Ombudsman (OMB-991)");
    }

    @Test
    void anEscalatedCaseCanBeReferredWithTheRecourseGiven() {
      Complaint c = aComplaint().escalated();

      c.referExternally(
          new ReferExternally("Consumer Ombudsman", null, "Told about the ombudsman"),
          MANAGER,
          MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.REFERRED_EXTERNALLY);
      assertThat(c.tier()).isEqualTo(EscalationTier.EXTERNAL);
      assertThat(c.recourseInformation())
          .isEqualTo("You may ask the manager to review\nTold about the ombudsman");
      assertEvent(
          last(c),
          9,
          EventType.REFERRED_EXTERNALLY,
          ComplaintStatus.ESCALATED,
          ComplaintStatus.REFERRED_EXTERNALLY);
      assertThat(last(c).details()).isEqualTo("Referred to Consumer Ombudsman");
    }

    @Test
    void closingWithTheExternalDecisionRequiresItsOutcome() {
      Complaint c = aComplaint().referredExternally();

      assertRefusedAsInvalid(
          c,
          () ->
              c.close(
                  new Close(ClosingOutcome.EXTERNAL_DECISION, null, " ", null), HANDLER, CLOSED_AT),
          "externalOutcome");

      c.close(
          new Close(ClosingOutcome.EXTERNAL_DECISION, null, "Upheld in part", null),
          HANDLER,
          CLOSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.EXTERNAL_DECISION);
      assertThat(c.externalOutcome()).isEqualTo("Upheld in part");
      assertEvent(
          last(c),
          9,
          EventType.CLOSED,
          ComplaintStatus.REFERRED_EXTERNALLY,
          ComplaintStatus.CLOSED);
      assertThat(last(c).details()).isEqualTo("Closed: EXTERNAL_DECISION: Upheld in part");
    }
  }

  @Nested
  class Closing {

    @Test
    void optionsExhaustedAfterARejectionRequiresTheRecourseInformation() {
      Complaint c = aComplaint().rejected();

      assertRefusedAsInvalid(
          c,
          () ->
              c.close(
                  new Close(ClosingOutcome.OPTIONS_EXHAUSTED, "Nothing more", null, null),
                  HANDLER,
                  CLOSED_AT),
          "recourseInformation");

      c.close(
          new Close(ClosingOutcome.OPTIONS_EXHAUSTED, "Nothing more", null, "Told about court"),
          HANDLER,
          CLOSED_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.OPTIONS_EXHAUSTED);
      assertThat(c.recourseInformation()).isEqualTo("Told about court");
      assertThat(c.closingReason()).isEqualTo("Nothing more");
      assertEvent(
          last(c),
          8,
          EventType.CLOSED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.CLOSED);
      assertThat(last(c).details()).isEqualTo("Closed: OPTIONS_EXHAUSTED: Nothing more");
    }

    @Test
    void noReplyRequiresAReason() {
      Complaint c = aComplaint().decisionCommunicated();

      assertRefusedAsInvalid(
          c,
          () -> c.close(new Close(ClosingOutcome.NO_REPLY, null, null, null), HANDLER, MOVE_AT),
          "reason");

      c.close(
          new Close(ClosingOutcome.NO_REPLY, " No answer in 4 weeks ", null, null),
          HANDLER,
          MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.NO_REPLY);
      assertThat(c.closingReason()).isEqualTo("No answer in 4 weeks");
      assertThat(c.closedAt()).isEqualTo(MOVE_AT);
      assertEvent(
          last(c),
          7,
          EventType.CLOSED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.CLOSED);
    }

    @ParameterizedTest(name = "not possible after the complainant {0}")
    @EnumSource(
        value = Stage.class,
        names = {"DECISION_ACCEPTED", "DECISION_REJECTED"})
    void noReplyIsRefusedWhenTheComplainantReplied(Stage stage) {
      Complaint c = stage.reach();

      assertRefusedAsIllegal(
          c,
          () ->
              c.close(
                  new Close(ClosingOutcome.NO_REPLY, "No answer", null, null), HANDLER, MOVE_AT));
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(
        value = Stage.class,
        names = {"RECEIVED", "ACKNOWLEDGED", "ASSESSED", "UNDER_INVESTIGATION"})
    void notAComplaintClosesAnEarlyCaseWithTheReason(Stage stage) {
      Complaint c = stage.reach();
      ComplaintStatus from = c.status();
      int eventsBefore = c.events().size();

      c.close(
          new Close(ClosingOutcome.NOT_A_COMPLAINT, "A product question", null, null),
          HANDLER,
          MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.NOT_A_COMPLAINT);
      assertThat(c.closingReason()).isEqualTo("A product question");
      assertThat(c.closedAt()).isEqualTo(MOVE_AT);
      assertEvent(last(c), eventsBefore + 1, EventType.CLOSED, from, ComplaintStatus.CLOSED);
      assertThat(last(c).details()).isEqualTo("Closed: NOT_A_COMPLAINT: A product question");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(
        value = Stage.class,
        names = {"RECEIVED", "ACKNOWLEDGED", "ASSESSED", "UNDER_INVESTIGATION"})
    void notAComplaintRequiresAReason(Stage stage) {
      Complaint c = stage.reach();

      assertRefusedAsInvalid(
          c,
          () ->
              c.close(
                  new Close(ClosingOutcome.NOT_A_COMPLAINT, "  ", null, null), HANDLER, MOVE_AT),
          "reason");
    }

    @ParameterizedTest(name = "in stage {0}")
    @EnumSource(Stage.class)
    void aWithdrawalIsNeverRecordedAsAClosing(Stage stage) {
      Complaint c = stage.reach();

      assertRefusedAsInvalid(
          c,
          () ->
              c.close(
                  new Close(ClosingOutcome.WITHDRAWN, "The complainant withdrew", null, null),
                  HANDLER,
                  MOVE_AT),
          "outcome");
    }
  }

  @Nested
  class Withdrawing {

    @ParameterizedTest(name = "from {0}")
    @MethodSource("org.redress.complaint.ComplaintTest#openStages")
    void theComplainantCanWithdrawAnOpenCase(Stage stage) {
      Complaint c = stage.reach();
      ComplaintStatus from = c.status();
      int eventsBefore = c.events().size();

      c.withdraw(new Withdraw(" Sorted it out "), COMPLAINANT, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.WITHDRAWN);
      assertThat(c.status().isOpen()).isFalse();
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.WITHDRAWN);
      assertThat(c.closingReason()).isEqualTo("Sorted it out");
      assertThat(c.closedAt()).isEqualTo(MOVE_AT);
      assertEvent(last(c), eventsBefore + 1, EventType.WITHDRAWN, from, ComplaintStatus.WITHDRAWN);
      assertThat(last(c).details()).isEqualTo("Withdrawn: Sorted it out");
    }
  }

  @Nested
  class Reopening {

    @Test
    void anAssessedCaseReopensIntoTheInvestigation() {
      Complaint c = aComplaint().closed();
      Instant reopenedAt = CLOSED_AT.plus(Duration.ofDays(10));

      c.reopen(new Reopen("The refund never arrived"), policy(), levels(), HANDLER, reopenedAt);

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.reopenCount()).isEqualTo(1);
      assertThat(c.outcome()).isNull();
      assertThat(c.closedAt()).isNull();
      assertThat(c.closingReason()).isNull();
      assertThat(c.response()).isNull();
      assertThat(c.complainantReply()).isNull();
      assertThat(c.assignee()).isEqualTo(HANDLER);
      assertThat(c.responseDueAt()).isEqualTo(reopenedAt.plus(Duration.ofDays(HIGH_DAYS)));
      assertEvent(
          last(c),
          9,
          EventType.REOPENED,
          ComplaintStatus.CLOSED,
          ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(last(c).details()).isEqualTo("Reopened: The refund never arrived");
    }

    @Test
    void aCaseThatWasOnlyAcknowledgedReopensAsAcknowledged() {
      Complaint c = aComplaint().acknowledged();
      c.withdraw(new Withdraw(null), COMPLAINANT, CLOSED_AT);

      c.reopen(new Reopen("Changed my mind"), policy(), levels(), COMPLAINANT, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
      assertThat(c.reopenCount()).isEqualTo(1);
      assertThat(c.responseDueAt()).isEqualTo(MOVE_AT.plus(Duration.ofDays(MEDIUM_DAYS)));
      assertEvent(
          last(c), 4, EventType.REOPENED, ComplaintStatus.WITHDRAWN, ComplaintStatus.ACKNOWLEDGED);
    }

    @Test
    void aCaseThatWasOnlyReceivedReopensAsReceived() {
      Complaint c = aComplaint().received();
      c.close(
          new Close(ClosingOutcome.NOT_A_COMPLAINT, "A question", null, null), HANDLER, CLOSED_AT);

      c.reopen(new Reopen("It is a complaint after all"), policy(), levels(), HANDLER, MOVE_AT);

      assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
      assertThat(c.outcome()).isNull();
      assertEvent(last(c), 3, EventType.REOPENED, ComplaintStatus.CLOSED, ComplaintStatus.RECEIVED);
    }

    @Test
    void aCaseCanBeReopenedUntilTheLastMomentOfTheWindow() {
      Complaint c = aComplaint().closed();

      c.reopen(
          new Reopen("Just in time"),
          policy(),
          levels(),
          HANDLER,
          CLOSED_AT.plus(Duration.ofDays(REOPEN_WINDOW_DAYS)));

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
    }

    @Test
    void afterTheWindowACaseStaysClosed() {
      Complaint c = aComplaint().closed();
      Instant tooLate = CLOSED_AT.plus(Duration.ofDays(REOPEN_WINDOW_DAYS)).plusSeconds(1);

      assertRefusedByRule(
          c,
          () -> c.reopen(new Reopen("Too late"), policy(), levels(), HANDLER, tooLate),
          "reopen-window");
      assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.outcome()).isEqualTo(ClosingOutcome.RESOLVED);
      assertThat(c.reopenCount()).isZero();
    }

    @Test
    void everyReopeningIsCounted() {
      Complaint c = aComplaint().withdrawn();
      c.reopen(new Reopen("First"), policy(), levels(), HANDLER, day(10));
      c.withdraw(new Withdraw(null), COMPLAINANT, day(11));

      c.reopen(new Reopen("Second"), policy(), levels(), HANDLER, day(12));

      assertThat(c.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
      assertThat(c.reopenCount()).isEqualTo(2);
    }
  }

  @Nested
  class Timeline {

    @Test
    void eventsAreNumberedOneToNInTheOrderTheyHappened() {
      Complaint c = aComplaint().referredExternally();
      c.close(
          new Close(ClosingOutcome.EXTERNAL_DECISION, null, "Dismissed", null), HANDLER, CLOSED_AT);

      List<ComplaintEvent> events = c.events();
      assertThat(events)
          .extracting(ComplaintEvent::number)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, events.size()).boxed().toList());
      assertThat(events)
          .extracting(ComplaintEvent::occurredAt)
          .isSortedAccordingTo(Instant::compareTo);
      for (int i = 1; i < events.size(); i++) {
        assertThat(events.get(i).fromStatus())
            .as("event %d starts where event %d ended", i + 1, i)
            .isEqualTo(events.get(i - 1).toStatus());
      }
      assertThat(events.get(events.size() - 1).toStatus()).isEqualTo(c.status());
    }

    @Test
    void theTimelineCannotBeEditedFromOutside() {
      Complaint c = aComplaint().received();

      assertThatThrownBy(() -> c.events().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(c.events()).hasSize(1);
    }
  }

  // The systematic part: every move in every stage the fixture reaches.

  @ParameterizedTest(name = "stage {0}")
  @EnumSource(Stage.class)
  void everyStageIsReachedThroughTheAggregate(Stage stage) {
    Complaint c = stage.reach();

    assertThat(c.status()).isEqualTo(stage.status);
    assertThat(last(c).toStatus()).isEqualTo(stage.status);
  }

  @ParameterizedTest(name = "{1} in stage {0} gives {2}")
  @MethodSource("legalMoves")
  void aLegalMoveChangesTheStatusAndAppendsOneEvent(
      Stage stage, Move move, ComplaintStatus expected) {
    Complaint c = stage.reach();
    int eventsBefore = c.events().size();

    move.apply(c);

    assertThat(c.status()).isEqualTo(expected);
    assertThat(c.events()).hasSize(eventsBefore + 1);
    assertEvent(last(c), eventsBefore + 1, move.event, stage.status, expected);
    assertThat(last(c).occurredAt()).isEqualTo(MOVE_AT);
  }

  @ParameterizedTest(name = "{1} is refused in stage {0}")
  @MethodSource("illegalMoves")
  void anIllegalMoveIsRefusedAndChangesNothing(Stage stage, Move move) {
    Complaint c = stage.reach();

    assertRefusedAsIllegal(c, () -> move.apply(c));
    assertThat(c.status()).isEqualTo(stage.status);
  }

  static Stream<Arguments> legalMoves() {
    List<Arguments> arguments = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stage.legal.forEach((move, expected) -> arguments.add(Arguments.of(stage, move, expected)));
    }
    return arguments.stream();
  }

  static Stream<Arguments> illegalMoves() {
    List<Arguments> arguments = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      for (Move move : Move.values()) {
        if (!stage.legal.containsKey(move) && !stage.refusedByRule.contains(move)) {
          arguments.add(Arguments.of(stage, move));
        }
      }
    }
    return arguments.stream();
  }

  static Stream<Stage> openStages() {
    return Stream.of(Stage.values()).filter(stage -> stage.status.isOpen());
  }

  /** A stage of the process the fixture reaches, and the moves the process allows there. */
  enum Stage {
    RECEIVED(
        ComplaintFixture::received,
        ComplaintStatus.RECEIVED,
        Map.of(
            Move.ACKNOWLEDGE, ComplaintStatus.ACKNOWLEDGED,
            Move.ASSIGN, ComplaintStatus.RECEIVED,
            Move.CLOSE_NOT_A_COMPLAINT, ComplaintStatus.CLOSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    ACKNOWLEDGED(
        ComplaintFixture::acknowledged,
        ComplaintStatus.ACKNOWLEDGED,
        Map.of(
            Move.ASSESS, ComplaintStatus.ASSESSED,
            Move.ASSIGN, ComplaintStatus.ACKNOWLEDGED,
            Move.CLOSE_NOT_A_COMPLAINT, ComplaintStatus.CLOSED,
            Move.REQUEST_INFORMATION, ComplaintStatus.ACKNOWLEDGED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    ASSESSED(
        ComplaintFixture::assessed,
        ComplaintStatus.ASSESSED,
        Map.of(
            Move.ASSESS, ComplaintStatus.ASSESSED,
            Move.ASSIGN, ComplaintStatus.UNDER_INVESTIGATION,
            Move.CLOSE_NOT_A_COMPLAINT, ComplaintStatus.CLOSED,
            Move.REQUEST_INFORMATION, ComplaintStatus.ASSESSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    UNDER_INVESTIGATION(
        ComplaintFixture::underInvestigation,
        ComplaintStatus.UNDER_INVESTIGATION,
        Map.of(
            Move.ASSESS, ComplaintStatus.UNDER_INVESTIGATION,
            Move.ASSIGN, ComplaintStatus.UNDER_INVESTIGATION,
            Move.ADD_NOTE, ComplaintStatus.UNDER_INVESTIGATION,
            Move.PROPOSE_RESPONSE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.CLOSE_NOT_A_COMPLAINT, ComplaintStatus.CLOSED,
            Move.REQUEST_INFORMATION, ComplaintStatus.UNDER_INVESTIGATION,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    RESPONSE_PROPOSED(
        ComplaintFixture::responseProposed,
        ComplaintStatus.RESPONSE_PROPOSED,
        Map.of(
            Move.ASSIGN, ComplaintStatus.RESPONSE_PROPOSED,
            Move.ADD_NOTE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.PROPOSE_RESPONSE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.COMMUNICATE_DECISION, ComplaintStatus.DECISION_COMMUNICATED,
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    AWAITING_APPROVAL(
        ComplaintFixture::awaitingApproval,
        ComplaintStatus.RESPONSE_PROPOSED,
        Map.of(
            Move.ASSIGN, ComplaintStatus.RESPONSE_PROPOSED,
            Move.ADD_NOTE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.PROPOSE_RESPONSE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.APPROVE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.RETURN_RESPONSE, ComplaintStatus.UNDER_INVESTIGATION,
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN),
        // Possible in this state, but refused by the approval rule (see ApprovingAResponse).
        Set.of(Move.COMMUNICATE_DECISION)),
    APPROVED(
        ComplaintFixture::approved,
        ComplaintStatus.RESPONSE_PROPOSED,
        Map.of(
            Move.ASSIGN, ComplaintStatus.RESPONSE_PROPOSED,
            Move.ADD_NOTE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.PROPOSE_RESPONSE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.COMMUNICATE_DECISION, ComplaintStatus.DECISION_COMMUNICATED,
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    DECISION_COMMUNICATED(
        ComplaintFixture::decisionCommunicated,
        ComplaintStatus.DECISION_COMMUNICATED,
        Map.of(
            Move.ACCEPT_DECISION, ComplaintStatus.DECISION_COMMUNICATED,
            Move.REJECT_DECISION, ComplaintStatus.DECISION_COMMUNICATED,
            Move.CLOSE_NO_REPLY, ComplaintStatus.CLOSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    DECISION_ACCEPTED(
        ComplaintFixture::accepted,
        ComplaintStatus.DECISION_COMMUNICATED,
        Map.of(
            Move.CLOSE_RESOLVED, ComplaintStatus.CLOSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    DECISION_REJECTED(
        ComplaintFixture::rejected,
        ComplaintStatus.DECISION_COMMUNICATED,
        Map.of(
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.REFER_EXTERNALLY, ComplaintStatus.REFERRED_EXTERNALLY,
            Move.CLOSE_OPTIONS_EXHAUSTED, ComplaintStatus.CLOSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    ESCALATED(
        ComplaintFixture::escalated,
        ComplaintStatus.ESCALATED,
        Map.of(
            Move.ASSIGN, ComplaintStatus.UNDER_INVESTIGATION,
            Move.ADD_NOTE, ComplaintStatus.ESCALATED,
            Move.PROPOSE_RESPONSE, ComplaintStatus.RESPONSE_PROPOSED,
            Move.ESCALATE, ComplaintStatus.ESCALATED,
            Move.REFER_EXTERNALLY, ComplaintStatus.REFERRED_EXTERNALLY,
            Move.REQUEST_INFORMATION, ComplaintStatus.ESCALATED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    REFERRED_EXTERNALLY(
        ComplaintFixture::referredExternally,
        ComplaintStatus.REFERRED_EXTERNALLY,
        Map.of(
            Move.CLOSE_EXTERNAL_DECISION, ComplaintStatus.CLOSED,
            Move.WITHDRAW, ComplaintStatus.WITHDRAWN)),
    CLOSED(
        ComplaintFixture::closed,
        ComplaintStatus.CLOSED,
        Map.of(Move.REOPEN, ComplaintStatus.UNDER_INVESTIGATION)),
    WITHDRAWN(
        ComplaintFixture::withdrawn,
        ComplaintStatus.WITHDRAWN,
        Map.of(Move.REOPEN, ComplaintStatus.UNDER_INVESTIGATION));

    private final Function<ComplaintFixture, Complaint> make;
    final ComplaintStatus status;
    final Map<Move, ComplaintStatus> legal;
    final Set<Move> refusedByRule;

    Stage(
        Function<ComplaintFixture, Complaint> make,
        ComplaintStatus status,
        Map<Move, ComplaintStatus> legal) {
      this(make, status, legal, Set.of());
    }

    Stage(
        Function<ComplaintFixture, Complaint> make,
        ComplaintStatus status,
        Map<Move, ComplaintStatus> legal,
        Set<Move> refusedByRule) {
      this.make = make;
      this.status = status;
      this.legal = legal;
      this.refusedByRule = refusedByRule;
    }

    Complaint reach() {
      return make.apply(aComplaint());
    }
  }

  /**
   * Every move of the process, with input that is valid on its own, so that only the state can
   * refuse it.
   */
  enum Move {
    ACKNOWLEDGE(
        EventType.ACKNOWLEDGED,
        c -> c.acknowledge(new Acknowledge(Channel.PHONE, null), HANDLER, MOVE_AT)),
    ASSESS(
        EventType.ASSESSED,
        c -> c.assess(standardAssessment(), matrix(), levels(), HANDLER, MOVE_AT)),
    ASSIGN(EventType.ASSIGNED, c -> c.assign(new Assign(OFFICER, null), MANAGER, MOVE_AT)),
    REQUEST_INFORMATION(
        EventType.INFORMATION_REQUESTED,
        c ->
            c.requestInformation(
                new RequestInformation("Which model is it?", Channel.EMAIL), HANDLER, MOVE_AT)),
    RECORD_INFORMATION(
        EventType.INFORMATION_RECEIVED,
        c ->
            c.recordInformation(
                new RecordInformation("EM-200", Channel.PHONE), levels(), HANDLER, MOVE_AT)),
    ADD_NOTE(
        EventType.INVESTIGATION_NOTE,
        c ->
            c.addInvestigationNote(
                new AddInvestigationNote("Checked the batch"), HANDLER, MOVE_AT)),
    PROPOSE_RESPONSE(
        EventType.RESPONSE_PROPOSED,
        c -> c.proposeResponse(smallRefund(), policy(), levels(), HANDLER, MOVE_AT)),
    APPROVE(
        EventType.RESPONSE_APPROVED,
        c -> c.decideApproval(new DecideApproval(true, null), MANAGER, MOVE_AT)),
    RETURN_RESPONSE(
        EventType.RESPONSE_RETURNED,
        c -> c.decideApproval(new DecideApproval(false, "Rework"), MANAGER, MOVE_AT)),
    COMMUNICATE_DECISION(
        EventType.DECISION_COMMUNICATED,
        c ->
            c.communicateDecision(
                new CommunicateDecision(Channel.POST, "Decided"), HANDLER, MOVE_AT)),
    ACCEPT_DECISION(
        EventType.DECISION_ACCEPTED,
        c ->
            c.recordComplainantReply(
                new RecordComplainantReply(true, null, null), levels(), COMPLAINANT, MOVE_AT)),
    REJECT_DECISION(
        EventType.DECISION_REJECTED,
        c ->
            c.recordComplainantReply(
                new RecordComplainantReply(false, null, null), levels(), COMPLAINANT, MOVE_AT)),
    ESCALATE(
        EventType.ESCALATED,
        c ->
            c.escalate(
                new Escalate("Needs a higher tier", "Told about the next tier"),
                levels(),
                HANDLER,
                MOVE_AT)),
    REFER_EXTERNALLY(
        EventType.REFERRED_EXTERNALLY,
        c -> c.referExternally(new ReferExternally("Ombudsman", null, null), HANDLER, MOVE_AT)),
    CLOSE_RESOLVED(
        EventType.CLOSED,
        c -> c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), HANDLER, MOVE_AT)),
    CLOSE_NO_REPLY(
        EventType.CLOSED,
        c ->
            c.close(new Close(ClosingOutcome.NO_REPLY, "No answer", null, null), HANDLER, MOVE_AT)),
    CLOSE_OPTIONS_EXHAUSTED(
        EventType.CLOSED,
        c ->
            c.close(
                new Close(ClosingOutcome.OPTIONS_EXHAUSTED, null, null, "Told about the court"),
                HANDLER,
                MOVE_AT)),
    CLOSE_EXTERNAL_DECISION(
        EventType.CLOSED,
        c ->
            c.close(
                new Close(ClosingOutcome.EXTERNAL_DECISION, null, "Dismissed", null),
                HANDLER,
                MOVE_AT)),
    CLOSE_NOT_A_COMPLAINT(
        EventType.CLOSED,
        c ->
            c.close(
                new Close(ClosingOutcome.NOT_A_COMPLAINT, "A question", null, null),
                HANDLER,
                MOVE_AT)),
    WITHDRAW(EventType.WITHDRAWN, c -> c.withdraw(new Withdraw(null), COMPLAINANT, MOVE_AT)),
    REOPEN(
        EventType.REOPENED,
        c -> c.reopen(new Reopen("New evidence"), policy(), levels(), HANDLER, MOVE_AT));

    final EventType event;
    private final Consumer<Complaint> action;

    Move(EventType event, Consumer<Complaint> action) {
      this.event = event;
      this.action = action;
    }

    void apply(Complaint c) {
      action.accept(c);
    }
  }

  // Assertions.

  private static ComplaintEvent last(Complaint c) {
    return c.events().get(c.events().size() - 1);
  }

  private static Instant day(int days) {
    return daysAfterReceipt(days);
  }

  private static void assertEvent(
      ComplaintEvent event, int number, EventType type, ComplaintStatus from, ComplaintStatus to) {
    assertThat(event.number()).as("event number").isEqualTo(number);
    assertThat(event.type()).as("event type").isEqualTo(type);
    assertThat(event.fromStatus()).as("from status").isEqualTo(from);
    assertThat(event.toStatus()).as("to status").isEqualTo(to);
  }

  /** The move is refused by the state, and the case is exactly as before. */
  private static void assertRefusedAsIllegal(Complaint c, ThrowingCallable move) {
    Map<String, Object> before = c.auditState();
    ComplaintStatus status = c.status();
    int events = c.events().size();

    assertThatThrownBy(move)
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining(REFERENCE);

    assertUnchanged(c, before, status, events);
  }

  /** The move is refused by the named rule, and the case is exactly as before. */
  private static void assertRefusedByRule(Complaint c, ThrowingCallable move, String rule) {
    Map<String, Object> before = c.auditState();
    ComplaintStatus status = c.status();
    int events = c.events().size();

    assertThatThrownBy(move)
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule));

    assertUnchanged(c, before, status, events);
  }

  /** The move is refused for the one named input field, and the case is exactly as before. */
  private static void assertRefusedAsInvalid(Complaint c, ThrowingCallable move, String field) {
    Map<String, Object> before = c.auditState();
    ComplaintStatus status = c.status();
    int events = c.events().size();

    assertThatThrownBy(move)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));

    assertUnchanged(c, before, status, events);
  }

  private static void assertUnchanged(
      Complaint c, Map<String, Object> before, ComplaintStatus status, int events) {
    assertThat(c.status()).as("status").isEqualTo(status);
    assertThat(c.events()).as("events").hasSize(events);
    assertThat(c.auditState()).as("audited state").isEqualTo(before);
  }
}
