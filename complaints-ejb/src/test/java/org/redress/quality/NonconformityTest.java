package org.redress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.redress.quality.NonconformityFixture.CHECKED_AT;
import static org.redress.quality.NonconformityFixture.CHECK_ON;
import static org.redress.quality.NonconformityFixture.CLOSED_AT;
import static org.redress.quality.NonconformityFixture.COMPLETED_AT;
import static org.redress.quality.NonconformityFixture.CONTAINMENT;
import static org.redress.quality.NonconformityFixture.CORRECTION;
import static org.redress.quality.NonconformityFixture.CORRECTION_DUE;
import static org.redress.quality.NonconformityFixture.CRITERIA;
import static org.redress.quality.NonconformityFixture.DESCRIPTION;
import static org.redress.quality.NonconformityFixture.ENGINEER;
import static org.redress.quality.NonconformityFixture.LINE_LEAD;
import static org.redress.quality.NonconformityFixture.QMS_ADMIN;
import static org.redress.quality.NonconformityFixture.RAISED_AT;
import static org.redress.quality.NonconformityFixture.REFERENCE;
import static org.redress.quality.NonconformityFixture.ROOT_CAUSE;
import static org.redress.quality.NonconformityFixture.TITLE;
import static org.redress.quality.NonconformityFixture.TODAY;
import static org.redress.quality.NonconformityFixture.VERIFIER;
import static org.redress.quality.NonconformityFixture.WHYS;
import static org.redress.quality.NonconformityFixture.aNonconformity;
import static org.redress.quality.NonconformityFixture.actionDueOn;
import static org.redress.quality.NonconformityFixture.correction;
import static org.redress.quality.NonconformityFixture.correctiveAction;
import static org.redress.quality.NonconformityFixture.daysAfterRaise;
import static org.redress.quality.NonconformityFixture.effective;
import static org.redress.quality.NonconformityFixture.evidence;
import static org.redress.quality.NonconformityFixture.notEffective;
import static org.redress.quality.NonconformityFixture.standardCheck;
import static org.redress.quality.NonconformityFixture.standardRootCause;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.platform.FieldError;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;
import org.redress.quality.view.NonconformityDetails;

/**
 * The nonconformity aggregate (ISO 9001 10.2): every move from raising to closing, what it records,
 * the rules that refuse a move, and every move the current state does not allow.
 */
class NonconformityTest {

  /** When the moves of the systematic tests happen: after every stage of the fixture. */
  static final Instant MOVE_AT = daysAfterRaise(70);

  @Nested
  class Raising {

    @Test
    void aRaisedNonconformityIsADraftWithWhatWasFound() {
      Nonconformity nc =
          Nonconformity.raise(
              REFERENCE,
              NonconformitySource.AUDIT,
              NonconformitySeverity.MINOR,
              "  " + TITLE + " \n",
              DESCRIPTION,
              CONTAINMENT,
              QMS_ADMIN,
              RAISED_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.DRAFT);
      assertThat(nc.reference()).isEqualTo(REFERENCE);
      assertThat(nc.source()).isEqualTo(NonconformitySource.AUDIT);
      assertThat(nc.severity()).isEqualTo(NonconformitySeverity.MINOR);
      assertThat(nc.title()).isEqualTo(TITLE);
      assertThat(nc.description()).isEqualTo(DESCRIPTION);
      assertThat(nc.containment()).isEqualTo(CONTAINMENT);
      assertThat(nc.raisedBy()).isEqualTo(QMS_ADMIN);
      assertThat(nc.raisedAt()).isEqualTo(RAISED_AT);
    }

    @Test
    void aDraftHasNoAnalysisActionsOrCheckYet() {
      Nonconformity nc = aNonconformity().draft();

      assertThat(nc.whys()).isEmpty();
      assertThat(nc.category()).isNull();
      assertThat(nc.rootCause()).isNull();
      assertThat(nc.eightDisciplines()).isEmpty();
      assertThat(nc.actions()).isEmpty();
      assertThat(nc.checkCriteria()).isNull();
      assertThat(nc.checkPassed()).isNull();
      assertThat(nc.failedChecks()).isZero();
      assertThat(nc.closedAt()).isNull();
      assertThat(nc.cancelReason()).isNull();
    }

    @Test
    void theAuditorSeesTheDraftsState() {
      Nonconformity nc = aNonconformity().draft();

      assertThat(nc.auditState())
          .containsExactly(
              entry("status", NonconformityStatus.DRAFT),
              entry("severity", NonconformitySeverity.MAJOR),
              entry("category", null),
              entry("rootCause", null),
              entry("actions", 0),
              entry("checkPassed", null),
              entry("failedChecks", 0),
              entry("closedAt", null));
    }

    @Test
    void startingTheAnalysisMovesTheDraftOn() {
      Nonconformity nc = aNonconformity().draft();

      nc.startAnalysis();

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ANALYSIS);
      assertThat(nc.rootCause()).isNull();
    }

    @Test
    void theAnalysisStartsOnlyOnce() {
      Nonconformity nc = aNonconformity().inAnalysis();

      assertThatThrownBy(nc::startAnalysis)
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Cannot start the analysis of " + REFERENCE + " while it is ANALYSIS");
    }
  }

  @Nested
  class RecordingTheRootCause {

    @Test
    void theFiveWhysAreStrippedAndKeptInTheirOrder() {
      Nonconformity nc = aNonconformity().inAnalysis();

      nc.recordRootCause(
          new RecordRootCause(
              List.of(
                  "  The machine leaks at the base ",
                  "\tThe base seal does not close",
                  "The seal is 2 mm too short  ",
                  " The cutter was set to the old length\n",
                  "The seal length is not in the work instruction"),
              IshikawaCategory.METHOD,
              "  " + ROOT_CAUSE + "\n",
              null));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ANALYSIS);
      assertThat(nc.whys()).containsExactlyElementsOf(WHYS);
      assertThat(nc.category()).isEqualTo(IshikawaCategory.METHOD);
      assertThat(nc.rootCause()).isEqualTo(ROOT_CAUSE);
      assertThat(nc.eightDisciplines()).isEmpty();
    }

    @ParameterizedTest(name = "{0} why(s)")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void oneToFiveWhysAreKept(int count) {
      Nonconformity nc = aNonconformity().inAnalysis();
      List<String> whys = WHYS.subList(0, count);

      nc.recordRootCause(new RecordRootCause(whys, IshikawaCategory.MATERIAL, ROOT_CAUSE, null));

      assertThat(nc.whys()).containsExactlyElementsOf(whys);
    }

    @Test
    void aWhyWrittenOverTwoLinesStaysOneWhy() {
      Nonconformity nc = aNonconformity().inAnalysis();
      List<String> whys =
          List.of(
              "The seal does not close:\nit is 2 mm too short", "The cutter used the old length");

      nc.recordRootCause(new RecordRootCause(whys, IshikawaCategory.MACHINE, ROOT_CAUSE, null));

      assertThat(nc.whys()).as("the whys as recorded").containsExactlyElementsOf(whys);
    }

    @Test
    void recordingTheRootCauseOfADraftStartsTheAnalysis() {
      Nonconformity nc = aNonconformity().draft();

      nc.recordRootCause(standardRootCause());

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ANALYSIS);
      assertThat(nc.whys()).containsExactlyElementsOf(WHYS);
      assertThat(nc.rootCause()).isEqualTo(ROOT_CAUSE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(IshikawaCategory.class)
    void everyIshikawaCategoryIsKept(IshikawaCategory category) {
      Nonconformity nc = aNonconformity().inAnalysis();

      nc.recordRootCause(new RecordRootCause(WHYS, category, ROOT_CAUSE, null));

      assertThat(nc.category()).isEqualTo(category);
      assertThat(nc.auditState()).containsEntry("category", category);
    }

    @Test
    void theEightDisciplinesComeBackAsRecorded() {
      Nonconformity nc = aNonconformity().inAnalysis();
      List<String> eightD =
          List.of(
              "D1 Team: Quinn (QMS), Olaf (line), Paula (process)",
              "D2 Problem: leaks at the base of EM-200,\nlot LOT-2026-02 only",
              "D3 Containment: lot blocked",
              "D4 Root cause: seal length missing in WI-17",
              "",
              "D6 Implemented: WI-17 rev. C",
              "D7 Prevention: seal lengths in all work instructions\n\nreviewed",
              "D8 Team thanked");

      nc.recordRootCause(new RecordRootCause(WHYS, IshikawaCategory.METHOD, ROOT_CAUSE, eightD));

      assertThat(nc.eightDisciplines()).containsExactlyElementsOf(eightD);
    }

    @Test
    void revisingTheRootCauseDuringTheActionPlanReplacesItAndKeepsThePlan() {
      Nonconformity nc = aNonconformity().actionPlan();

      nc.recordRootCause(
          new RecordRootCause(
              List.of("The seal supplier changed the material"),
              IshikawaCategory.MATERIAL,
              " The supplier's new seal shrinks ",
              List.of("D1 Team", "D2 Problem")));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ACTION_PLAN);
      assertThat(nc.whys()).containsExactly("The seal supplier changed the material");
      assertThat(nc.category()).isEqualTo(IshikawaCategory.MATERIAL);
      assertThat(nc.rootCause()).isEqualTo("The supplier's new seal shrinks");
      assertThat(nc.eightDisciplines()).containsExactly("D1 Team", "D2 Problem");
      assertThat(nc.actions()).hasSize(2);
    }

    @Test
    void revisingTheRootCauseInTheAnalysisReplacesIt() {
      Nonconformity nc = aNonconformity().rootCauseKnown();

      nc.recordRootCause(
          new RecordRootCause(
              List.of("Operator error"), IshikawaCategory.PEOPLE, "Untrained", null));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ANALYSIS);
      assertThat(nc.whys()).containsExactly("Operator error");
      assertThat(nc.category()).isEqualTo(IshikawaCategory.PEOPLE);
      assertThat(nc.rootCause()).isEqualTo("Untrained");
    }

    @Test
    void aRevisionWithoutEightDisciplinesDropsTheEarlierOnes() {
      Nonconformity nc = aNonconformity().inAnalysis();
      nc.recordRootCause(
          new RecordRootCause(WHYS, IshikawaCategory.METHOD, ROOT_CAUSE, List.of("D1", "D2")));

      nc.recordRootCause(new RecordRootCause(WHYS, IshikawaCategory.METHOD, ROOT_CAUSE, List.of()));

      assertThat(nc.eightDisciplines()).isEmpty();
    }

    @Test
    void anEightDFormLeftBlankRecordsNoEightDisciplines() {
      Nonconformity nc = aNonconformity().inAnalysis();

      nc.recordRootCause(
          new RecordRootCause(
              WHYS, IshikawaCategory.METHOD, ROOT_CAUSE, Collections.nCopies(8, " ")));

      assertThat(nc.eightDisciplines()).isEmpty();
    }

    @Test
    void theRootCauseIsFixedOnceTheActionsAreBeingImplemented() {
      Nonconformity nc = aNonconformity().inImplementation();

      assertRefusedAsIllegal(nc, () -> nc.recordRootCause(standardRootCause()));
      assertThat(nc.rootCause()).isEqualTo(ROOT_CAUSE);
    }
  }

  @Nested
  class PlanningActions {

    @Test
    void noActionIsPlannedBeforeTheRootCauseIsKnown() {
      Nonconformity nc = aNonconformity().inAnalysis();

      RuleViolationException refusal =
          assertRefusedByRule(nc, () -> nc.planAction(correction()), "root-cause-first");

      assertThat(refusal)
          .hasMessage("Record the root cause of " + REFERENCE + " before planning actions");
      assertThat(nc.actions()).isEmpty();
    }

    @Test
    void theFirstActionTurnsTheAnalysisIntoAnActionPlan() {
      Nonconformity nc = aNonconformity().rootCauseKnown();

      CorrectiveAction action =
          nc.planAction(
              new PlanAction(
                  ActionType.CORRECTION,
                  "  " + CORRECTION + "\n",
                  " " + LINE_LEAD + " ",
                  CORRECTION_DUE));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ACTION_PLAN);
      assertThat(nc.actions()).containsExactly(action);
      assertThat(action.number()).isEqualTo(1);
      assertThat(action.nonconformity()).isSameAs(nc);
      assertThat(action.type()).isEqualTo(ActionType.CORRECTION);
      assertThat(action.description()).isEqualTo(CORRECTION);
      assertThat(action.owner()).isEqualTo(LINE_LEAD);
      assertThat(action.dueOn()).isEqualTo(CORRECTION_DUE);
      assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(action.evidence()).isNull();
      assertThat(action.implementedAt()).isNull();
      assertThat(action.closedAt()).isNull();
    }

    @Test
    void actionsAreNumberedOneToN() {
      Nonconformity nc = aNonconformity().rootCauseKnown();

      nc.planAction(correction());
      nc.planAction(correctiveAction());
      nc.planAction(actionDueOn(LocalDate.of(2026, 6, 30)));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ACTION_PLAN);
      assertThat(nc.actions()).extracting(CorrectiveAction::number).containsExactly(1, 2, 3);
      assertThat(nc.actions())
          .extracting(CorrectiveAction::type)
          .containsExactly(ActionType.CORRECTION, ActionType.CORRECTIVE, ActionType.PREVENTIVE);
      assertThat(nc.actions())
          .extracting(CorrectiveAction::owner)
          .containsExactly(LINE_LEAD, ENGINEER, ENGINEER);
      assertThat(nc.auditState())
          .containsEntry("actions", 3)
          .containsEntry("action.1", ActionStatus.PLANNED)
          .containsEntry("action.3", ActionStatus.PLANNED);
    }

    @Test
    void aCancelledActionKeepsItsNumber() {
      Nonconformity nc = aNonconformity().actionPlan();
      nc.cancelAction(2);

      CorrectiveAction third = nc.planAction(actionDueOn(LocalDate.of(2026, 6, 30)));

      assertThat(third.number()).isEqualTo(3);
      assertThat(nc.actions())
          .extracting(CorrectiveAction::number, CorrectiveAction::status)
          .containsExactly(
              tuple(1, ActionStatus.PLANNED),
              tuple(2, ActionStatus.CANCELLED),
              tuple(3, ActionStatus.PLANNED));
    }

    @Test
    void moreActionsCanBeAddedDuringTheImplementation() {
      Nonconformity nc = aNonconformity().inImplementation();

      CorrectiveAction added =
          nc.planAction(
              new PlanAction(
                  ActionType.IMPROVEMENT,
                  "Poka-yoke gauge at the cutter",
                  ENGINEER,
                  LocalDate.of(2026, 7, 1)));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
      assertThat(added.number()).isEqualTo(3);
      assertThat(added.status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(nc.actions()).hasSize(3);
    }

    @Test
    void anActionCanBeAddedAfterAFailedCheck() {
      Nonconformity nc = aNonconformity().checkFailed();

      CorrectiveAction added = nc.planAction(actionDueOn(LocalDate.of(2026, 7, 1)));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
      assertThat(added.number()).isEqualTo(3);
    }

    @Test
    void theActionsCannotBeEditedFromOutside() {
      Nonconformity nc = aNonconformity().actionPlan();

      assertThatThrownBy(() -> nc.actions().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(nc.actions()).hasSize(2);
    }
  }

  @Nested
  class Implementing {

    @Test
    void theImplementationStartsWithAtLeastOneAction() {
      Nonconformity nc = aNonconformity().actionPlan();

      nc.startImplementation();

      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
      assertThat(nc.actions())
          .extracting(CorrectiveAction::status)
          .containsOnly(ActionStatus.PLANNED);
    }

    @Test
    void aPlanWithOnlyCancelledActionsIsNotImplemented() {
      Nonconformity nc = aNonconformity().actionPlan();
      nc.cancelAction(1);
      nc.cancelAction(2);

      RuleViolationException refusal =
          assertRefusedByRule(nc, nc::startImplementation, "no-actions");

      assertThat(refusal).hasMessage(REFERENCE + " has no action to implement or verify");
    }

    @Test
    void oneLiveActionIsEnoughToStart() {
      Nonconformity nc = aNonconformity().actionPlan();
      nc.cancelAction(1);

      nc.startImplementation();

      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
    }

    @Test
    void startingAnActionPutsItInProgress() {
      Nonconformity nc = aNonconformity().inImplementation();

      nc.startAction(2);

      assertThat(action(nc, 2).status()).isEqualTo(ActionStatus.IN_PROGRESS);
      assertThat(action(nc, 1).status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(nc.auditState()).containsEntry("action.2", ActionStatus.IN_PROGRESS);
    }

    @Test
    void anActionCanBeStartedWhileThePlanIsStillBeingAgreed() {
      Nonconformity nc = aNonconformity().actionPlan();

      nc.startAction(1);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.ACTION_PLAN);
      assertThat(action(nc, 1).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void anActionInProgressIsNotStartedAgain() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.startAction(1);

      assertRefusedAsIllegal(nc, () -> nc.startAction(1));
    }

    @Test
    void aCompletedActionIsImplementedWithItsEvidence() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.startAction(1);

      nc.completeAction(1, evidence("  Seals replaced, work order WO-881 \n"), COMPLETED_AT);

      CorrectiveAction action = action(nc, 1);
      assertThat(action.status()).isEqualTo(ActionStatus.IMPLEMENTED);
      assertThat(action.evidence()).isEqualTo("Seals replaced, work order WO-881");
      assertThat(action.implementedAt()).isEqualTo(COMPLETED_AT);
      assertThat(action.closedAt()).isNull();
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
    }

    @Test
    void aPlannedActionCanBeCompletedWithoutBeingStartedFirst() {
      Nonconformity nc = aNonconformity().inImplementation();

      nc.completeAction(2, evidence("WI-17 rev. C"), COMPLETED_AT);

      assertThat(action(nc, 2).status()).isEqualTo(ActionStatus.IMPLEMENTED);
    }

    @ParameterizedTest(name = "evidence \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n "})
    void withoutEvidenceAnActionIsNotDone(String blank) {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.startAction(1);

      InvalidInputException refusal =
          assertRefusedAsInvalid(
              nc, () -> nc.completeAction(1, evidence(blank), MOVE_AT), "evidence");

      assertThat(refusal.errors())
          .containsExactly(
              new FieldError(
                  "evidence", "is required: an action counts as done only with evidence"));
      assertThat(action(nc, 1).status()).isEqualTo(ActionStatus.IN_PROGRESS);
      assertThat(action(nc, 1).implementedAt()).isNull();
    }

    @Test
    void anImplementedActionIsNotCompletedTwice() {
      Nonconformity nc = aNonconformity().actionsImplemented();

      assertRefusedAsIllegal(nc, () -> nc.completeAction(1, evidence("Again"), MOVE_AT));
      assertThat(action(nc, 1).evidence()).isEqualTo("Seals replaced, work order WO-881");
      assertThat(action(nc, 1).implementedAt()).isEqualTo(COMPLETED_AT);
    }

    @Test
    void actionsAreCompletedOnlyDuringTheImplementation() {
      Nonconformity nc = aNonconformity().actionPlan();

      assertThatThrownBy(() -> nc.completeAction(1, evidence("Done"), MOVE_AT))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Cannot complete actions of " + REFERENCE + " while it is ACTION_PLAN");
    }

    @ParameterizedTest(name = "action {0}")
    @ValueSource(ints = {1, 2})
    void anOpenActionCanBeCancelled(int number) {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.startAction(2);

      nc.cancelAction(number);

      assertThat(action(nc, number).status()).isEqualTo(ActionStatus.CANCELLED);
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
    }

    @Test
    void anImplementedActionIsNotCancelled() {
      Nonconformity nc = aNonconformity().actionsImplemented();

      assertRefusedAsIllegal(nc, () -> nc.cancelAction(2));
      assertThat(action(nc, 2).status()).isEqualTo(ActionStatus.IMPLEMENTED);
    }

    @Test
    void aCancelledActionStaysCancelled() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.cancelAction(1);

      assertRefusedAsIllegal(nc, () -> nc.cancelAction(1));
      assertRefusedAsIllegal(nc, () -> nc.startAction(1));
      assertRefusedAsIllegal(nc, () -> nc.completeAction(1, evidence("Done anyway"), MOVE_AT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ActionMove.class)
    void anUnknownActionIsNotFound(ActionMove move) {
      Nonconformity nc = aNonconformity().inImplementation();
      NonconformityDetails before = seenByTheQmsAdmin(nc);
      Map<String, Object> audited = nc.auditState();

      assertThatThrownBy(() -> move.apply(nc, 3))
          .isInstanceOf(RecordNotFoundException.class)
          .hasMessage("Action " + REFERENCE + "/3 does not exist");
      assertThatThrownBy(() -> move.apply(nc, 0)).isInstanceOf(RecordNotFoundException.class);

      assertThat(seenByTheQmsAdmin(nc)).isEqualTo(before);
      assertThat(nc.auditState()).isEqualTo(audited);
    }
  }

  @Nested
  class CheckingEffectiveness {

    @Test
    void theCheckWaitsUntilNoActionIsOpen() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.startAction(1);
      nc.completeAction(1, evidence("Seals replaced"), COMPLETED_AT);
      nc.startAction(2);

      RuleViolationException refusal =
          assertRefusedByRule(nc, () -> nc.planEffectivenessCheck(standardCheck()), "actions-open");

      assertThat(refusal).hasMessage(REFERENCE + " still has open actions");
      assertThat(nc.checkCriteria()).isNull();
    }

    @Test
    void thereIsNothingToCheckWhenNoActionWasImplemented() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.cancelAction(1);
      nc.cancelAction(2);

      RuleViolationException refusal =
          assertRefusedByRule(nc, () -> nc.planEffectivenessCheck(standardCheck()), "no-actions");

      assertThat(refusal).hasMessage(REFERENCE + " has no action to implement or verify");
    }

    @Test
    void thePlannedCheckIsRecordedAndTheReviewStarts() {
      Nonconformity nc = aNonconformity().actionsImplemented();

      nc.planEffectivenessCheck(
          new PlanEffectivenessCheck("  " + CRITERIA + " ", CHECK_ON, " " + VERIFIER + "\n"));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.EFFECTIVENESS_REVIEW);
      assertThat(nc.checkCriteria()).isEqualTo(CRITERIA);
      assertThat(nc.checkPlannedOn()).isEqualTo(CHECK_ON);
      assertThat(nc.checkVerifier()).isEqualTo(VERIFIER);
      assertThat(nc.checkPassed()).isNull();
      assertThat(nc.checkNotes()).isNull();
      assertThat(nc.checkedAt()).isNull();
      assertThat(nc.actions())
          .extracting(CorrectiveAction::status)
          .containsOnly(ActionStatus.IMPLEMENTED);
    }

    @Test
    void cancelledActionsDoNotHoldTheCheckBack() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.cancelAction(1);
      nc.completeAction(2, evidence("WI-17 rev. C"), COMPLETED_AT);

      nc.planEffectivenessCheck(standardCheck());

      assertThat(nc.status()).isEqualTo(NonconformityStatus.EFFECTIVENESS_REVIEW);
    }

    @Test
    void aFailedCheckSendsTheImplementedActionsBackToWork() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.cancelAction(1);
      nc.completeAction(2, evidence("WI-17 rev. C"), COMPLETED_AT);
      nc.planEffectivenessCheck(standardCheck());

      nc.recordEffectiveness(
          new RecordEffectiveness(false, "Two new leaks on lot LOT-2026-05"), VERIFIER, CHECKED_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
      assertThat(nc.failedChecks()).isEqualTo(1);
      assertThat(nc.checkPassed()).isFalse();
      assertThat(nc.checkNotes()).isEqualTo("Two new leaks on lot LOT-2026-05");
      assertThat(nc.checkedAt()).isEqualTo(CHECKED_AT);
      assertThat(action(nc, 1).status()).isEqualTo(ActionStatus.CANCELLED);
      CorrectiveAction redo = action(nc, 2);
      assertThat(redo.status()).isEqualTo(ActionStatus.IN_PROGRESS);
      assertThat(redo.implementedAt()).isNull();
      assertThat(redo.closedAt()).isNull();
      assertThat(nc.auditState())
          .containsEntry("status", NonconformityStatus.IMPLEMENTATION)
          .containsEntry("action.1", ActionStatus.CANCELLED)
          .containsEntry("action.2", ActionStatus.IN_PROGRESS)
          .containsEntry("checkPassed", false)
          .containsEntry("failedChecks", 1);
    }

    @Test
    void afterAFailedCheckTheActionsMustBeCompletedAgainBeforeTheNextCheck() {
      Nonconformity nc = aNonconformity().checkFailed();

      assertRefusedByRule(nc, () -> nc.planEffectivenessCheck(standardCheck()), "actions-open");

      nc.completeAction(1, evidence("Seals replaced again, WO-902"), daysAfterRaise(65));
      assertRefusedByRule(nc, () -> nc.planEffectivenessCheck(standardCheck()), "actions-open");

      nc.completeAction(2, evidence("WI-17 rev. D"), daysAfterRaise(66));
      nc.planEffectivenessCheck(
          new PlanEffectivenessCheck("No leak for 12 weeks", LocalDate.of(2026, 9, 1), VERIFIER));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.EFFECTIVENESS_REVIEW);
      assertThat(nc.checkCriteria()).isEqualTo("No leak for 12 weeks");
      assertThat(nc.checkPlannedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
      assertThat(nc.checkPassed()).as("the new check has no verdict yet").isNull();
      assertThat(nc.checkNotes()).isNull();
      assertThat(nc.checkedAt()).isNull();
      assertThat(nc.failedChecks()).as("the failed check is remembered").isEqualTo(1);
      assertThat(action(nc, 1).evidence()).isEqualTo("Seals replaced again, WO-902");
      assertThat(action(nc, 1).implementedAt()).isEqualTo(daysAfterRaise(65));
    }

    @Test
    void everyFailedCheckIsCounted() {
      Nonconformity nc = aNonconformity().checkFailed();
      nc.completeAction(1, evidence("Redone"), daysAfterRaise(65));
      nc.completeAction(2, evidence("Redone"), daysAfterRaise(65));
      nc.planEffectivenessCheck(standardCheck());

      nc.recordEffectiveness(notEffective(), VERIFIER, daysAfterRaise(90));

      assertThat(nc.failedChecks()).isEqualTo(2);
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
    }

    @Test
    void aPassedCheckClosesTheImplementedActions() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.cancelAction(1);
      nc.completeAction(2, evidence("WI-17 rev. C"), COMPLETED_AT);
      nc.planEffectivenessCheck(standardCheck());

      nc.recordEffectiveness(
          new RecordEffectiveness(true, "No leak reported for 8 weeks"), VERIFIER, CHECKED_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.EFFECTIVENESS_REVIEW);
      assertThat(nc.checkPassed()).isTrue();
      assertThat(nc.checkNotes()).isEqualTo("No leak reported for 8 weeks");
      assertThat(nc.checkedAt()).isEqualTo(CHECKED_AT);
      assertThat(nc.failedChecks()).isZero();
      assertThat(nc.closedAt()).as("the nonconformity itself is not closed yet").isNull();
      CorrectiveAction done = action(nc, 2);
      assertThat(done.status()).isEqualTo(ActionStatus.CLOSED);
      assertThat(done.closedAt()).isEqualTo(CHECKED_AT);
      assertThat(done.implementedAt()).isEqualTo(COMPLETED_AT);
      assertThat(done.evidence()).isEqualTo("WI-17 rev. C");
      assertThat(action(nc, 1).status()).isEqualTo(ActionStatus.CANCELLED);
      assertThat(action(nc, 1).closedAt()).isNull();
    }

    /**
     * After a passed check the implemented actions are closed "for good". A second verdict must not
     * overturn it: recording "not effective" now would count a failed check, send the nonconformity
     * back to implementation and leave every action CLOSED, so nothing goes back to work and the
     * next check is refused ("no-actions") until new actions are planned.
     */
    @Test
    void aPassedCheckIsNotOverturnedOnceTheActionsAreClosed() {
      Nonconformity nc = aNonconformity().verified();

      assertRefusedAsIllegal(nc, () -> nc.recordEffectiveness(notEffective(), VERIFIER, MOVE_AT));
      assertThat(nc.checkPassed()).isTrue();
      assertThat(nc.failedChecks()).isZero();
    }
  }

  @Nested
  class Closing {

    @Test
    void aNonconformityIsNotClosedBeforeItsCheckPassed() {
      Nonconformity nc = aNonconformity().underReview();

      RuleViolationException refusal =
          assertRefusedByRule(nc, () -> nc.close(CLOSED_AT), "effectiveness-not-verified");

      assertThat(refusal)
          .hasMessage(REFERENCE + " can be closed only after its effectiveness check passed");
      assertThat(nc.closedAt()).isNull();
    }

    @Test
    void aNonconformityWithAPassedCheckCloses() {
      Nonconformity nc = aNonconformity().verified();

      nc.close(CLOSED_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.CLOSED);
      assertThat(nc.closedAt()).isEqualTo(CLOSED_AT);
      assertThat(nc.cancelReason()).isNull();
      assertThat(nc.auditState())
          .containsEntry("status", NonconformityStatus.CLOSED)
          .containsEntry("checkPassed", true)
          .containsEntry("closedAt", CLOSED_AT);
    }

    @Test
    void aFailedCheckIsNoWayToClose() {
      Nonconformity nc = aNonconformity().checkFailed();

      assertThatThrownBy(() -> nc.close(CLOSED_AT))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Cannot close " + REFERENCE + " while it is IMPLEMENTATION");
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
    }

    @Test
    void theWholeWayFromRaisingToClosing() {
      Nonconformity nc =
          Nonconformity.raise(
              REFERENCE,
              NonconformitySource.COMPLAINT,
              NonconformitySeverity.MAJOR,
              TITLE,
              DESCRIPTION,
              CONTAINMENT,
              QMS_ADMIN,
              RAISED_AT);
      assertThat(nc.status()).isEqualTo(NonconformityStatus.DRAFT);

      nc.startAnalysis();
      assertThat(nc.status()).isEqualTo(NonconformityStatus.ANALYSIS);

      nc.recordRootCause(standardRootCause());
      assertThat(nc.whys()).hasSize(5);

      nc.planAction(correction());
      nc.planAction(correctiveAction());
      assertThat(nc.status()).isEqualTo(NonconformityStatus.ACTION_PLAN);

      nc.startImplementation();
      nc.startAction(1);
      nc.startAction(2);
      nc.completeAction(1, evidence("Seals replaced, WO-881"), daysAfterRaise(10));
      nc.completeAction(2, evidence("WI-17 rev. C"), daysAfterRaise(20));
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);

      nc.planEffectivenessCheck(standardCheck());
      assertThat(nc.status()).isEqualTo(NonconformityStatus.EFFECTIVENESS_REVIEW);

      nc.recordEffectiveness(notEffective(), VERIFIER, daysAfterRaise(60));
      assertThat(nc.status()).isEqualTo(NonconformityStatus.IMPLEMENTATION);
      assertThat(nc.actions())
          .extracting(CorrectiveAction::status)
          .containsOnly(ActionStatus.IN_PROGRESS);

      nc.completeAction(1, evidence("Seals replaced with the new length, WO-902"), day(65));
      nc.completeAction(2, evidence("WI-17 rev. D, cutter setting locked"), day(70));
      nc.planEffectivenessCheck(
          new PlanEffectivenessCheck("No leak for 12 weeks", LocalDate.of(2026, 9, 1), VERIFIER));
      nc.recordEffectiveness(effective(), VERIFIER, day(150));
      nc.close(day(151));

      assertThat(nc.status()).isEqualTo(NonconformityStatus.CLOSED);
      assertThat(nc.closedAt()).isEqualTo(day(151));
      assertThat(nc.failedChecks()).isEqualTo(1);
      assertThat(nc.checkPassed()).isTrue();
      assertThat(nc.checkedAt()).isEqualTo(day(150));
      assertThat(nc.actions())
          .extracting(
              CorrectiveAction::number,
              CorrectiveAction::status,
              CorrectiveAction::evidence,
              CorrectiveAction::implementedAt,
              CorrectiveAction::closedAt)
          .containsExactly(
              tuple(
                  1,
                  ActionStatus.CLOSED,
                  "Seals replaced with the new length, WO-902",
                  day(65),
                  day(150)),
              tuple(
                  2,
                  ActionStatus.CLOSED,
                  "WI-17 rev. D, cutter setting locked",
                  day(70),
                  day(150)));
      assertThat(nc.actions()).noneMatch(a -> a.isOverdue(LocalDate.of(2027, 1, 1)));
      assertThat(nc.auditState())
          .containsExactly(
              entry("status", NonconformityStatus.CLOSED),
              entry("severity", NonconformitySeverity.MAJOR),
              entry("category", IshikawaCategory.METHOD),
              entry("rootCause", ROOT_CAUSE),
              entry("actions", 2),
              entry("action.1", ActionStatus.CLOSED),
              entry("action.2", ActionStatus.CLOSED),
              entry("checkPassed", true),
              entry("failedChecks", 1),
              entry("closedAt", day(151)));
    }
  }

  @Nested
  class Cancelling {

    @ParameterizedTest(name = "in stage {0}")
    @MethodSource("org.redress.quality.NonconformityTest#openStages")
    void anOpenNonconformityIsCancelledWithAReason(Stage stage) {
      Nonconformity nc = stage.reach();
      List<ActionStatus> before = nc.actions().stream().map(CorrectiveAction::status).toList();

      nc.cancel("  Raised twice, see NC-2026-00006 \n", MOVE_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.CANCELLED);
      assertThat(nc.cancelReason()).isEqualTo("Raised twice, see NC-2026-00006");
      assertThat(nc.closedAt()).isEqualTo(MOVE_AT);
      for (int i = 0; i < before.size(); i++) {
        ActionStatus expected = before.get(i).isOpen() ? ActionStatus.CANCELLED : before.get(i);
        assertThat(nc.actions().get(i).status())
            .as("action %d, %s before", i + 1, before.get(i))
            .isEqualTo(expected);
      }
    }

    @Test
    void openActionsAreCancelledAndImplementedOnesAreLeftAlone() {
      Nonconformity nc = aNonconformity().inImplementation();
      nc.completeAction(1, evidence("Seals replaced"), COMPLETED_AT);
      nc.startAction(2);
      nc.planAction(actionDueOn(LocalDate.of(2026, 7, 1)));

      nc.cancel("The product is discontinued", MOVE_AT);

      assertThat(nc.actions())
          .extracting(CorrectiveAction::status)
          .containsExactly(
              ActionStatus.IMPLEMENTED, ActionStatus.CANCELLED, ActionStatus.CANCELLED);
      assertThat(action(nc, 1).evidence()).isEqualTo("Seals replaced");
      assertThat(action(nc, 1).implementedAt()).isEqualTo(COMPLETED_AT);
      assertThat(action(nc, 1).closedAt()).isNull();
    }

    @Test
    void closedActionsStayClosed() {
      Nonconformity nc = aNonconformity().verified();

      nc.cancel("Superseded by NC-2026-00011", MOVE_AT);

      assertThat(nc.status()).isEqualTo(NonconformityStatus.CANCELLED);
      assertThat(nc.actions())
          .allSatisfy(
              a -> {
                assertThat(a.status()).isEqualTo(ActionStatus.CLOSED);
                assertThat(a.closedAt()).isEqualTo(CHECKED_AT);
              });
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t "})
    void aCancellationNeedsAReason(String blank) {
      Nonconformity nc = aNonconformity().inImplementation();

      InvalidInputException refusal =
          assertRefusedAsInvalid(nc, () -> nc.cancel(blank, MOVE_AT), "reason");

      assertThat(refusal.errors()).containsExactly(new FieldError("reason", "is required"));
      assertThat(nc.cancelReason()).isNull();
      assertThat(nc.actions())
          .extracting(CorrectiveAction::status)
          .containsOnly(ActionStatus.PLANNED);
    }

    @ParameterizedTest(name = "in stage {0}")
    @MethodSource("org.redress.quality.NonconformityTest#openStages")
    void aCancellationWithoutAReasonIsRefusedInEveryOpenStage(Stage stage) {
      Nonconformity nc = stage.reach();

      assertRefusedAsInvalid(nc, () -> nc.cancel("  ", MOVE_AT), "reason");
    }

    @ParameterizedTest(name = "in stage {0}")
    @EnumSource(
        value = Stage.class,
        names = {"CLOSED", "CANCELLED"})
    void aFinishedNonconformityIsNotCancelled(Stage stage) {
      Nonconformity nc = stage.reach();

      assertRefusedAsIllegal(nc, () -> nc.cancel("Too late", MOVE_AT));
      assertRefusedAsIllegal(nc, () -> nc.cancel(null, MOVE_AT));
      assertThatThrownBy(() -> nc.cancel("Too late", MOVE_AT))
          .hasMessage("Cannot cancel " + REFERENCE + " while it is " + stage.status);
    }

    @Test
    void theFirstReasonStays() {
      Nonconformity nc = aNonconformity().cancelled();

      assertRefusedAsIllegal(nc, () -> nc.cancel("Another reason", MOVE_AT));
      assertThat(nc.cancelReason()).isEqualTo("Raised twice, see NC-2026-00006");
      assertThat(nc.closedAt()).isEqualTo(CLOSED_AT);
    }
  }

  // The systematic part: every move in every stage the fixture reaches.

  @ParameterizedTest(name = "stage {0}")
  @EnumSource(Stage.class)
  void everyStageIsReachedThroughTheAggregate(Stage stage) {
    Nonconformity nc = stage.reach();

    assertThat(nc.status()).isEqualTo(stage.status);
    assertThat(nc.auditState()).containsEntry("status", stage.status);
  }

  @Test
  void theStagesReachEveryStatus() {
    Set<NonconformityStatus> reached = EnumSet.noneOf(NonconformityStatus.class);
    for (Stage stage : Stage.values()) {
      reached.add(stage.status);
    }

    assertThat(reached).containsExactlyInAnyOrder(NonconformityStatus.values());
  }

  @ParameterizedTest(name = "{1} in stage {0} gives {2}")
  @MethodSource("legalMoves")
  void aLegalMoveIsTaken(Stage stage, Move move, NonconformityStatus expected) {
    Nonconformity nc = stage.reach();

    move.apply(nc);

    assertThat(nc.status()).isEqualTo(expected);
    assertThat(nc.auditState()).containsEntry("status", expected);
  }

  @ParameterizedTest(name = "{1} is refused in stage {0}")
  @MethodSource("illegalMoves")
  void anIllegalMoveIsRefusedAndChangesNothing(Stage stage, Move move) {
    Nonconformity nc = stage.reach();

    assertRefusedAsIllegal(nc, () -> move.apply(nc));
    assertThat(nc.status()).isEqualTo(stage.status);
  }

  @ParameterizedTest(name = "{1} is refused in stage {0} by rule {2}")
  @MethodSource("movesRefusedByRule")
  void aMoveAgainstARuleIsRefusedAndChangesNothing(Stage stage, Move move, String rule) {
    Nonconformity nc = stage.reach();

    assertRefusedByRule(nc, () -> move.apply(nc), rule);
    assertThat(nc.status()).isEqualTo(stage.status);
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
        if (!stage.legal.containsKey(move)
            && !stage.refusedByRule.containsKey(move)
            && !stage.testedElsewhere.contains(move)) {
          arguments.add(Arguments.of(stage, move));
        }
      }
    }
    return arguments.stream();
  }

  static Stream<Arguments> movesRefusedByRule() {
    List<Arguments> arguments = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stage.refusedByRule.forEach((move, rule) -> arguments.add(Arguments.of(stage, move, rule)));
    }
    return arguments.stream();
  }

  static Stream<Stage> openStages() {
    return Stream.of(Stage.values()).filter(stage -> stage.status.isOpen());
  }

  /** A stage of the process the fixture reaches, and the moves the process allows there. */
  enum Stage {
    DRAFT(
        NonconformityFixture::draft,
        NonconformityStatus.DRAFT,
        Map.of(
            Move.START_ANALYSIS, NonconformityStatus.ANALYSIS,
            Move.RECORD_ROOT_CAUSE, NonconformityStatus.ANALYSIS,
            Move.CANCEL, NonconformityStatus.CANCELLED)),
    ANALYSIS(
        NonconformityFixture::inAnalysis,
        NonconformityStatus.ANALYSIS,
        Map.of(
            Move.RECORD_ROOT_CAUSE, NonconformityStatus.ANALYSIS,
            Move.CANCEL, NonconformityStatus.CANCELLED),
        Map.of(Move.PLAN_ACTION, "root-cause-first")),
    ROOT_CAUSE_KNOWN(
        NonconformityFixture::rootCauseKnown,
        NonconformityStatus.ANALYSIS,
        Map.of(
            Move.RECORD_ROOT_CAUSE, NonconformityStatus.ANALYSIS,
            Move.PLAN_ACTION, NonconformityStatus.ACTION_PLAN,
            Move.CANCEL, NonconformityStatus.CANCELLED)),
    ACTION_PLAN(
        NonconformityFixture::actionPlan,
        NonconformityStatus.ACTION_PLAN,
        Map.of(
            Move.RECORD_ROOT_CAUSE, NonconformityStatus.ACTION_PLAN,
            Move.PLAN_ACTION, NonconformityStatus.ACTION_PLAN,
            Move.START_IMPLEMENTATION, NonconformityStatus.IMPLEMENTATION,
            Move.START_ACTION, NonconformityStatus.ACTION_PLAN,
            Move.CANCEL_ACTION, NonconformityStatus.ACTION_PLAN,
            Move.CANCEL, NonconformityStatus.CANCELLED)),
    /** Both actions still planned. */
    IMPLEMENTATION(
        NonconformityFixture::inImplementation,
        NonconformityStatus.IMPLEMENTATION,
        Map.of(
            Move.PLAN_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.START_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.COMPLETE_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.CANCEL_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.CANCEL, NonconformityStatus.CANCELLED),
        Map.of(Move.PLAN_CHECK, "actions-open")),
    /** Both actions implemented: action 1 can no longer be started, completed or cancelled. */
    ACTIONS_IMPLEMENTED(
        NonconformityFixture::actionsImplemented,
        NonconformityStatus.IMPLEMENTATION,
        Map.of(
            Move.PLAN_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.PLAN_CHECK, NonconformityStatus.EFFECTIVENESS_REVIEW,
            Move.CANCEL, NonconformityStatus.CANCELLED)),
    /** Back from a failed check, both actions in progress again. */
    CHECK_FAILED(
        NonconformityFixture::checkFailed,
        NonconformityStatus.IMPLEMENTATION,
        Map.of(
            Move.PLAN_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.COMPLETE_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.CANCEL_ACTION, NonconformityStatus.IMPLEMENTATION,
            Move.CANCEL, NonconformityStatus.CANCELLED),
        Map.of(Move.PLAN_CHECK, "actions-open")),
    /** The check is planned and has no verdict yet. */
    EFFECTIVENESS_REVIEW(
        NonconformityFixture::underReview,
        NonconformityStatus.EFFECTIVENESS_REVIEW,
        Map.of(
            Move.RECORD_EFFECTIVE, NonconformityStatus.EFFECTIVENESS_REVIEW,
            Move.RECORD_NOT_EFFECTIVE, NonconformityStatus.IMPLEMENTATION,
            Move.CANCEL, NonconformityStatus.CANCELLED),
        Map.of(Move.CLOSE, "effectiveness-not-verified")),
    /**
     * The check passed and the actions are closed. A second verdict is left to {@link
     * CheckingEffectiveness#aPassedCheckIsNotOverturnedOnceTheActionsAreClosed}.
     */
    VERIFIED(
        NonconformityFixture::verified,
        NonconformityStatus.EFFECTIVENESS_REVIEW,
        Map.of(
            Move.CLOSE, NonconformityStatus.CLOSED,
            Move.CANCEL, NonconformityStatus.CANCELLED),
        Map.of(),
        Set.of(Move.RECORD_EFFECTIVE, Move.RECORD_NOT_EFFECTIVE)),
    CLOSED(NonconformityFixture::closed, NonconformityStatus.CLOSED, Map.of()),
    CANCELLED(NonconformityFixture::cancelled, NonconformityStatus.CANCELLED, Map.of());

    private final Function<NonconformityFixture, Nonconformity> make;
    final NonconformityStatus status;
    final Map<Move, NonconformityStatus> legal;
    final Map<Move, String> refusedByRule;
    final Set<Move> testedElsewhere;

    Stage(
        Function<NonconformityFixture, Nonconformity> make,
        NonconformityStatus status,
        Map<Move, NonconformityStatus> legal) {
      this(make, status, legal, Map.of());
    }

    Stage(
        Function<NonconformityFixture, Nonconformity> make,
        NonconformityStatus status,
        Map<Move, NonconformityStatus> legal,
        Map<Move, String> refusedByRule) {
      this(make, status, legal, refusedByRule, Set.of());
    }

    Stage(
        Function<NonconformityFixture, Nonconformity> make,
        NonconformityStatus status,
        Map<Move, NonconformityStatus> legal,
        Map<Move, String> refusedByRule,
        Set<Move> testedElsewhere) {
      this.make = make;
      this.status = status;
      this.legal = legal;
      this.refusedByRule = refusedByRule;
      this.testedElsewhere = testedElsewhere;
    }

    Nonconformity reach() {
      return make.apply(aNonconformity());
    }
  }

  /**
   * Every move of the process, with input that is valid on its own, so that only the state (or a
   * rule) can refuse it. The action moves work on action 1.
   */
  enum Move {
    START_ANALYSIS(Nonconformity::startAnalysis),
    RECORD_ROOT_CAUSE(
        nc ->
            nc.recordRootCause(
                new RecordRootCause(
                    List.of("The supplier changed the seal material"),
                    IshikawaCategory.MATERIAL,
                    "The new seal material shrinks",
                    null))),
    PLAN_ACTION(nc -> nc.planAction(actionDueOn(LocalDate.of(2026, 8, 1)))),
    START_IMPLEMENTATION(Nonconformity::startImplementation),
    START_ACTION(nc -> nc.startAction(1)),
    COMPLETE_ACTION(nc -> nc.completeAction(1, evidence("Done, WO-990"), MOVE_AT)),
    CANCEL_ACTION(nc -> nc.cancelAction(1)),
    PLAN_CHECK(nc -> nc.planEffectivenessCheck(standardCheck())),
    RECORD_EFFECTIVE(nc -> nc.recordEffectiveness(effective(), VERIFIER, MOVE_AT)),
    RECORD_NOT_EFFECTIVE(nc -> nc.recordEffectiveness(notEffective(), VERIFIER, MOVE_AT)),
    CLOSE(nc -> nc.close(MOVE_AT)),
    CANCEL(nc -> nc.cancel("Recorded in error", MOVE_AT));

    private final Consumer<Nonconformity> action;

    Move(Consumer<Nonconformity> action) {
      this.action = action;
    }

    void apply(Nonconformity nc) {
      action.accept(nc);
    }
  }

  /** The moves that name an action by its number. */
  enum ActionMove {
    START {
      @Override
      void apply(Nonconformity nc, int number) {
        nc.startAction(number);
      }
    },
    COMPLETE {
      @Override
      void apply(Nonconformity nc, int number) {
        nc.completeAction(number, evidence("Done"), MOVE_AT);
      }
    },
    CANCEL {
      @Override
      void apply(Nonconformity nc, int number) {
        nc.cancelAction(number);
      }
    };

    abstract void apply(Nonconformity nc, int number);
  }

  // Assertions.

  private static CorrectiveAction action(Nonconformity nc, int number) {
    return nc.actions().stream().filter(a -> a.number() == number).findFirst().orElseThrow();
  }

  private static Instant day(int days) {
    return daysAfterRaise(days);
  }

  /** Everything the nonconformity page shows a QMS admin. */
  private static NonconformityDetails seenByTheQmsAdmin(Nonconformity nc) {
    return NonconformityDetails.of(nc, List.of(), TODAY);
  }

  /** The move is refused by the state, and the nonconformity is exactly as before. */
  private static void assertRefusedAsIllegal(Nonconformity nc, ThrowingCallable move) {
    Snapshot before = Snapshot.of(nc);

    assertThatThrownBy(move).isInstanceOf(IllegalTransitionException.class);

    before.assertUnchanged(nc);
  }

  /** The move is refused by the named rule, and the nonconformity is exactly as before. */
  private static RuleViolationException assertRefusedByRule(
      Nonconformity nc, ThrowingCallable move, String rule) {
    Snapshot before = Snapshot.of(nc);

    RuleViolationException refusal =
        catchThrowableOfType(move, RuleViolationException.class, "rule " + rule);
    assertThat(refusal.rule()).isEqualTo(rule);

    before.assertUnchanged(nc);
    return refusal;
  }

  /** The move is refused for the one named input field, and the nonconformity is as before. */
  private static InvalidInputException assertRefusedAsInvalid(
      Nonconformity nc, ThrowingCallable move, String field) {
    Snapshot before = Snapshot.of(nc);

    InvalidInputException refusal =
        catchThrowableOfType(move, InvalidInputException.class, "field " + field);
    assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(field);

    before.assertUnchanged(nc);
    return refusal;
  }

  private static <T extends Throwable> T catchThrowableOfType(
      ThrowingCallable move, Class<T> type, String what) {
    Throwable thrown = catchThrowable(move);
    assertThat(thrown).as("refusal by " + what).isInstanceOf(type);
    return type.cast(thrown);
  }

  /** The status, the audited state and the page of a nonconformity at one moment. */
  private record Snapshot(
      NonconformityStatus status, Map<String, Object> audited, NonconformityDetails page) {

    static Snapshot of(Nonconformity nc) {
      return new Snapshot(nc.status(), nc.auditState(), seenByTheQmsAdmin(nc));
    }

    void assertUnchanged(Nonconformity nc) {
      assertThat(nc.status()).as("status").isEqualTo(status);
      assertThat(nc.auditState()).as("audited state").isEqualTo(audited);
      assertThat(seenByTheQmsAdmin(nc)).as("what the QMS admin sees").isEqualTo(page);
    }
  }
}
