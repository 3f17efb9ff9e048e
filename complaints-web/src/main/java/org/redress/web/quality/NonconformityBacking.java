package org.redress.web.quality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.redress.platform.BusinessException;
import org.redress.platform.RecordNotFoundException;
import org.redress.plugin.QualitySync;
import org.redress.plugin.SyncView;
import org.redress.quality.ActionType;
import org.redress.quality.IshikawaCategory;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformityStep;
import org.redress.quality.command.CancelNonconformity;
import org.redress.quality.command.CompleteAction;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;
import org.redress.quality.view.NonconformityDetails;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/quality/nonconformity.xhtml}: a nonconformity's root-cause tools (5 whys,
 * Ishikawa category, 8D), its actions and the effectiveness check; a form for each step the
 * aggregate allows now.
 */
@Named
@ViewScoped
public class NonconformityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Nonconformities nonconformities;

  @EJB QualitySync sync;

  private String ref;
  private NonconformityDetails nc;
  private List<SyncView> externalRecords = List.of();
  private boolean notFound;

  private final List<String> whys = new ArrayList<>(List.of("", "", "", "", ""));
  private final List<String> eightDisciplines =
      new ArrayList<>(List.of("", "", "", "", "", "", "", ""));
  private IshikawaCategory category;
  private String rootCause;
  private ActionType actionType;
  private String actionDescription;
  private String actionOwner;
  private LocalDate actionDueOn;
  private Integer actionNumber;
  private String evidence;
  private String criteria;
  private LocalDate plannedOn;
  private String verifier;
  private Boolean effective;
  private String checkNotes;
  private String cancelReason;
  private String complaintToLink;

  public void load() {
    try {
      nc = nonconformities.find(ref == null ? "" : ref.strip().toUpperCase(Locale.ROOT));
      externalRecords = sync.of(nc.reference());
      if (nc.rootCause() != null) {
        for (int i = 0; i < nc.whys().size() && i < 5; i++) {
          whys.set(i, nc.whys().get(i));
        }
        category = nc.category();
        rootCause = nc.rootCause();
        for (int i = 0; i < nc.eightDisciplines().size() && i < 8; i++) {
          eightDisciplines.set(i, nc.eightDisciplines().get(i));
        }
      }
    } catch (RecordNotFoundException missing) {
      notFound = true;
    }
  }

  /** The nonconformity's records in the enabled QMS connectors. */
  public List<SyncView> getExternalRecords() {
    return externalRecords;
  }

  public boolean can(String step) {
    return nc != null && nc.availableSteps().contains(NonconformityStep.valueOf(step));
  }

  public String startAnalysis() {
    return step("analysis", Map.of(), () -> nonconformities.startAnalysis(ref()));
  }

  public String recordRootCause() {
    List<String> given = whys.stream().filter(w -> w != null && !w.isBlank()).toList();
    return step(
        "rootCause",
        Map.of(
            "whys", "why1",
            "category", "category",
            "rootCause", "rootCause",
            "eightDisciplines", "d1"),
        () ->
            nonconformities.recordRootCause(
                ref(), new RecordRootCause(given, category, rootCause, eightDisciplines)));
  }

  public String planAction() {
    return step(
        "plan",
        Map.of(
            "type",
            "actionType",
            "description",
            "actionDescription",
            "owner",
            "actionOwner",
            "dueOn",
            "actionDueOn"),
        () ->
            nonconformities.planAction(
                ref(), new PlanAction(actionType, actionDescription, actionOwner, actionDueOn)));
  }

  public String startImplementation() {
    return step("implementation", Map.of(), () -> nonconformities.startImplementation(ref()));
  }

  public String startAction(int number) {
    return step("actions", Map.of(), () -> nonconformities.startAction(ref(), number));
  }

  public String completeAction() {
    return step(
        "complete",
        Map.of("evidence", "evidence", "number", "actionNumber"),
        () ->
            nonconformities.completeAction(
                ref(), actionNumber == null ? 0 : actionNumber, new CompleteAction(evidence)));
  }

  public String planCheck() {
    return step(
        "check",
        Map.of("criteria", "criteria", "plannedOn", "plannedOn", "verifier", "verifier"),
        () ->
            nonconformities.planEffectivenessCheck(
                ref(), new PlanEffectivenessCheck(criteria, plannedOn, verifier)));
  }

  public String recordEffectiveness() {
    return step(
        "effectiveness",
        Map.of("effective", "effective", "notes", "checkNotes"),
        () ->
            nonconformities.recordEffectiveness(
                ref(), new RecordEffectiveness(effective, checkNotes)));
  }

  public String close() {
    return step("closure", Map.of(), () -> nonconformities.close(ref()));
  }

  public String cancel() {
    return step(
        "cancellation",
        Map.of("reason", "cancelReason"),
        () -> nonconformities.cancel(ref(), new CancelNonconformity(cancelReason)));
  }

  public String linkComplaint() {
    return step(
        "link",
        Map.of("complaints", "complaintToLink"),
        () ->
            nonconformities.linkComplaint(
                ref(),
                complaintToLink == null ? "" : complaintToLink.strip().toUpperCase(Locale.ROOT)));
  }

  private String step(String form, Map<String, String> fields, Supplier<Object> action) {
    try {
      action.get();
    } catch (BusinessException refused) {
      FormErrors.show(refused, form, fields);
      return null;
    }
    return "/app/quality/nonconformity?faces-redirect=true&saved=true&ref=" + ref();
  }

  private String ref() {
    return nc.reference();
  }

  public IshikawaCategory[] getCategories() {
    return IshikawaCategory.values();
  }

  public ActionType[] getActionTypes() {
    return ActionType.values();
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public NonconformityDetails getNc() {
    return nc;
  }

  public boolean isNotFound() {
    return notFound;
  }

  /** The optional 8D report, D1 (team) to D8 (recognition), one text per discipline. */
  public List<String> getEightDisciplines() {
    return eightDisciplines;
  }

  public List<String> getWhys() {
    return whys;
  }

  public IshikawaCategory getCategory() {
    return category;
  }

  public void setCategory(IshikawaCategory category) {
    this.category = category;
  }

  public String getRootCause() {
    return rootCause;
  }

  public void setRootCause(String rootCause) {
    this.rootCause = rootCause;
  }

  public ActionType getActionType() {
    return actionType;
  }

  public void setActionType(ActionType actionType) {
    this.actionType = actionType;
  }

  public String getActionDescription() {
    return actionDescription;
  }

  public void setActionDescription(String actionDescription) {
    this.actionDescription = actionDescription;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public LocalDate getActionDueOn() {
    return actionDueOn;
  }

  public void setActionDueOn(LocalDate actionDueOn) {
    this.actionDueOn = actionDueOn;
  }

  public Integer getActionNumber() {
    return actionNumber;
  }

  public void setActionNumber(Integer actionNumber) {
    this.actionNumber = actionNumber;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getCriteria() {
    return criteria;
  }

  public void setCriteria(String criteria) {
    this.criteria = criteria;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public String getVerifier() {
    return verifier;
  }

  public void setVerifier(String verifier) {
    this.verifier = verifier;
  }

  public Boolean getEffective() {
    return effective;
  }

  public void setEffective(Boolean effective) {
    this.effective = effective;
  }

  public String getCheckNotes() {
    return checkNotes;
  }

  public void setCheckNotes(String checkNotes) {
    this.checkNotes = checkNotes;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getComplaintToLink() {
    return complaintToLink;
  }

  public void setComplaintToLink(String complaintToLink) {
    this.complaintToLink = complaintToLink;
  }
}
