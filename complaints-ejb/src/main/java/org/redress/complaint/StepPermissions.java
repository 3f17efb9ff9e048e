package org.redress.complaint;

import jakarta.ejb.SessionContext;
import java.time.Instant;
import java.util.List;
import org.redress.policy.HandlingPolicy;
import org.redress.security.Roles;

/**
 * Narrows the steps the process allows on a case to those the caller's roles may take: handlers and
 * managers work cases, only managers approve, everybody else only reads.
 */
final class StepPermissions {

  private StepPermissions() {}

  static List<HandlingStep> stepsFor(
      Complaint complaint, SessionContext caller, Instant now, HandlingPolicy policy) {
    boolean manager = caller.isCallerInRole(Roles.MANAGER);
    if (!manager && !caller.isCallerInRole(Roles.HANDLER)) {
      return List.of();
    }
    return complaint.availableSteps(caller.getCallerPrincipal().getName(), now, policy).stream()
        .filter(step -> manager || step != HandlingStep.DECIDE_APPROVAL)
        .toList();
  }
}
