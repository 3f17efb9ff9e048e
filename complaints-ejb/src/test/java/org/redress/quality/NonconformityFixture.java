package org.redress.quality;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redress.quality.command.CompleteAction;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;

/**
 * Makes nonconformities for the domain tests, raised through {@link Nonconformity#raise} and moved
 * on through the aggregate's own methods, at fixed instants. Every call builds new objects, so
 * tests share nothing.
 *
 * <p>The standard story: leaking espresso machines from one lot. The root cause is a seal length
 * missing from the work instruction (METHOD). Two actions are planned: a correction of the lot
 * (action 1) and a corrective change of the work instruction (action 2).
 */
final class NonconformityFixture {

  static final String REFERENCE = "NC-2026-00007";
  static final Instant RAISED_AT = Instant.parse("2026-04-06T08:30:00Z");

  static final String QMS_ADMIN = "quinn.qms";
  static final String LINE_LEAD = "olaf.owner";
  static final String ENGINEER = "paula.process";
  static final String VERIFIER = "vera.verifier";

  static final String TITLE = "Leaking base seals on EM-200";
  static final String DESCRIPTION = "Three complaints about water leaking from the base.";
  static final String CONTAINMENT = "Lot LOT-2026-02 blocked in the warehouse.";

  static final List<String> WHYS =
      List.of(
          "The machine leaks at the base",
          "The base seal does not close",
          "The seal is 2 mm too short",
          "The cutter was set to the old length",
          "The seal length is not in the work instruction");
  static final String ROOT_CAUSE = "Work instruction WI-17 does not specify the seal length";

  static final String CORRECTION = "Replace the seals of lot LOT-2026-02";
  static final String CORRECTIVE = "Add the seal length to WI-17 and train the line";

  /** Due dates of the standard actions, and the day the check is planned for. */
  static final LocalDate CORRECTION_DUE = LocalDate.of(2026, 4, 17);

  static final LocalDate CORRECTIVE_DUE = LocalDate.of(2026, 5, 15);
  static final LocalDate CHECK_ON = LocalDate.of(2026, 6, 5);
  static final String CRITERIA = "No leak complaint about lots made after the change for 8 weeks";

  // When the fixture's steps happen: each one after the one before.
  static final Instant COMPLETED_AT = daysAfterRaise(14);
  static final Instant CHECKED_AT = daysAfterRaise(60);
  static final Instant CLOSED_AT = daysAfterRaise(61);

  /** The day the page is looked at in the snapshots (before every due date of the fixture). */
  static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

  private NonconformityFixture() {}

  static NonconformityFixture aNonconformity() {
    return new NonconformityFixture();
  }

  // The lifecycle, one stage after another. Each method starts again from the raising.

  Nonconformity draft() {
    return Nonconformity.raise(
        REFERENCE,
        NonconformitySource.COMPLAINT,
        NonconformitySeverity.MAJOR,
        TITLE,
        DESCRIPTION,
        CONTAINMENT,
        QMS_ADMIN,
        RAISED_AT);
  }

  /** Analysis started, no root cause yet. */
  Nonconformity inAnalysis() {
    Nonconformity nc = draft();
    nc.startAnalysis();
    return nc;
  }

  /** Still in analysis, with the 5 whys and the root cause recorded, no action yet. */
  Nonconformity rootCauseKnown() {
    Nonconformity nc = inAnalysis();
    nc.recordRootCause(standardRootCause());
    return nc;
  }

  /** Two actions planned, neither started. */
  Nonconformity actionPlan() {
    Nonconformity nc = rootCauseKnown();
    nc.planAction(correction());
    nc.planAction(correctiveAction());
    return nc;
  }

  /** Implementation started, both actions still planned. */
  Nonconformity inImplementation() {
    Nonconformity nc = actionPlan();
    nc.startImplementation();
    return nc;
  }

  /** Both actions started and completed with evidence. */
  Nonconformity actionsImplemented() {
    Nonconformity nc = inImplementation();
    nc.startAction(1);
    nc.startAction(2);
    nc.completeAction(1, evidence("Seals replaced, work order WO-881"), COMPLETED_AT);
    nc.completeAction(2, evidence("WI-17 rev. C, training record TR-52"), COMPLETED_AT);
    return nc;
  }

  /** The effectiveness check is planned and waits for its verdict. */
  Nonconformity underReview() {
    Nonconformity nc = actionsImplemented();
    nc.planEffectivenessCheck(standardCheck());
    return nc;
  }

  /** The check failed: back in implementation, both actions in progress again. */
  Nonconformity checkFailed() {
    Nonconformity nc = underReview();
    nc.recordEffectiveness(notEffective(), VERIFIER, CHECKED_AT);
    return nc;
  }

  /** The check passed: still in review, both actions closed, ready to close. */
  Nonconformity verified() {
    Nonconformity nc = underReview();
    nc.recordEffectiveness(effective(), VERIFIER, CHECKED_AT);
    return nc;
  }

  Nonconformity closed() {
    Nonconformity nc = verified();
    nc.close(CLOSED_AT);
    return nc;
  }

  /** Cancelled during the implementation. */
  Nonconformity cancelled() {
    Nonconformity nc = inImplementation();
    nc.cancel("Raised twice, see NC-2026-00006", CLOSED_AT);
    return nc;
  }

  // Commands.

  static RecordRootCause standardRootCause() {
    return new RecordRootCause(WHYS, IshikawaCategory.METHOD, ROOT_CAUSE, null);
  }

  static PlanAction correction() {
    return new PlanAction(ActionType.CORRECTION, CORRECTION, LINE_LEAD, CORRECTION_DUE);
  }

  static PlanAction correctiveAction() {
    return new PlanAction(ActionType.CORRECTIVE, CORRECTIVE, ENGINEER, CORRECTIVE_DUE);
  }

  static PlanAction actionDueOn(LocalDate dueOn) {
    return new PlanAction(ActionType.PREVENTIVE, "Check the seals of EM-300", ENGINEER, dueOn);
  }

  static CompleteAction evidence(String evidence) {
    return new CompleteAction(evidence);
  }

  static PlanEffectivenessCheck standardCheck() {
    return new PlanEffectivenessCheck(CRITERIA, CHECK_ON, VERIFIER);
  }

  static RecordEffectiveness effective() {
    return new RecordEffectiveness(true, "No leak reported for 8 weeks");
  }

  static RecordEffectiveness notEffective() {
    return new RecordEffectiveness(false, "Two new leaks on lot LOT-2026-05");
  }

  static Instant daysAfterRaise(long days) {
    return RAISED_AT.plus(Duration.ofDays(days));
  }
}
