package org.redress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.platform.BusinessException;
import org.redress.quality.NonconformityTest.Move;
import org.redress.quality.NonconformityTest.Stage;

/**
 * What the quality pages offer is what the process allows: in every stage, a nonconformity-level
 * step is offered exactly when its move succeeds.
 */
class NonconformityStepsTest {

  private static final Map<Move, NonconformityStep> STEP_OF =
      Map.of(
          Move.START_ANALYSIS, NonconformityStep.START_ANALYSIS,
          Move.RECORD_ROOT_CAUSE, NonconformityStep.RECORD_ROOT_CAUSE,
          Move.PLAN_ACTION, NonconformityStep.PLAN_ACTION,
          Move.START_IMPLEMENTATION, NonconformityStep.START_IMPLEMENTATION,
          Move.PLAN_CHECK, NonconformityStep.PLAN_EFFECTIVENESS_CHECK,
          Move.RECORD_EFFECTIVE, NonconformityStep.RECORD_EFFECTIVENESS,
          Move.CLOSE, NonconformityStep.CLOSE,
          Move.CANCEL, NonconformityStep.CANCEL);

  @ParameterizedTest(name = "in stage {0}")
  @EnumSource(Stage.class)
  void offeredStepsAreExactlyTheMovesThatSucceed(Stage stage) {
    Set<NonconformityStep> possible = EnumSet.noneOf(NonconformityStep.class);
    STEP_OF.forEach(
        (move, step) -> {
          Nonconformity nc = stage.reach();
          try {
            move.apply(nc);
            possible.add(step);
          } catch (BusinessException refused) {
            // Not possible in this stage.
          }
        });
    Set<NonconformityStep> offered = EnumSet.noneOf(NonconformityStep.class);
    offered.addAll(stage.reach().availableSteps());
    offered.removeAll(
        EnumSet.of(NonconformityStep.WORK_ON_ACTIONS, NonconformityStep.COMPLETE_ACTIONS));
    assertThat(offered).isEqualTo(possible);
  }
}
