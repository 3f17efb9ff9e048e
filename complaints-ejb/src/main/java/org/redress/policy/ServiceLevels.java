package org.redress.policy;

import java.util.List;
import org.redress.complaint.Priority;

/**
 * The service-level rules in force, and which one applies to a complaint: the rule for its category
 * and priority, else for its category and any priority, else the standard rule for its priority,
 * else for any priority. An unassessed complaint counts as {@link Priority#MEDIUM}.
 */
public final class ServiceLevels {

  private final List<ServiceLevel> rules;

  public ServiceLevels(List<ServiceLevel> rules) {
    this.rules = List.copyOf(rules);
    for (Priority priority : Priority.values()) {
      if (find(null, priority) == null && find(null, null) == null) {
        throw new IllegalArgumentException("No standard service level for " + priority);
      }
    }
  }

  /** The rule for a complaint of this category (or none) and priority (or not yet assessed). */
  public ServiceLevel ruleFor(String categoryCode, Priority priority) {
    Priority p = priority == null ? Priority.MEDIUM : priority;
    for (ServiceLevel candidate :
        new ServiceLevel[] {
          categoryCode == null ? null : find(categoryCode, p),
          categoryCode == null ? null : find(categoryCode, null),
          find(null, p),
          find(null, null)
        }) {
      if (candidate != null) {
        return candidate;
      }
    }
    throw new IllegalStateException("No service level applies to " + categoryCode + "/" + p);
  }

  public List<ServiceLevel> rules() {
    return rules;
  }

  private ServiceLevel find(String categoryCode, Priority priority) {
    String key =
        (categoryCode == null ? "*" : categoryCode) + ":" + (priority == null ? "*" : priority);
    return rules.stream().filter(r -> r.scopeKey().equals(key)).findFirst().orElse(null);
  }
}
