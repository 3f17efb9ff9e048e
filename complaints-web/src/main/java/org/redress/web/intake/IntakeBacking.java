package org.redress.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.Submission;
import org.redress.platform.BusinessException;
import org.redress.policy.Policies;
import org.redress.policy.PolicySettings;
import org.redress.web.ComplaintForm;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/intake.xhtml}: a handler records a complaint received by phone, letter, email or
 * in person, with the fields of the ISO 10002 complaint form.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ComplaintIntake intake;

  @EJB Policies policies;

  private final ComplaintForm form = new ComplaintForm();
  private List<PolicySettings.CategoryView> categories;

  @PostConstruct
  void init() {
    categories =
        policies.categoryViews().stream().filter(PolicySettings.CategoryView::active).toList();
    form.setLanguage(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public String record() {
    try {
      Submission submission = intake.submit(form.toNewComplaint(form.getChannel()), null);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      FormErrors.info("intake.recorded", submission.complaint().reference());
      return "/app/complaint?faces-redirect=true&ref=" + submission.complaint().reference();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "intake", ComplaintForm.INPUTS);
      return null;
    }
  }

  public ComplaintForm getForm() {
    return form;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }
}
