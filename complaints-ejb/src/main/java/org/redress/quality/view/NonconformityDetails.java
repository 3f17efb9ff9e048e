package org.redress.quality.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redress.quality.IshikawaCategory;
import org.redress.quality.Nonconformity;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.NonconformityStatus;
import org.redress.quality.NonconformityStep;

/** A nonconformity with its analysis, actions, check and the complaints linked to it. */
public record NonconformityDetails(
    String reference,
    NonconformitySource source,
    NonconformitySeverity severity,
    NonconformityStatus status,
    String title,
    String description,
    String containment,
    List<String> whys,
    IshikawaCategory category,
    String rootCause,
    List<String> eightDisciplines,
    EffectivenessCheckView effectivenessCheck,
    int failedChecks,
    String raisedBy,
    Instant raisedAt,
    Instant closedAt,
    String cancelReason,
    List<ActionView> actions,
    List<String> complaints,
    List<NonconformityStep> availableSteps)
    implements Serializable {

  public static NonconformityDetails of(Nonconformity n, List<String> complaints, LocalDate today) {
    return new NonconformityDetails(
        n.reference(),
        n.source(),
        n.severity(),
        n.status(),
        n.title(),
        n.description(),
        n.containment(),
        n.whys(),
        n.category(),
        n.rootCause(),
        n.eightDisciplines(),
        n.checkCriteria() == null
            ? null
            : new EffectivenessCheckView(
                n.checkCriteria(),
                n.checkPlannedOn(),
                n.checkVerifier(),
                n.checkPassed(),
                n.checkNotes(),
                n.checkedAt()),
        n.failedChecks(),
        n.raisedBy(),
        n.raisedAt(),
        n.closedAt(),
        n.cancelReason(),
        n.actions().stream().map(a -> ActionView.of(a, today)).toList(),
        complaints,
        n.availableSteps());
  }
}
