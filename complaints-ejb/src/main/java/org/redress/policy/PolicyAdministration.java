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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.security.Roles;

/**
 * Changes to the complaints-handling policy: approval threshold, reopen window, acknowledgement by
 * mail, the assessment matrix and the category taxonomy (time limits are {@link
 * ServiceLevelAdministration}'s). Every change is in the audit trail. Managers set the handling
 * rules; only administrators change the taxonomy.
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
    List<PolicySettings.CategoryView> categories =
        policies.categories().stream()
            .map(
                c ->
                    new PolicySettings.CategoryView(
                        c.code(), c.name(), c.description(), c.isActive()))
            .toList();
    return new PolicySettings(
        policy.approvalThreshold(),
        policy.reopenWindowDays(),
        cells,
        categories,
        policy.acknowledgeAutomatically(),
        policy.retentionMonths(),
        policy.reportingCurrency());
  }

  public PolicySettings change(ChangeHandlingPolicy input) {
    validator.check(input);
    Map<String, Object> before = state();
    HandlingPolicy policy = policies.handlingPolicy();
    policy.change(
        input.approvalThreshold(),
        input.reopenWindowDays(),
        Boolean.TRUE.equals(input.acknowledgeAutomatically()));
    if (input.retentionMonths() != null) {
      policy.changeRetention(input.retentionMonths());
    }
    if (input.reportingCurrency() != null) {
      policy.changeReportingCurrency(input.reportingCurrency());
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
    state.put("approvalThreshold", settings.approvalThreshold());
    state.put("reopenWindowDays", settings.reopenWindowDays());
    state.put("acknowledgeAutomatically", settings.acknowledgeAutomatically());
    state.put("retentionMonths", settings.retentionMonths());
    state.put("reportingCurrency", settings.reportingCurrency());
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
