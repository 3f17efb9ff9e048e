package org.redress.policy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Priority;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.security.Roles;

/**
 * Changes to the complaints-handling policy: acknowledgement time, approval threshold, reopen
 * window, the assessment matrix, response targets and the category taxonomy. Every change is in the
 * audit trail. Managers set the handling rules; only administrators change the taxonomy.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER})
public class PolicyAdministration {

  @PersistenceContext EntityManager em;

  @Inject InputValidator validator;

  @EJB Policies policies;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  public PolicySettings settings() {
    HandlingPolicy policy = policies.handlingPolicy();
    List<PolicySettings.Cell> cells =
        em.createQuery("SELECT r FROM PriorityRule r", PriorityRule.class).getResultList().stream()
            .map(r -> new PolicySettings.Cell(r.severity(), r.impact(), r.priority()))
            .sorted(
                Comparator.comparing((PolicySettings.Cell c) -> c.severity())
                    .thenComparing(PolicySettings.Cell::impact))
            .toList();
    List<PolicySettings.Target> targets =
        em
            .createQuery("SELECT t FROM ResponseTarget t", ResponseTarget.class)
            .getResultList()
            .stream()
            .map(t -> new PolicySettings.Target(t.priority(), t.responseDays()))
            .sorted(Comparator.comparing(PolicySettings.Target::priority).reversed())
            .toList();
    List<PolicySettings.CategoryView> categories =
        policies.categories().stream()
            .map(
                c ->
                    new PolicySettings.CategoryView(
                        c.code(), c.name(), c.description(), c.isActive()))
            .toList();
    return new PolicySettings(
        policy.acknowledgeWithinDays(),
        policy.approvalThreshold(),
        policy.reopenWindowDays(),
        cells,
        targets,
        categories,
        policy.acknowledgeAutomatically());
  }

  public PolicySettings change(ChangeHandlingPolicy input) {
    validator.check(input);
    Set<Priority> targeted = EnumSet.noneOf(Priority.class);
    input.responseDays().forEach(t -> targeted.add(t.priority()));
    if (targeted.size() != Priority.values().length) {
      throw new InvalidInputException("responseDays", "needs one target for every priority");
    }
    for (PolicySettings.Target target : input.responseDays()) {
      if (target.days() < 1 || target.days() > 365) {
        throw new InvalidInputException(
            "responseDays." + target.priority(), "must be between 1 and 365 days");
      }
    }
    Map<String, Object> before = state();
    HandlingPolicy policy = policies.handlingPolicy();
    policy.change(
        input.acknowledgeWithinDays(),
        input.approvalThreshold(),
        input.reopenWindowDays(),
        Boolean.TRUE.equals(input.acknowledgeAutomatically()));
    for (PolicySettings.Target target : input.responseDays()) {
      em.find(ResponseTarget.class, target.priority()).change(target.days());
    }
    for (PolicySettings.Cell cell : input.matrix()) {
      PriorityRule.Key key = new PriorityRule.Key();
      key.severity = cell.severity();
      key.impact = cell.impact();
      PriorityRule rule = em.find(PriorityRule.class, key);
      if (rule == null || cell.priority() == null) {
        throw new InvalidInputException("matrix", "needs a priority for every severity and impact");
      }
      rule.change(cell.priority());
    }
    em.flush();
    audit.recordChange("HandlingPolicy", "policy", "CHANGE", actor(), before, state());
    return settings();
  }

  @RolesAllowed(Roles.ADMINISTRATOR)
  public PolicySettings saveCategory(SaveCategory input) {
    validator.check(input);
    List<Category> existing =
        em.createNamedQuery("Category.findByCode", Category.class)
            .setParameter("code", input.code())
            .getResultList();
    Map<String, Object> before = new LinkedHashMap<>();
    if (existing.isEmpty()) {
      Category created = new Category(input.code(), input.name().strip(), input.description());
      created.change(input.name().strip(), input.description(), input.active());
      em.persist(created);
    } else {
      Category category = existing.get(0);
      before.putAll(categoryState(category));
      category.change(input.name().strip(), input.description(), input.active());
    }
    em.flush();
    Category saved =
        em.createNamedQuery("Category.findByCode", Category.class)
            .setParameter("code", input.code())
            .getSingleResult();
    audit.recordChange(
        "Category",
        input.code(),
        existing.isEmpty() ? "CREATE" : "CHANGE",
        actor(),
        before,
        categoryState(saved));
    return settings();
  }

  private Map<String, Object> state() {
    PolicySettings settings = settings();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("acknowledgeWithinDays", settings.acknowledgeWithinDays());
    state.put("approvalThreshold", settings.approvalThreshold());
    state.put("reopenWindowDays", settings.reopenWindowDays());
    state.put("acknowledgeAutomatically", settings.acknowledgeAutomatically());
    settings.responseDays().forEach(t -> state.put("responseDays." + t.priority(), t.days()));
    settings
        .matrix()
        .forEach(c -> state.put("matrix." + c.severity() + "." + c.impact(), c.priority()));
    return state;
  }

  private static Map<String, Object> categoryState(Category category) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", category.name());
    state.put("description", category.description());
    state.put("active", String.valueOf(category.isActive()));
    return state;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
