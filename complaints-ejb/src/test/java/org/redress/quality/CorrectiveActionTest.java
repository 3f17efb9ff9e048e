package org.redress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.quality.NonconformityFixture.COMPLETED_AT;
import static org.redress.quality.NonconformityFixture.VERIFIER;
import static org.redress.quality.NonconformityFixture.aNonconformity;
import static org.redress.quality.NonconformityFixture.actionDueOn;
import static org.redress.quality.NonconformityFixture.daysAfterRaise;
import static org.redress.quality.NonconformityFixture.effective;
import static org.redress.quality.NonconformityFixture.evidence;
import static org.redress.quality.NonconformityFixture.notEffective;
import static org.redress.quality.NonconformityFixture.standardCheck;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.quality.view.ActionView;

/**
 * When a corrective action is overdue, as the action board shows it: open and past its due date.
 * The actions are moved through their nonconformity, the only way they change.
 */
class CorrectiveActionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  static final LocalDate YESTERDAY = TODAY.minusDays(1);
  static final LocalDate TOMORROW = TODAY.plusDays(1);

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ActionStatus.class,
      names = {"PLANNED", "IN_PROGRESS"})
  void anOpenActionPastItsDueDateIsOverdue(ActionStatus status) {
    CorrectiveAction action = actionIn(status, YESTERDAY);

    assertThat(action.isOverdue(TODAY)).isTrue();
    assertThat(action.isOverdue(LocalDate.of(2027, 1, 1))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ActionStatus.class,
      names = {"PLANNED", "IN_PROGRESS"})
  void anOpenActionDueTodayIsNotOverdueYet(ActionStatus status) {
    CorrectiveAction action = actionIn(status, TODAY);

    assertThat(action.isOverdue(TODAY)).isFalse();
    assertThat(action.isOverdue(TOMORROW)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ActionStatus.class,
      names = {"PLANNED", "IN_PROGRESS"})
  void anOpenActionDueLaterIsNotOverdue(ActionStatus status) {
    CorrectiveAction action = actionIn(status, TOMORROW);

    assertThat(action.isOverdue(TODAY)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ActionStatus.class,
      names = {"IMPLEMENTED", "CLOSED", "CANCELLED"})
  void anActionThatIsNoLongerOpenIsNeverOverdue(ActionStatus status) {
    CorrectiveAction action = actionIn(status, YESTERDAY);

    assertThat(action.status()).isEqualTo(status);
    assertThat(action.isOverdue(TODAY)).isFalse();
    assertThat(action.isOverdue(LocalDate.of(2099, 12, 31))).isFalse();
  }

  @Test
  void everyStatusIsCoveredAndOnlyTheOpenOnesCanBeOverdue() {
    for (ActionStatus status : ActionStatus.values()) {
      assertThat(actionIn(status, YESTERDAY).isOverdue(TODAY))
          .as("%s, due yesterday", status)
          .isEqualTo(status.isOpen());
    }
  }

  @Test
  void anActionSentBackByAFailedCheckIsOverdueAgain() {
    Nonconformity nc = aNonconformity().inImplementation();
    nc.cancelAction(2);
    nc.planAction(actionDueOn(YESTERDAY));
    nc.completeAction(1, evidence("Seals replaced"), COMPLETED_AT);
    nc.completeAction(3, evidence("EM-300 checked"), COMPLETED_AT);
    CorrectiveAction action = nc.actions().get(2);
    assertThat(action.isOverdue(TODAY)).isFalse();

    nc.planEffectivenessCheck(standardCheck());
    nc.recordEffectiveness(notEffective(), VERIFIER, daysAfterRaise(44));

    assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(action.isOverdue(TODAY)).isTrue();
  }

  @Test
  void theBoardShowsTheOverdueFlag() {
    Nonconformity nc = aNonconformity().inImplementation();
    nc.planAction(actionDueOn(YESTERDAY));

    List<ActionView> board = nc.actions().stream().map(a -> ActionView.of(a, TODAY)).toList();

    // The fixture's actions are due on 2026-04-17 and 2026-05-15, both before TODAY.
    assertThat(board).extracting(ActionView::overdue).containsExactly(true, true, true);
    assertThat(board)
        .extracting(ActionView::nonconformity)
        .containsOnly(NonconformityFixture.REFERENCE);
  }

  /** An action due on the given day, moved through its nonconformity into the given status. */
  private static CorrectiveAction actionIn(ActionStatus status, LocalDate dueOn) {
    Nonconformity nc = aNonconformity().rootCauseKnown();
    CorrectiveAction action = nc.planAction(actionDueOn(dueOn));
    switch (status) {
      case PLANNED -> {}
      case IN_PROGRESS -> nc.startAction(1);
      case CANCELLED -> nc.cancelAction(1);
      case IMPLEMENTED -> implement(nc);
      case CLOSED -> {
        implement(nc);
        nc.planEffectivenessCheck(standardCheck());
        nc.recordEffectiveness(effective(), VERIFIER, daysAfterRaise(60));
      }
    }
    assertThat(action.status()).as("the action was moved to").isEqualTo(status);
    return action;
  }

  private static void implement(Nonconformity nc) {
    nc.startImplementation();
    nc.startAction(1);
    nc.completeAction(1, evidence("Done, WO-990"), COMPLETED_AT);
  }
}
