package org.redress.quality;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps on a nonconformity and the states each is possible in. {@link Nonconformity} checks its
 * moves against this table, and {@link Nonconformity#availableSteps()} lists from it, so the pages
 * offer exactly what the aggregate allows.
 */
public enum NonconformityStep {
  START_ANALYSIS(NonconformityStatus.DRAFT),
  RECORD_ROOT_CAUSE(
      NonconformityStatus.DRAFT, NonconformityStatus.ANALYSIS, NonconformityStatus.ACTION_PLAN),
  PLAN_ACTION(
      NonconformityStatus.ANALYSIS,
      NonconformityStatus.ACTION_PLAN,
      NonconformityStatus.IMPLEMENTATION),
  START_IMPLEMENTATION(NonconformityStatus.ACTION_PLAN),
  WORK_ON_ACTIONS(NonconformityStatus.ACTION_PLAN, NonconformityStatus.IMPLEMENTATION),
  COMPLETE_ACTIONS(NonconformityStatus.IMPLEMENTATION),
  PLAN_EFFECTIVENESS_CHECK(NonconformityStatus.IMPLEMENTATION),
  RECORD_EFFECTIVENESS(NonconformityStatus.EFFECTIVENESS_REVIEW),
  CLOSE(NonconformityStatus.EFFECTIVENESS_REVIEW),
  CANCEL(
      NonconformityStatus.DRAFT,
      NonconformityStatus.ANALYSIS,
      NonconformityStatus.ACTION_PLAN,
      NonconformityStatus.IMPLEMENTATION,
      NonconformityStatus.EFFECTIVENESS_REVIEW);

  private final Set<NonconformityStatus> allowedIn;

  NonconformityStep(NonconformityStatus first, NonconformityStatus... more) {
    this.allowedIn = EnumSet.of(first, more);
  }

  public boolean isAllowedIn(NonconformityStatus status) {
    return allowedIn.contains(status);
  }
}
