package org.redress.policy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * Reads the organisation's handling policy for the case services. Read fresh from the database on
 * every use, so that a change made on one server instance applies on all of them at once.
 */
@Stateless
@PermitAll
public class Policies {

  @PersistenceContext EntityManager em;

  public HandlingPolicy handlingPolicy() {
    HandlingPolicy policy = em.find(HandlingPolicy.class, HandlingPolicy.ID);
    if (policy == null) {
      throw new IllegalStateException("The handling policy row is missing from the database");
    }
    return policy;
  }

  public PriorityMatrix priorityMatrix() {
    return new PriorityMatrix(
        em.createQuery("SELECT r FROM PriorityRule r", PriorityRule.class).getResultList());
  }

  /** The service-level rules in force, with their calendars. */
  public ServiceLevels serviceLevels() {
    return new ServiceLevels(
        em.createNamedQuery("ServiceLevel.findAll", ServiceLevel.class).getResultList());
  }

  /** Where a member of staff gets alerts, if known. */
  public java.util.Optional<StaffContact> staffContact(String userName) {
    return userName == null
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(em.find(StaffContact.class, userName));
  }

  /** The active category with this code; an unknown or retired code is an input error. */
  public Category category(String code, String field) {
    List<Category> found =
        em.createNamedQuery("Category.findByCode", Category.class)
            .setParameter("code", code.strip())
            .getResultList();
    if (found.isEmpty() || !found.get(0).isActive()) {
      throw new InvalidInputException(field, Messages.text("field.unknownCategory", code));
    }
    return found.get(0);
  }

  public List<Category> categories() {
    return em.createNamedQuery("Category.findAll", Category.class).getResultList();
  }

  /** The categories as pages and forms list them. */
  public List<PolicySettings.CategoryView> categoryViews() {
    return categories().stream()
        .map(
            c -> new PolicySettings.CategoryView(c.code(), c.name(), c.description(), c.isActive()))
        .toList();
  }

  /** The time limits the public "How to complain" page publishes (ISO 10002 7.1). */
  public PublishedTimeLimits publishedTimeLimits() {
    HandlingPolicy policy = handlingPolicy();
    ServiceLevels levels = serviceLevels();
    ServiceLevel usual = levels.ruleFor(null, org.redress.complaint.Priority.MEDIUM);
    ServiceLevel urgent = levels.ruleFor(null, org.redress.complaint.Priority.CRITICAL);
    return new PublishedTimeLimits(
        PublishedTimeLimits.TimeLimit.of(usual.acknowledgeWithin(), usual.calendar()),
        PublishedTimeLimits.TimeLimit.of(usual.respondWithin(), usual.calendar()),
        PublishedTimeLimits.TimeLimit.of(urgent.respondWithin(), urgent.calendar()),
        policy.reopenWindowDays());
  }
}
