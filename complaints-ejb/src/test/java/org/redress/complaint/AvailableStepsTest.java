package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaint.ComplaintFixture.policy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.complaint.ComplaintTest.Move;
import org.redress.complaint.ComplaintTest.Stage;
import org.redress.platform.BusinessException;

/**
 * What the pages offer is what the process allows: in every stage, a step is listed as available
 * exactly when one of its moves succeeds.
 */
class AvailableStepsTest {

  private static final Map<Move, HandlingStep> STEP_OF =
      Map.ofEntries(
          Map.entry(Move.ACKNOWLEDGE, HandlingStep.ACKNOWLEDGE),
          Map.entry(Move.ASSESS, HandlingStep.ASSESS),
          Map.entry(Move.ASSIGN, HandlingStep.ASSIGN),
          Map.entry(Move.ADD_NOTE, HandlingStep.ADD_INVESTIGATION_NOTE),
          Map.entry(Move.REQUEST_INFORMATION, HandlingStep.REQUEST_INFORMATION),
          Map.entry(Move.RECORD_INFORMATION, HandlingStep.RECORD_INFORMATION),
          Map.entry(Move.PROPOSE_RESPONSE, HandlingStep.PROPOSE_RESPONSE),
          Map.entry(Move.APPROVE, HandlingStep.DECIDE_APPROVAL),
          Map.entry(Move.RETURN_RESPONSE, HandlingStep.DECIDE_APPROVAL),
          Map.entry(Move.COMMUNICATE_DECISION, HandlingStep.COMMUNICATE_DECISION),
          Map.entry(Move.ACCEPT_DECISION, HandlingStep.RECORD_COMPLAINANT_REPLY),
          Map.entry(Move.REJECT_DECISION, HandlingStep.RECORD_COMPLAINANT_REPLY),
          Map.entry(Move.ESCALATE, HandlingStep.ESCALATE),
          Map.entry(Move.REFER_EXTERNALLY, HandlingStep.REFER_EXTERNALLY),
          Map.entry(Move.CLOSE_RESOLVED, HandlingStep.CLOSE),
          Map.entry(Move.CLOSE_NO_REPLY, HandlingStep.CLOSE),
          Map.entry(Move.CLOSE_OPTIONS_EXHAUSTED, HandlingStep.CLOSE),
          Map.entry(Move.CLOSE_EXTERNAL_DECISION, HandlingStep.CLOSE),
          Map.entry(Move.CLOSE_NOT_A_COMPLAINT, HandlingStep.CLOSE),
          Map.entry(Move.WITHDRAW, HandlingStep.WITHDRAW),
          Map.entry(Move.REOPEN, HandlingStep.REOPEN));

  @ParameterizedTest(name = "in stage {0}")
  @EnumSource(Stage.class)
  void availableStepsAreExactlyTheMovesThatSucceed(Stage stage) {
    Set<HandlingStep> possible = EnumSet.noneOf(HandlingStep.class);
    for (Move move : Move.values()) {
      Complaint c = stage.reach();
      try {
        move.apply(c);
        possible.add(STEP_OF.get(move));
      } catch (BusinessException refused) {
        // Not possible in this stage.
      }
    }
    Complaint c = stage.reach();
    assertThat(c.availableSteps(ComplaintFixture.MANAGER, ComplaintTest.MOVE_AT, policy()))
        .containsExactlyInAnyOrderElementsOf(possible);
  }

  @ParameterizedTest(name = "in stage {0}")
  @EnumSource(Stage.class)
  void closingOutcomesOfferedAreTheOnesThatSucceed(Stage stage) {
    Set<ClosingOutcome> possible = EnumSet.noneOf(ClosingOutcome.class);
    Map<Move, ClosingOutcome> outcomes =
        Map.of(
            Move.CLOSE_RESOLVED, ClosingOutcome.RESOLVED,
            Move.CLOSE_NO_REPLY, ClosingOutcome.NO_REPLY,
            Move.CLOSE_OPTIONS_EXHAUSTED, ClosingOutcome.OPTIONS_EXHAUSTED,
            Move.CLOSE_EXTERNAL_DECISION, ClosingOutcome.EXTERNAL_DECISION,
            Move.CLOSE_NOT_A_COMPLAINT, ClosingOutcome.NOT_A_COMPLAINT);
    outcomes.forEach(
        (move, outcome) -> {
          Complaint c = stage.reach();
          try {
            move.apply(c);
            possible.add(outcome);
          } catch (BusinessException refused) {
            // Not possible in this stage.
          }
        });
    assertThat(stage.reach().availableOutcomes()).containsExactlyInAnyOrderElementsOf(possible);
  }

  @ParameterizedTest(name = "in stage {0}")
  @EnumSource(
      value = Stage.class,
      names = {"AWAITING_APPROVAL"})
  void theProposerIsNotOfferedTheApprovalOfTheirOwnResponse(Stage stage) {
    Complaint c = stage.reach();
    assertThat(c.availableSteps(ComplaintFixture.MANAGER, ComplaintTest.MOVE_AT, policy()))
        .contains(HandlingStep.DECIDE_APPROVAL);
    assertThat(c.availableSteps(c.response().proposedBy(), ComplaintTest.MOVE_AT, policy()))
        .doesNotContain(HandlingStep.DECIDE_APPROVAL);
  }
}
