package org.redress.benchmark;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;
import org.redress.policy.BusinessCalendar;
import org.redress.policy.Category;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.PriorityMatrix;
import org.redress.policy.PriorityRule;
import org.redress.policy.ServiceLevel;
import org.redress.policy.ServiceLevels;

/**
 * The handling policy the loaded history is made under: the policy, the priority matrix, the
 * service levels with their calendars and the categories, read from the migrated database the way
 * the server's {@code Policies} reads them, so that every deadline of a loaded complaint is the one
 * the server would have set.
 */
public record PolicyInForce(
    HandlingPolicy handling,
    PriorityMatrix matrix,
    ServiceLevels levels,
    List<Category> categories) {

  /** Reads the policy with an entity manager on the benchmark's database. */
  public static PolicyInForce read(EntityManager em) {
    HandlingPolicy policy = em.find(HandlingPolicy.class, HandlingPolicy.ID);
    if (policy == null) {
      throw new IllegalStateException("The database has no handling policy: is it migrated?");
    }
    return new PolicyInForce(
        policy,
        new PriorityMatrix(
            em.createQuery("SELECT r FROM PriorityRule r", PriorityRule.class).getResultList()),
        new ServiceLevels(
            em.createNamedQuery("ServiceLevel.findAll", ServiceLevel.class).getResultList()),
        em.createNamedQuery("Category.findAll", Category.class).getResultList().stream()
            .filter(Category::isActive)
            .toList());
  }

  /**
   * The policy a fresh database starts with (migrations V2 and V11), without a database: the
   * generator's unit tests run on it.
   */
  public static PolicyInForce migrationDefaults() {
    BusinessCalendar aroundTheClock =
        new BusinessCalendar(
            "Around the clock",
            "UTC",
            java.util.EnumSet.allOf(java.time.DayOfWeek.class),
            java.time.LocalTime.MIDNIGHT,
            BusinessCalendar.END_OF_DAY,
            java.util.Map.of());
    List<ServiceLevel> levels =
        List.of(
            new ServiceLevel(null, Priority.LOW, aroundTheClock, 48, 480, 960),
            new ServiceLevel(null, Priority.MEDIUM, aroundTheClock, 48, 240, 480),
            new ServiceLevel(null, Priority.HIGH, aroundTheClock, 48, 120, 240),
            new ServiceLevel(null, Priority.CRITICAL, aroundTheClock, 48, 48, 96));
    List<PriorityRule> rules =
        List.of(
            new PriorityRule(Severity.LOW, Impact.LOW, Priority.LOW),
            new PriorityRule(Severity.LOW, Impact.MEDIUM, Priority.LOW),
            new PriorityRule(Severity.LOW, Impact.HIGH, Priority.MEDIUM),
            new PriorityRule(Severity.MEDIUM, Impact.LOW, Priority.MEDIUM),
            new PriorityRule(Severity.MEDIUM, Impact.MEDIUM, Priority.MEDIUM),
            new PriorityRule(Severity.MEDIUM, Impact.HIGH, Priority.HIGH),
            new PriorityRule(Severity.HIGH, Impact.LOW, Priority.HIGH),
            new PriorityRule(Severity.HIGH, Impact.MEDIUM, Priority.HIGH),
            new PriorityRule(Severity.HIGH, Impact.HIGH, Priority.CRITICAL),
            new PriorityRule(Severity.CRITICAL, Impact.LOW, Priority.CRITICAL),
            new PriorityRule(Severity.CRITICAL, Impact.MEDIUM, Priority.CRITICAL),
            new PriorityRule(Severity.CRITICAL, Impact.HIGH, Priority.CRITICAL));
    List<Category> categories =
        List.of(
            new Category("PRODUCT_QUALITY", "Product quality", null),
            new Category("DELIVERY", "Delivery", null),
            new Category("BILLING", "Billing", null),
            new Category("SERVICE", "Customer service", null),
            new Category("SAFETY", "Product safety", null),
            new Category("COMPLAINTS_HANDLING", "Complaints handling", null),
            new Category("OTHER", "Other", null));
    return new PolicyInForce(
        new HandlingPolicy(new BigDecimal("500.00"), 30),
        new PriorityMatrix(rules),
        new ServiceLevels(levels),
        categories);
  }
}
