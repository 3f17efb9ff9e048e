package org.redress.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redress.complaint.AttachmentPolicy;
import org.redress.complaint.Attachments;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.Submission;
import org.redress.platform.BusinessException;
import org.redress.platform.InvalidInputException;
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

  @EJB Attachments attachments;

  private transient List<Part> files = new ArrayList<>();

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
      for (Part file : files) {
        AttachmentPolicy.check(file.getSubmittedFileName(), file.getSize(), 0);
      }
      if (files.size() > AttachmentPolicy.MAX_FILES) {
        AttachmentPolicy.check("x.pdf", 1, files.size());
      }
      Submission submission = intake.submit(form.toNewComplaint(form.getChannel()), null);
      for (Part file : files) {
        try (InputStream in = file.getInputStream()) {
          attachments.attach(
              submission.complaint().reference(), file.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
          throw new InvalidInputException("file", e.getMessage());
        }
      }
      return "/app/complaint?faces-redirect=true&recorded=true&ref="
          + submission.complaint().reference();
    } catch (BusinessException refused) {
      Map<String, String> inputs = new HashMap<>(ComplaintForm.INPUTS);
      inputs.put("file", "files");
      FormErrors.show(refused, "intake", inputs);
      return null;
    }
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files =
        files == null ? new ArrayList<>() : files.stream().filter(p -> p.getSize() > 0).toList();
  }

  public String getAcceptedFiles() {
    return AttachmentPolicy.acceptedExtensions();
  }

  public ComplaintForm getForm() {
    return form;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }
}
