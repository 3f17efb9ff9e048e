package org.redress.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;

/**
 * The configured mapping from an assessment to a priority (ISO 10002 7.5); the priority chooses the
 * service level (see {@link ServiceLevels}). A complaint with a safety implication is always
 * handled at the highest priority, whatever the matrix says.
 */
public final class PriorityMatrix {

  private final Map<Severity, Map<Impact, Priority>> cells = new EnumMap<>(Severity.class);

  public PriorityMatrix(List<PriorityRule> rules) {
    for (PriorityRule rule : rules) {
      cells
          .computeIfAbsent(rule.severity(), s -> new EnumMap<>(Impact.class))
          .put(rule.impact(), rule.priority());
    }
    for (Severity severity : Severity.values()) {
      for (Impact impact : Impact.values()) {
        if (cells.getOrDefault(severity, Map.of()).get(impact) == null) {
          throw new IllegalArgumentException(
              "The matrix has no cell for " + severity + "/" + impact);
        }
      }
    }
  }

  public Priority priorityFor(Severity severity, Impact impact, boolean safetyImplication) {
    if (safetyImplication) {
      return Priority.CRITICAL;
    }
    return cells.get(severity).get(impact);
  }
}
