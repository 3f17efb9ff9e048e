package org.redress.web.complainant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.redress.policy.Policies;
import org.redress.policy.PolicySettings;
import org.redress.policy.PublishedTimeLimits;

/**
 * Backs {@code public/index.xhtml}, "How to complain" (ISO 10002 7.1): the time limits and
 * categories shown there come from the policy in force, not from text that could go stale.
 */
@Named
@RequestScoped
public class HowToComplainBacking {

  @EJB Policies policies;

  private PublishedTimeLimits limits;
  private List<PolicySettings.CategoryView> categories;

  @PostConstruct
  void init() {
    limits = policies.publishedTimeLimits();
    categories =
        policies.categoryViews().stream().filter(PolicySettings.CategoryView::active).toList();
  }

  /** A time limit as a phrase in the page's language, e.g. "2 days" or "8 working hours". */
  public String text(PublishedTimeLimits.TimeLimit limit) {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return new java.text.MessageFormat(
            org.redress.web.FormErrors.text(faces, "limit." + limit.unit()),
            faces.getViewRoot().getLocale())
        .format(new Object[] {limit.amount()});
  }

  public PublishedTimeLimits getLimits() {
    return limits;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }
}
