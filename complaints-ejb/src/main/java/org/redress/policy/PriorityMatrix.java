package org.redress.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;

/**
 * The configured mapping from an assessment to a priority and from the priority to a response
 * deadline (ISO 10002 7.5). A complaint with a safety implication is always handled at the highest
 * priority, whatever the matrix says; an unassessed complaint is treated as {@link
 * Priority#MEDIUM}.
 */
public final class PriorityMatrix {

  private final Map<Severity, Map<Impact, Priority>> cells = new EnumMap<>(Severity.class);
  private final Map<Priority, Integer> responseDays = new EnumMap<>(Priority.class);

  public PriorityMatrix(List<PriorityRule> rules, List<ResponseTarget> targets) {
    for (PriorityRule rule : rules) {
      cells
          .computeIfAbsent(rule.severity(), s -> new EnumMap<>(Impact.class))
          .put(rule.impact(), rule.priority());
    }
    for (ResponseTarget target : targets) {
      responseDays.put(target.priority(), target.responseDays());
    }
    for (Severity severity : Severity.values()) {
      for (Impact impact : Impact.values()) {
        if (cells.getOrDefault(severity, Map.of()).get(impact) == null) {
          throw new IllegalArgumentException(
              "The matrix has no cell for " + severity + "/" + impact);
        }
      }
    }
    for (Priority priority : Priority.values()) {
      if (responseDays.get(priority) == null || responseDays.get(priority) < 1) {
        throw new IllegalArgumentException("No response target of a day or more for " + priority);
      }
    }
  }

  public Priority priorityFor(Severity severity, Impact impact, boolean safetyImplication) {
    if (safetyImplication) {
      return Priority.CRITICAL;
    }
    return cells.get(severity).get(impact);
  }

  public int responseDays(Priority priority) {
    return responseDays.get(priority);
  }

  /** The response target of a complaint that has not been assessed yet. */
  public int defaultResponseDays() {
    return responseDays(Priority.MEDIUM);
  }
}
