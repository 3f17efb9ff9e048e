package org.redress.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.quality.command.CompleteAction;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;

/**
 * A nonconformity (ISO 9001 10.2) and everything done about it: containment and correction, the
 * root-cause analysis, the corrective actions and the check that they worked. This is the
 * aggregate: the actions change only through it, so that its rules hold together. It cannot close
 * while an action is open or before an effectiveness check passed; a failed check sends the
 * implemented actions back to work. Every illegal move is refused, never ignored.
 */
@Entity
@Table(name = "NONCONFORMITY")
@NamedQuery(
    name = "Nonconformity.findByReference",
    query = "SELECT n FROM Nonconformity n WHERE n.reference = :reference")
public class Nonconformity {

  /** Between the entries of a list kept in one text column; cannot occur in typed text. */
  private static final String SEPARATOR = "\n\u001e\n";

  @Id
  @SequenceGenerator(
      name = "nonconformity_seq",
      sequenceName = "NONCONFORMITY_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nonconformity_seq")
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", nullable = false, unique = true, length = 20)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "SOURCE", nullable = false, length = 20)
  private NonconformitySource source;

  @Enumerated(EnumType.STRING)
  @Column(name = "SEVERITY", nullable = false, length = 20)
  private NonconformitySeverity severity;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 30)
  private NonconformityStatus status;

  @Column(name = "TITLE", nullable = false, length = 200)
  private String title;

  @Column(name = "DESCRIPTION", columnDefinition = "TEXT")
  private String description;

  @Column(name = "CONTAINMENT", columnDefinition = "TEXT")
  private String containment;

  @Column(name = "WHYS", columnDefinition = "TEXT")
  private String whys;

  @Enumerated(EnumType.STRING)
  @Column(name = "ISHIKAWA_CATEGORY", length = 20)
  private IshikawaCategory category;

  @Column(name = "ROOT_CAUSE", columnDefinition = "TEXT")
  private String rootCause;

  @Column(name = "EIGHT_DISCIPLINES", columnDefinition = "TEXT")
  private String eightDisciplines;

  @Column(name = "CHECK_CRITERIA", columnDefinition = "TEXT")
  private String checkCriteria;

  @Column(name = "CHECK_PLANNED_ON")
  private LocalDate checkPlannedOn;

  @Column(name = "CHECK_VERIFIER", length = 100)
  private String checkVerifier;

  @Column(name = "CHECK_PASSED")
  private Boolean checkPassed;

  @Column(name = "CHECK_NOTES", columnDefinition = "TEXT")
  private String checkNotes;

  @Column(name = "CHECKED_AT")
  private Instant checkedAt;

  @Column(name = "FAILED_CHECKS", nullable = false)
  private int failedChecks;

  @Column(name = "RAISED_BY", nullable = false, length = 100)
  private String raisedBy;

  @Column(name = "RAISED_AT", nullable = false)
  private Instant raisedAt;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @Column(name = "CANCEL_REASON", columnDefinition = "TEXT")
  private String cancelReason;

  /** The audit finding this nonconformity was raised from (source AUDIT), if any. */
  @Column(name = "AUDIT_FINDING", length = 20)
  private String auditFinding;

  @OneToMany(mappedBy = "nonconformity", cascade = CascadeType.ALL)
  @OrderBy("number ASC")
  private List<CorrectiveAction> actions = new ArrayList<>();

  protected Nonconformity() {}

  /** Records a nonconformity as found; the analysis starts from here. */
  public static Nonconformity raise(
      String reference,
      NonconformitySource source,
      NonconformitySeverity severity,
      String title,
      String description,
      String containment,
      String actor,
      Instant now) {
    Nonconformity nc = new Nonconformity();
    nc.reference = reference;
    nc.source = source;
    nc.severity = severity;
    nc.title = title.strip();
    nc.description = description;
    nc.containment = containment;
    nc.status = NonconformityStatus.DRAFT;
    nc.raisedBy = actor;
    nc.raisedAt = now;
    return nc;
  }

  /** Starts the root-cause analysis. */
  public void startAnalysis() {
    require("start the analysis of", NonconformityStep.START_ANALYSIS);
    status = NonconformityStatus.ANALYSIS;
  }

  /** Records (or revises) the root cause; possible until the actions are being implemented. */
  public void recordRootCause(RecordRootCause input) {
    require("record the root cause of", NonconformityStep.RECORD_ROOT_CAUSE);
    if (input.whys() == null || input.whys().isEmpty() || input.whys().size() > 5) {
      throw new InvalidInputException("whys", Messages.text("field.whys"));
    }
    if (input.category() == null) {
      throw new InvalidInputException("category", Messages.text("field.reasonRequired"));
    }
    if (input.rootCause() == null || input.rootCause().isBlank()) {
      throw new InvalidInputException("rootCause", Messages.text("field.reasonRequired"));
    }
    if (status == NonconformityStatus.DRAFT) {
      status = NonconformityStatus.ANALYSIS;
    }
    whys = String.join(SEPARATOR, input.whys().stream().map(String::strip).toList());
    category = input.category();
    rootCause = input.rootCause().strip();
    eightDisciplines =
        input.eightDisciplines() == null
                || input.eightDisciplines().stream().allMatch(d -> d == null || d.isBlank())
            ? null
            : String.join(
                SEPARATOR,
                input.eightDisciplines().stream().map(d -> d == null ? "" : d.strip()).toList());
  }

  /**
   * Plans an action. The first one, after the root cause is known, turns the analysis into an
   * action plan; more can be added while the plan is being implemented.
   */
  public CorrectiveAction planAction(PlanAction input) {
    require("plan an action for", NonconformityStep.PLAN_ACTION);
    if (rootCause == null) {
      throw new RuleViolationException(
          "root-cause-first", Messages.text("rule.rootCauseFirst", reference));
    }
    CorrectiveAction action =
        new CorrectiveAction(
            this,
            actions.size() + 1,
            input.type(),
            input.description().strip(),
            input.owner().strip(),
            input.dueOn());
    actions.add(action);
    if (status == NonconformityStatus.ANALYSIS) {
      status = NonconformityStatus.ACTION_PLAN;
    }
    return action;
  }

  /** The plan is agreed; the actions are carried out now. */
  public void startImplementation() {
    require("start implementing the actions of", NonconformityStep.START_IMPLEMENTATION);
    if (liveActions().isEmpty()) {
      throw new RuleViolationException("no-actions", Messages.text("rule.noActions", reference));
    }
    status = NonconformityStatus.IMPLEMENTATION;
  }

  public void startAction(int number) {
    require("work on actions of", NonconformityStep.WORK_ON_ACTIONS);
    action(number).start();
  }

  /** An action is done, with its evidence; without evidence it does not count as done. */
  public void completeAction(int number, CompleteAction input, Instant now) {
    require("complete actions of", NonconformityStep.COMPLETE_ACTIONS);
    action(number).complete(input.evidence(), now);
  }

  public void cancelAction(int number) {
    require("cancel actions of", NonconformityStep.WORK_ON_ACTIONS);
    action(number).cancel();
  }

  /**
   * Plans the check that the actions worked. Only when every action is implemented (or cancelled)
   * and at least one was implemented.
   */
  public void planEffectivenessCheck(PlanEffectivenessCheck input) {
    require("plan the effectiveness check of", NonconformityStep.PLAN_EFFECTIVENESS_CHECK);
    if (actions.stream().anyMatch(a -> a.status().isOpen())) {
      throw new RuleViolationException(
          "actions-open", Messages.text("rule.actionsOpen", reference));
    }
    if (actions.stream().noneMatch(a -> a.status() == ActionStatus.IMPLEMENTED)) {
      throw new RuleViolationException("no-actions", Messages.text("rule.noActions", reference));
    }
    checkCriteria = input.criteria().strip();
    checkPlannedOn = input.plannedOn();
    checkVerifier = input.verifier().strip();
    checkPassed = null;
    checkNotes = null;
    checkedAt = null;
    status = NonconformityStatus.EFFECTIVENESS_REVIEW;
  }

  /**
   * The verifier's finding. Effective: the implemented actions close. Not effective: they go back
   * to work and the nonconformity returns to implementation, for better actions or another check.
   */
  public void recordEffectiveness(RecordEffectiveness input, String actor, Instant now) {
    require("record the effectiveness of", NonconformityStep.RECORD_EFFECTIVENESS);
    if (Boolean.TRUE.equals(checkPassed)) {
      throw new IllegalTransitionException(
          "The actions of " + reference + " were verified effective; close it or plan new actions");
    }
    if (input.effective() == null) {
      throw new InvalidInputException("effective", Messages.text("field.reasonRequired"));
    }
    checkPassed = input.effective();
    checkNotes = input.notes();
    checkedAt = now;
    if (input.effective()) {
      actions.forEach(a -> a.close(now));
    } else {
      failedChecks++;
      actions.forEach(CorrectiveAction::reopen);
      status = NonconformityStatus.IMPLEMENTATION;
    }
  }

  /** Closes the nonconformity: only after its effectiveness check passed, with no action open. */
  public void close(Instant now) {
    require("close", NonconformityStep.CLOSE);
    if (!Boolean.TRUE.equals(checkPassed)) {
      throw new RuleViolationException(
          "effectiveness-not-verified", Messages.text("rule.effectivenessFirst", reference));
    }
    if (actions.stream().anyMatch(a -> a.status().isOpen())) {
      throw new RuleViolationException(
          "actions-open", Messages.text("rule.actionsOpen", reference));
    }
    closedAt = now;
    status = NonconformityStatus.CLOSED;
  }

  public void cancel(String reason, Instant now) {
    require("cancel", NonconformityStep.CANCEL);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", Messages.text("field.reasonRequired"));
    }
    actions.stream().filter(a -> a.status().isOpen()).forEach(CorrectiveAction::cancel);
    cancelReason = reason.strip();
    closedAt = now;
    status = NonconformityStatus.CANCELLED;
  }

  /** The fields an auditor compares before and after a change. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("severity", severity);
    state.put("category", category);
    state.put("rootCause", rootCause);
    state.put("actions", actions.size());
    for (CorrectiveAction action : actions) {
      state.put("action." + action.number(), action.status());
    }
    state.put("checkPassed", checkPassed);
    state.put("failedChecks", failedChecks);
    state.put("closedAt", closedAt);
    return state;
  }

  private CorrectiveAction action(int number) {
    return actions.stream()
        .filter(a -> a.number() == number)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Action", reference + "/" + number));
  }

  private List<CorrectiveAction> liveActions() {
    return actions.stream().filter(a -> a.status() != ActionStatus.CANCELLED).toList();
  }

  private void require(String action, NonconformityStep step) {
    if (!step.isAllowedIn(status)) {
      throw illegal(action);
    }
  }

  /**
   * The steps the state allows now, less those a rule would refuse at once (planning actions before
   * the root cause, recording a verdict twice, closing before a passed check).
   */
  public List<NonconformityStep> availableSteps() {
    List<NonconformityStep> steps = new ArrayList<>();
    for (NonconformityStep step : NonconformityStep.values()) {
      if (!step.isAllowedIn(status)
          || (step == NonconformityStep.PLAN_ACTION && rootCause == null)
          || (step == NonconformityStep.START_IMPLEMENTATION && liveActions().isEmpty())
          || (step == NonconformityStep.PLAN_EFFECTIVENESS_CHECK
              && (actions.stream().anyMatch(a -> a.status().isOpen())
                  || actions.stream().noneMatch(a -> a.status() == ActionStatus.IMPLEMENTED)))
          || (step == NonconformityStep.RECORD_EFFECTIVENESS && Boolean.TRUE.equals(checkPassed))
          || (step == NonconformityStep.CLOSE && !Boolean.TRUE.equals(checkPassed))) {
        continue;
      }
      steps.add(step);
    }
    return steps;
  }

  private IllegalTransitionException illegal(String action) {
    return new IllegalTransitionException(
        "Cannot " + action + " " + reference + " while it is " + status);
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public NonconformitySource source() {
    return source;
  }

  public NonconformitySeverity severity() {
    return severity;
  }

  public NonconformityStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String containment() {
    return containment;
  }

  public List<String> whys() {
    return whys == null ? List.of() : List.of(whys.split(SEPARATOR, -1));
  }

  public IshikawaCategory category() {
    return category;
  }

  public String rootCause() {
    return rootCause;
  }

  public List<String> eightDisciplines() {
    return eightDisciplines == null ? List.of() : List.of(eightDisciplines.split(SEPARATOR, -1));
  }

  public String checkCriteria() {
    return checkCriteria;
  }

  public LocalDate checkPlannedOn() {
    return checkPlannedOn;
  }

  public String checkVerifier() {
    return checkVerifier;
  }

  public Boolean checkPassed() {
    return checkPassed;
  }

  public String checkNotes() {
    return checkNotes;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public int failedChecks() {
    return failedChecks;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public List<CorrectiveAction> actions() {
    return Collections.unmodifiableList(actions);
  }

  /** Names the audit finding this nonconformity was raised from. */
  public void traceToAuditFinding(String finding) {
    this.auditFinding = finding;
  }

  public String auditFinding() {
    return auditFinding;
  }
}
