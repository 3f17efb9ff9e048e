package org.redress.web.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redress.complaint.AttachmentPolicy;
import org.redress.complaint.Attachments;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplaintQueries;
import org.redress.complaint.ComplaintWorkflow;
import org.redress.complaint.Complexity;
import org.redress.complaint.HandlingStep;
import org.redress.complaint.Impact;
import org.redress.complaint.RemedyType;
import org.redress.complaint.Severity;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Reopen;
import org.redress.complaint.command.RequestInformation;
import org.redress.complaint.command.Withdraw;
import org.redress.complaint.view.AttachmentView;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.platform.BusinessException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RecordNotFoundException;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/complaint.xhtml}, the case workspace: the case, its timeline and files, and a
 * form for each step the process and the user's role allow now. Which steps those are comes from
 * the service, which asks the aggregate.
 */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ComplaintQueries queries;

  @EJB ComplaintWorkflow workflow;

  @EJB Attachments attachments;

  @EJB Nonconformities nonconformities;

  private NonconformitySeverity ncSeverity;
  private String ncTitle;
  private String ncReference;

  private String ref;
  private ComplaintDetails complaint;
  private List<AttachmentView> files = List.of();
  private boolean notFound;

  // Inputs of the step forms.
  private Channel ackChannel;
  private String ackMessage;
  private Severity severity;
  private Boolean safetyImplication;
  private Complexity complexity;
  private Impact impact;
  private Boolean immediateActionNeeded;
  private Boolean immediateActionPossible;
  private String immediateActionNote;
  private String assessmentNotes;
  private String assignee;
  private String assignmentNote;
  private String question;
  private Channel questionChannel;
  private String information;
  private Channel informationChannel;
  private String note;
  private RemedyType remedyType;
  private String responseSummary;
  private BigDecimal amount;
  private String currency = "EUR";
  private String approvalComment;
  private Channel decisionChannel;
  private String decisionMessage;
  private Boolean replyAccepted;
  private String replyComment;
  private Channel replyChannel;
  private String escalationReason;
  private String escalationRecourse;
  private String externalBody;
  private String externalReference;
  private String referralRecourse;
  private ClosingOutcome outcome;
  private String closingReason;
  private String externalOutcome;
  private String closingRecourse;
  private String withdrawalReason;
  private String reopenReason;
  private transient Part file;

  /** Loads the case named by the {@code ref} parameter. */
  public void load() {
    if (ref == null || ref.isBlank()) {
      notFound = true;
      return;
    }
    try {
      complaint = queries.details(ref.strip().toUpperCase(java.util.Locale.ROOT));
      files = attachments.list(complaint.reference());
      assignee = complaint.assignee();
    } catch (RecordNotFoundException missing) {
      notFound = true;
    }
  }

  /** Time left to the response deadline, or how long it is overdue, as the header shows it. */
  public String getTimeLeft() {
    if (complaint == null || !complaint.status().awaitsResponse()) {
      return "";
    }
    java.time.Duration left =
        java.time.Duration.between(java.time.Instant.now(), complaint.responseDueAt());
    FacesContext faces = FacesContext.getCurrentInstance();
    java.time.Duration amount = left.abs();
    String text =
        java.text.MessageFormat.format(
            FormErrors.text(faces, "case.duration"), amount.toDays(), amount.toHoursPart());
    return java.text.MessageFormat.format(
        FormErrors.text(faces, left.isNegative() ? "case.overdueBy" : "case.timeLeft"), text);
  }

  public boolean can(String step) {
    return complaint != null && complaint.availableSteps().contains(HandlingStep.valueOf(step));
  }

  public String acknowledge() {
    return step(
        "acknowledge",
        Map.of(),
        () -> workflow.acknowledge(ref(), new Acknowledge(ackChannel, ackMessage)));
  }

  public String assess() {
    return step(
        "assess",
        Map.of(
            "severity", "severity",
            "safetyImplication", "safetyImplication",
            "complexity", "complexity",
            "impact", "impact",
            "immediateActionNeeded", "immediateActionNeeded",
            "immediateActionPossible", "immediateActionPossible",
            "immediateActionNote", "immediateActionNote",
            "notes", "assessmentNotes"),
        () ->
            workflow.assess(
                ref(),
                new Assess(
                    severity,
                    safetyImplication,
                    complexity,
                    impact,
                    immediateActionNeeded,
                    immediateActionPossible,
                    immediateActionNote,
                    assessmentNotes,
                    null)));
  }

  public String assign() {
    return step(
        "assign",
        Map.of("assignee", "assignee", "note", "assignmentNote"),
        () -> workflow.assign(ref(), new Assign(assignee, assignmentNote)));
  }

  public String addNote() {
    return step(
        "note",
        Map.of("text", "noteText"),
        () -> workflow.addInvestigationNote(ref(), new AddInvestigationNote(note)));
  }

  public String requestInformation() {
    return step(
        "requestInformation",
        Map.of("question", "question"),
        () ->
            workflow.requestInformation(ref(), new RequestInformation(question, questionChannel)));
  }

  public String recordInformation() {
    return step(
        "recordInformation",
        Map.of("text", "information"),
        () ->
            workflow.recordInformation(
                ref(), new RecordInformation(information, informationChannel)));
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public Channel getQuestionChannel() {
    return questionChannel;
  }

  public void setQuestionChannel(Channel questionChannel) {
    this.questionChannel = questionChannel;
  }

  public String getInformation() {
    return information;
  }

  public void setInformation(String information) {
    this.information = information;
  }

  public Channel getInformationChannel() {
    return informationChannel;
  }

  public void setInformationChannel(Channel informationChannel) {
    this.informationChannel = informationChannel;
  }

  public String proposeResponse() {
    return step(
        "response",
        Map.of(
            "remedyType", "remedyType",
            "summary", "responseSummary",
            "amount", "amount",
            "currency", "currency"),
        () ->
            workflow.proposeResponse(
                ref(),
                new ProposeResponse(remedyType, responseSummary, amount, blankToNull(currency))));
  }

  public String approve() {
    return decideApproval(true);
  }

  public String returnResponse() {
    return decideApproval(false);
  }

  private String decideApproval(boolean approved) {
    return step(
        "approval",
        Map.of("comment", "approvalComment"),
        () -> workflow.decideApproval(ref(), new DecideApproval(approved, approvalComment)));
  }

  public String communicateDecision() {
    return step(
        "decision",
        Map.of("channel", "decisionChannel", "message", "decisionMessage"),
        () ->
            workflow.communicateDecision(
                ref(), new CommunicateDecision(decisionChannel, decisionMessage)));
  }

  public String recordReply() {
    return step(
        "reply",
        Map.of("accepted", "replyAccepted", "comment", "replyComment"),
        () ->
            workflow.recordComplainantReply(
                ref(), new RecordComplainantReply(replyAccepted, replyComment, replyChannel)));
  }

  public String escalate() {
    return step(
        "escalation",
        Map.of("reason", "escalationReason", "recourseInformation", "escalationRecourse"),
        () -> workflow.escalate(ref(), new Escalate(escalationReason, escalationRecourse)));
  }

  public String referExternally() {
    return step(
        "referral",
        Map.of(
            "body", "externalBody",
            "externalReference", "externalReference",
            "recourseInformation", "referralRecourse"),
        () ->
            workflow.referExternally(
                ref(), new ReferExternally(externalBody, externalReference, referralRecourse)));
  }

  public String close() {
    return step(
        "closure",
        Map.of(
            "outcome", "outcome",
            "reason", "closingReason",
            "externalOutcome", "externalOutcome",
            "recourseInformation", "closingRecourse"),
        () ->
            workflow.close(
                ref(), new Close(outcome, closingReason, externalOutcome, closingRecourse)));
  }

  public String withdraw() {
    return step(
        "withdrawal",
        Map.of("reason", "withdrawalReason"),
        () -> workflow.withdraw(ref(), new Withdraw(withdrawalReason)));
  }

  public String reopen() {
    return step(
        "reopening",
        Map.of("reason", "reopenReason"),
        () -> workflow.reopen(ref(), new Reopen(reopenReason)));
  }

  public String upload() {
    return step(
        "upload",
        Map.of("file", "file"),
        () -> {
          if (file == null || file.getSize() == 0) {
            throw new InvalidInputException(
                "file", FormErrors.text(FacesContext.getCurrentInstance(), "case.upload.choose"));
          }
          if (file.getSize() > AttachmentPolicy.MAX_BYTES) {
            throw new InvalidInputException(
                "file", FormErrors.text(FacesContext.getCurrentInstance(), "case.upload.tooLarge"));
          }
          try (InputStream in = file.getInputStream()) {
            return attachments.attach(ref(), file.getSubmittedFileName(), in.readAllBytes());
          } catch (IOException e) {
            throw new InvalidInputException("file", e.getMessage());
          }
        });
  }

  /** Raises a nonconformity from this complaint and opens it (ISO 10002 7.7: systemic cause). */
  public String raiseNonconformity() {
    try {
      String raised =
          nonconformities
              .raise(
                  new RaiseNonconformity(
                      NonconformitySource.COMPLAINT,
                      ncSeverity,
                      ncTitle,
                      null,
                      null,
                      List.of(ref())))
              .reference();
      return "/app/quality/nonconformity?faces-redirect=true&saved=true&ref=" + raised;
    } catch (BusinessException refused) {
      FormErrors.show(refused, "raiseNc", Map.of("severity", "ncSeverity", "title", "ncTitle"));
      return null;
    }
  }

  /** Links this complaint to an existing nonconformity. */
  public String linkNonconformity() {
    return step(
        "linkNc",
        Map.of("complaints", "ncReference"),
        () ->
            nonconformities.linkComplaint(
                ncReference == null ? "" : ncReference.strip().toUpperCase(java.util.Locale.ROOT),
                ref()));
  }

  public NonconformitySeverity[] getNcSeverities() {
    return NonconformitySeverity.values();
  }

  public NonconformitySeverity getNcSeverity() {
    return ncSeverity;
  }

  public void setNcSeverity(NonconformitySeverity ncSeverity) {
    this.ncSeverity = ncSeverity;
  }

  public String getNcTitle() {
    return ncTitle;
  }

  public void setNcTitle(String ncTitle) {
    this.ncTitle = ncTitle;
  }

  public String getNcReference() {
    return ncReference;
  }

  public void setNcReference(String ncReference) {
    this.ncReference = ncReference;
  }

  /** Takes a step; on success shows the case again (post-redirect-get), else the errors. */
  private String step(String form, Map<String, String> fields, Supplier<Object> action) {
    try {
      action.get();
    } catch (BusinessException refused) {
      FormErrors.show(refused, form, fields);
      return null;
    }
    return "/app/complaint?faces-redirect=true&saved=true&ref=" + ref();
  }

  private String ref() {
    return complaint.reference();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getAcceptedFiles() {
    return AttachmentPolicy.acceptedExtensions();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public Complexity[] getComplexities() {
    return Complexity.values();
  }

  public Impact[] getImpacts() {
    return Impact.values();
  }

  public RemedyType[] getRemedyTypes() {
    return RemedyType.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public ComplaintDetails getComplaint() {
    return complaint;
  }

  public List<AttachmentView> getFiles() {
    return files;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public Channel getAckChannel() {
    return ackChannel;
  }

  public void setAckChannel(Channel ackChannel) {
    this.ackChannel = ackChannel;
  }

  public String getAckMessage() {
    return ackMessage;
  }

  public void setAckMessage(String ackMessage) {
    this.ackMessage = ackMessage;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public Boolean getSafetyImplication() {
    return safetyImplication;
  }

  public void setSafetyImplication(Boolean safetyImplication) {
    this.safetyImplication = safetyImplication;
  }

  public Complexity getComplexity() {
    return complexity;
  }

  public void setComplexity(Complexity complexity) {
    this.complexity = complexity;
  }

  public Impact getImpact() {
    return impact;
  }

  public void setImpact(Impact impact) {
    this.impact = impact;
  }

  public Boolean getImmediateActionNeeded() {
    return immediateActionNeeded;
  }

  public void setImmediateActionNeeded(Boolean immediateActionNeeded) {
    this.immediateActionNeeded = immediateActionNeeded;
  }

  public Boolean getImmediateActionPossible() {
    return immediateActionPossible;
  }

  public void setImmediateActionPossible(Boolean immediateActionPossible) {
    this.immediateActionPossible = immediateActionPossible;
  }

  public String getImmediateActionNote() {
    return immediateActionNote;
  }

  public void setImmediateActionNote(String immediateActionNote) {
    this.immediateActionNote = immediateActionNote;
  }

  public String getAssessmentNotes() {
    return assessmentNotes;
  }

  public void setAssessmentNotes(String assessmentNotes) {
    this.assessmentNotes = assessmentNotes;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getAssignmentNote() {
    return assignmentNote;
  }

  public void setAssignmentNote(String assignmentNote) {
    this.assignmentNote = assignmentNote;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public RemedyType getRemedyType() {
    return remedyType;
  }

  public void setRemedyType(RemedyType remedyType) {
    this.remedyType = remedyType;
  }

  public String getResponseSummary() {
    return responseSummary;
  }

  public void setResponseSummary(String responseSummary) {
    this.responseSummary = responseSummary;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getApprovalComment() {
    return approvalComment;
  }

  public void setApprovalComment(String approvalComment) {
    this.approvalComment = approvalComment;
  }

  public Channel getDecisionChannel() {
    return decisionChannel;
  }

  public void setDecisionChannel(Channel decisionChannel) {
    this.decisionChannel = decisionChannel;
  }

  public String getDecisionMessage() {
    return decisionMessage;
  }

  public void setDecisionMessage(String decisionMessage) {
    this.decisionMessage = decisionMessage;
  }

  public Boolean getReplyAccepted() {
    return replyAccepted;
  }

  public void setReplyAccepted(Boolean replyAccepted) {
    this.replyAccepted = replyAccepted;
  }

  public String getReplyComment() {
    return replyComment;
  }

  public void setReplyComment(String replyComment) {
    this.replyComment = replyComment;
  }

  public Channel getReplyChannel() {
    return replyChannel;
  }

  public void setReplyChannel(Channel replyChannel) {
    this.replyChannel = replyChannel;
  }

  public String getEscalationReason() {
    return escalationReason;
  }

  public void setEscalationReason(String escalationReason) {
    this.escalationReason = escalationReason;
  }

  public String getEscalationRecourse() {
    return escalationRecourse;
  }

  public void setEscalationRecourse(String escalationRecourse) {
    this.escalationRecourse = escalationRecourse;
  }

  public String getExternalBody() {
    return externalBody;
  }

  public void setExternalBody(String externalBody) {
    this.externalBody = externalBody;
  }

  public String getExternalReference() {
    return externalReference;
  }

  public void setExternalReference(String externalReference) {
    this.externalReference = externalReference;
  }

  public String getReferralRecourse() {
    return referralRecourse;
  }

  public void setReferralRecourse(String referralRecourse) {
    this.referralRecourse = referralRecourse;
  }

  public ClosingOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ClosingOutcome outcome) {
    this.outcome = outcome;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public void setClosingReason(String closingReason) {
    this.closingReason = closingReason;
  }

  public String getExternalOutcome() {
    return externalOutcome;
  }

  public void setExternalOutcome(String externalOutcome) {
    this.externalOutcome = externalOutcome;
  }

  public String getClosingRecourse() {
    return closingRecourse;
  }

  public void setClosingRecourse(String closingRecourse) {
    this.closingRecourse = closingRecourse;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
