package org.redress.spi;

import java.time.Instant;
import java.util.List;

/**
 * A nonconformity as Redress pushes it to a QMS (ISO 9001 10.2).
 *
 * @param reference Redress's reference, e.g. {@code NC-2026-00042}; unique and never reused
 * @param source COMPLAINT, AUDIT, INTERNAL or SUPPLIER
 * @param severity MAJOR, MINOR or OBSERVATION
 * @param status DRAFT, ANALYSIS, ACTION_PLAN, IMPLEMENTATION, EFFECTIVENESS_REVIEW, CLOSED or
 *     CANCELLED
 * @param rootCause the root-cause statement, or {@code null} before the analysis
 * @param rootCauseCategory the Ishikawa category, or {@code null}
 * @param complaints the references of the complaints linked to it
 * @param actions its corrective actions, in the order they were planned
 * @param sentAt when Redress took this picture of it; a QMS that gets two pushes keeps the later
 */
public record QmsNonconformity(
    String reference,
    String title,
    String description,
    String source,
    String severity,
    String status,
    String containment,
    String rootCause,
    String rootCauseCategory,
    List<String> complaints,
    List<QmsAction> actions,
    Instant sentAt) {

  public QmsNonconformity {
    complaints = List.copyOf(complaints);
    actions = List.copyOf(actions);
  }
}
