package org.redress.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.sampling.AnswerChecklistItem;
import org.redress.audit.sampling.AuditSamples;
import org.redress.audit.sampling.ChecklistItem;
import org.redress.audit.sampling.ChecklistView;
import org.redress.audit.sampling.SampleDetails;
import org.redress.audit.sampling.SampleReproduction;
import org.redress.audit.sampling.Verdict;
import org.redress.platform.BusinessException;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RecordNotFoundException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/audit/sample.xhtml}: a sample with how it was drawn, its complaints and, for the
 * complaint chosen ({@code ?complaint=}), its audit checklist: what the record says per item and
 * the auditor's own verdict and note.
 */
@Named
@ViewScoped
public class SampleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditSamples samples;

  private String ref;
  private String complaint;
  private SampleDetails sample;
  private ChecklistView checklist;
  private SampleReproduction reproduction;
  private boolean notFound;
  private final Map<ChecklistItem, String> verdicts = new EnumMap<>(ChecklistItem.class);
  private final Map<ChecklistItem, String> notes = new EnumMap<>(ChecklistItem.class);

  public void load() {
    try {
      ref = ref == null ? "" : ref.strip().toUpperCase(Locale.ROOT);
      sample = samples.find(ref);
      if (complaint != null && !complaint.isBlank()) {
        complaint = complaint.strip().toUpperCase(Locale.ROOT);
        checklist(samples.checklist(ref, complaint));
      }
    } catch (RecordNotFoundException missing) {
      notFound = true;
    }
  }

  private void checklist(ChecklistView view) {
    checklist = view;
    for (ChecklistView.Row row : view.rows()) {
      verdicts.put(row.item(), row.auditorVerdict() == null ? null : row.auditorVerdict().name());
      notes.put(row.item(), row.note());
    }
  }

  public void reproduce() {
    reproduction = samples.reproduce(ref);
  }

  /** Saves the auditor's verdict and note on one item; errors appear next to that row's inputs. */
  public String answer(ChecklistItem item, int row) {
    try {
      samples.answer(
          ref,
          complaint,
          new AnswerChecklistItem(item, verdict(verdicts.get(item)), notes.get(item)));
    } catch (BusinessException refused) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (refused instanceof InvalidInputException invalid) {
        for (FieldError error : invalid.errors()) {
          String input = "note".equals(error.field()) ? "note" : "verdict";
          faces.addMessage(
              "checklist:rows:" + row + ":" + input,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
      } else {
        FormErrors.show(refused, "checklist", Map.of());
      }
      return null;
    }
    return "/app/audit/sample?faces-redirect=true&saved=true&ref="
        + ref
        + "&complaint="
        + complaint;
  }

  private static Verdict verdict(String chosen) {
    return chosen == null || chosen.isBlank() ? null : Verdict.valueOf(chosen);
  }

  public Verdict[] getVerdictOptions() {
    return Verdict.values();
  }

  public List<ChecklistView.Row> getRows() {
    return checklist == null ? List.of() : checklist.rows();
  }

  public Map<ChecklistItem, String> getVerdicts() {
    return verdicts;
  }

  public Map<ChecklistItem, String> getNotes() {
    return notes;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getComplaint() {
    return complaint;
  }

  public void setComplaint(String complaint) {
    this.complaint = complaint;
  }

  public SampleDetails getSample() {
    return sample;
  }

  public ChecklistView getChecklist() {
    return checklist;
  }

  public SampleReproduction getReproduction() {
    return reproduction;
  }

  public boolean isNotFound() {
    return notFound;
  }
}
