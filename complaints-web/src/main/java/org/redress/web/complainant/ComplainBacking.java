package org.redress.web.complainant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.PublicReceipt;
import org.redress.platform.BusinessException;
import org.redress.policy.Policies;
import org.redress.policy.PolicySettings;
import org.redress.web.ComplaintForm;
import org.redress.web.FormErrors;

/**
 * Backs {@code public/complain.xhtml}, the public complaint form. A hidden field that people never
 * see catches form-filling robots: when it is filled, nothing is recorded. The service limits how
 * many complaints one address can send in an hour.
 */
@Named
@ViewScoped
public class ComplainBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ComplaintIntake intake;

  @EJB Policies policies;

  @Inject LastReceipt lastReceipt;

  private final ComplaintForm form = new ComplaintForm();
  private String website;
  private List<PolicySettings.CategoryView> categories;

  @PostConstruct
  void init() {
    categories =
        policies.categoryViews().stream().filter(PolicySettings.CategoryView::active).toList();
    form.setLanguage(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public String send() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (website != null && !website.isBlank()) {
      return "/public/confirmation?faces-redirect=true";
    }
    try {
      PublicReceipt receipt =
          intake.submitFromPublicForm(
              form.toNewComplaint(Channel.WEB),
              ((HttpServletRequest) external.getRequest()).getRemoteAddr());
      lastReceipt.keep(receipt);
      return "/public/confirmation?faces-redirect=true";
    } catch (BusinessException refused) {
      FormErrors.show(refused, "complaint", ComplaintForm.INPUTS);
      return null;
    }
  }

  public ComplaintForm getForm() {
    return form;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
