package org.redress.complaint;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Reopen;
import org.redress.complaint.command.RequestInformation;
import org.redress.complaint.command.Withdraw;
import org.redress.platform.BusinessException;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RuleViolationException;
import org.redress.policy.BusinessCalendar;
import org.redress.policy.Category;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.PriorityMatrix;
import org.redress.policy.ServiceLevel;
import org.redress.policy.ServiceLevels;

/**
 * A complaint and its handling, from receipt to closing (ISO 10002 clause 7). This is the
 * aggregate: every step of the process is a method here that checks the move is allowed in the
 * current state, checks the data the step needs, changes the state and appends an event to the
 * timeline. The pages, the REST API and the jobs all go through these methods, so the rules of the
 * process live in this one place. A move the state does not allow is refused with an {@link
 * IllegalTransitionException}; nothing is ever silently ignored.
 */
@Entity
@Table(name = "COMPLAINT")
@NamedQuery(
    name = "Complaint.findByReference",
    query = "SELECT c FROM Complaint c WHERE c.reference = :reference")
public class Complaint {

  private static final int SEARCH_TEXT_LIMIT = 4000;

  /** What stays of a text that was removed with the personal data. */
  public static final String REMOVED = "(removed with the personal data)";

  private static final java.time.format.DateTimeFormatter READABLE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  @Id
  @SequenceGenerator(name = "complaint_seq", sequenceName = "COMPLAINT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", nullable = false, unique = true, length = 20)
  private String reference;

  @Column(name = "TRACKING_CODE", nullable = false, length = 20)
  private String trackingCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 30)
  private ComplaintStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", length = 30)
  private ClosingOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL", nullable = false, length = 20)
  private Channel channel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CATEGORY_ID")
  private Category category;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "COMPLAINANT_NAME", length = 200)),
    @AttributeOverride(name = "email", column = @Column(name = "COMPLAINANT_EMAIL", length = 254)),
    @AttributeOverride(name = "phone", column = @Column(name = "COMPLAINANT_PHONE", length = 40)),
    @AttributeOverride(
        name = "organisation",
        column = @Column(name = "COMPLAINANT_ORGANISATION", length = 200)),
    @AttributeOverride(
        name = "address",
        column = @Column(name = "COMPLAINANT_ADDRESS", length = 500)),
    @AttributeOverride(
        name = "preferredContact",
        column = @Column(name = "COMPLAINANT_CONTACT", length = 10)),
    @AttributeOverride(
        name = "language",
        column = @Column(name = "COMPLAINANT_LANGUAGE", length = 35))
  })
  private Party complainant;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "REPRESENTATIVE_NAME", length = 200)),
    @AttributeOverride(
        name = "email",
        column = @Column(name = "REPRESENTATIVE_EMAIL", length = 254)),
    @AttributeOverride(
        name = "phone",
        column = @Column(name = "REPRESENTATIVE_PHONE", length = 40)),
    @AttributeOverride(
        name = "organisation",
        column = @Column(name = "REPRESENTATIVE_ORGANISATION", length = 200)),
    @AttributeOverride(
        name = "address",
        column = @Column(name = "REPRESENTATIVE_ADDRESS", length = 500)),
    @AttributeOverride(
        name = "preferredContact",
        column = @Column(name = "REPRESENTATIVE_CONTACT", length = 10)),
    @AttributeOverride(
        name = "language",
        column = @Column(name = "REPRESENTATIVE_LANGUAGE", length = 35))
  })
  private Party representative;

  @Column(name = "PRODUCT_OR_SERVICE", length = 200)
  private String productOrService;

  @Column(name = "ORDER_REFERENCE", length = 100)
  private String orderReference;

  @Column(name = "LOT", length = 100)
  private String lot;

  @Column(name = "OCCURRED_ON")
  private LocalDate occurredOn;

  @Column(name = "DESCRIPTION", nullable = false, columnDefinition = "TEXT")
  private String description;

  @Column(name = "REMEDY_SOUGHT", columnDefinition = "TEXT")
  private String remedySought;

  @Column(name = "IMMEDIATE_ACTION", columnDefinition = "TEXT")
  private String immediateAction;

  /** Names or user names of the people the complaint is about, one per line. */
  @Column(name = "PERSONS_COMPLAINED_ABOUT", length = 1100)
  private String personsComplainedAbout;

  @Column(name = "RECEIVED_AT", nullable = false)
  private Instant receivedAt;

  @Column(name = "RECEIVED_BY", nullable = false, length = 100)
  private String receivedBy;

  @Column(name = "ACKNOWLEDGEMENT_DUE_AT", nullable = false)
  private Instant acknowledgementDueAt;

  @Column(name = "ACKNOWLEDGED_AT")
  private Instant acknowledgedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "PRIORITY", length = 20)
  private Priority priority;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "severity",
        column = @Column(name = "ASSESSED_SEVERITY", length = 20)),
    @AttributeOverride(name = "safetyImplication", column = @Column(name = "ASSESSED_SAFETY")),
    @AttributeOverride(
        name = "complexity",
        column = @Column(name = "ASSESSED_COMPLEXITY", length = 20)),
    @AttributeOverride(name = "impact", column = @Column(name = "ASSESSED_IMPACT", length = 20)),
    @AttributeOverride(
        name = "immediateActionNeeded",
        column = @Column(name = "IMMEDIATE_ACTION_NEEDED")),
    @AttributeOverride(
        name = "immediateActionPossible",
        column = @Column(name = "IMMEDIATE_ACTION_POSSIBLE")),
    @AttributeOverride(
        name = "immediateActionNote",
        column = @Column(name = "IMMEDIATE_ACTION_NOTE", columnDefinition = "TEXT")),
    @AttributeOverride(
        name = "notes",
        column = @Column(name = "ASSESSMENT_NOTES", columnDefinition = "TEXT")),
    @AttributeOverride(name = "assessedBy", column = @Column(name = "ASSESSED_BY", length = 100)),
    @AttributeOverride(name = "assessedAt", column = @Column(name = "ASSESSED_AT"))
  })
  private Assessment assessment;

  @Column(name = "ASSIGNEE", length = 100)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(name = "TIER", nullable = false, length = 20)
  private EscalationTier tier;

  @Column(name = "RESPONSE_DUE_AT", nullable = false)
  private Instant responseDueAt;

  /** When the response clock started: receipt, or the last escalation or reopening. */
  @Column(name = "RESPONSE_CLOCK_START_AT", nullable = false)
  private Instant responseClockStartAt;

  @Column(name = "RESOLUTION_DUE_AT", nullable = false)
  private Instant resolutionDueAt;

  /** When the resolution clock started: receipt, or the last reopening. */
  @Column(name = "RESOLUTION_CLOCK_START_AT", nullable = false)
  private Instant resolutionClockStartAt;

  /** Since when the organisation waits for the complainant; the clocks stand still meanwhile. */
  @Column(name = "PAUSED_SINCE")
  private Instant pausedSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "PAUSE_REASON", length = 30)
  private PauseReason pauseReason;

  /** Working minutes the response clock stood still since it started. */
  @Column(name = "RESPONSE_PAUSED_MINUTES", nullable = false)
  private long responsePausedMinutes;

  /** Working minutes the resolution clock stood still since it started. */
  @Column(name = "RESOLUTION_PAUSED_MINUTES", nullable = false)
  private long resolutionPausedMinutes;

  /** The deadline the escalation watch follows now (the nearest one still running). */
  @Enumerated(EnumType.STRING)
  @Column(name = "WATCHED_DEADLINE", length = 20)
  private Deadline watchedDeadline;

  @Column(name = "WATCHED_DUE_AT")
  private Instant watchedDueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ALERT_LEVEL", nullable = false, length = 20)
  private AlertLevel alertLevel = AlertLevel.ON_TRACK;

  /** When the deadline watch looks at this case next (null: nothing to watch). Indexed. */
  @Column(name = "DEADLINE_CHECK_AT")
  private Instant deadlineCheckAt;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "remedyType", column = @Column(name = "REMEDY_TYPE", length = 20)),
    @AttributeOverride(
        name = "summary",
        column = @Column(name = "RESPONSE_SUMMARY", columnDefinition = "TEXT")),
    @AttributeOverride(
        name = "amount",
        column = @Column(name = "REMEDY_AMOUNT", precision = 17, scale = 2)),
    @AttributeOverride(name = "currency", column = @Column(name = "REMEDY_CURRENCY", length = 3)),
    @AttributeOverride(name = "approvalRequired", column = @Column(name = "APPROVAL_REQUIRED")),
    @AttributeOverride(
        name = "proposedBy",
        column = @Column(name = "RESPONSE_PROPOSED_BY", length = 100)),
    @AttributeOverride(name = "proposedAt", column = @Column(name = "RESPONSE_PROPOSED_AT")),
    @AttributeOverride(
        name = "approvedBy",
        column = @Column(name = "RESPONSE_APPROVED_BY", length = 100)),
    @AttributeOverride(name = "approvedAt", column = @Column(name = "RESPONSE_APPROVED_AT"))
  })
  private ProposedResponse response;

  @Enumerated(EnumType.STRING)
  @Column(name = "DECISION_CHANNEL", length = 20)
  private Channel decisionChannel;

  @Column(name = "DECISION_MESSAGE", columnDefinition = "TEXT")
  private String decisionMessage;

  @Column(name = "DECISION_COMMUNICATED_AT")
  private Instant decisionCommunicatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "COMPLAINANT_REPLY", length = 10)
  private ComplainantReply complainantReply;

  @Column(name = "COMPLAINANT_REPLY_COMMENT", columnDefinition = "TEXT")
  private String complainantReplyComment;

  @Column(name = "COMPLAINANT_REPLY_AT")
  private Instant complainantReplyAt;

  @Column(name = "RECOURSE_INFORMATION", columnDefinition = "TEXT")
  private String recourseInformation;

  @Column(name = "EXTERNAL_BODY", length = 200)
  private String externalBody;

  @Column(name = "EXTERNAL_REFERENCE", length = 100)
  private String externalReference;

  @Column(name = "EXTERNAL_OUTCOME", columnDefinition = "TEXT")
  private String externalOutcome;

  @Column(name = "CLOSING_REASON", columnDefinition = "TEXT")
  private String closingReason;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @Column(name = "REOPEN_COUNT", nullable = false)
  private int reopenCount;

  @Column(name = "ESCALATION_COUNT", nullable = false)
  private int escalationCount;

  /** The nonconformity (ISO 9001 10.2) this complaint's cause belongs to, if any. */
  @Column(name = "NONCONFORMITY_ID")
  private Long nonconformityId;

  @Column(name = "NONCONFORMITY_REFERENCE", length = 20)
  private String nonconformityReference;

  /** When the personal data was removed (retention period over, or erasure on request). */
  @Column(name = "ANONYMISED_AT")
  private Instant anonymisedAt;

  /** Lower-cased reference, names and text, for the staff's free-text search. */
  @Column(name = "SEARCH_TEXT", columnDefinition = "TEXT")
  private String searchText;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<ComplaintEvent> events = new ArrayList<>();

  protected Complaint() {}

  /**
   * Records a complaint as received (ISO 10002 7.2), with its acknowledgement and response
   * deadlines already running.
   */
  public static Complaint receive(
      String reference,
      String trackingCode,
      NewComplaint input,
      Category category,
      ServiceLevels levels,
      String actor,
      Instant now) {
    Complaint c = new Complaint();
    c.reference = reference;
    c.trackingCode = trackingCode;
    c.status = ComplaintStatus.RECEIVED;
    c.channel = input.channel();
    c.category = category;
    c.complainant = Party.of(input.complainant(), "complainant");
    c.representative =
        input.representative() == null ? null : Party.of(input.representative(), "representative");
    c.productOrService = trimToNull(input.productOrService());
    c.orderReference = trimToNull(input.orderReference());
    c.lot = trimToNull(input.lot());
    c.occurredOn = input.occurredOn();
    c.description = input.description();
    c.remedySought = input.remedySought();
    c.immediateAction = input.immediateAction();
    c.personsComplainedAbout = joinNames(input.personsComplainedAbout(), null);
    c.receivedAt = now;
    c.receivedBy = actor;
    c.responseClockStartAt = now;
    c.resolutionClockStartAt = now;
    c.tier = EscalationTier.FRONT_LINE;
    c.recalculateDeadlines(levels);
    c.searchText = c.buildSearchText();
    c.record(EventType.RECEIVED, null, actor, now, "Received by " + c.channel);
    c.watchDeadlines(now);
    return c;
  }

  /** ISO 10002 7.4: the complainant was told the complaint arrived. */
  /**
   * ISO 10002 7.4: the complaint is acknowledged to the complainant.
   *
   * @return the channel the acknowledgement went by (the complainant's preferred one unless given)
   */
  public Channel acknowledge(Acknowledge input, String actor, Instant now) {
    check(HandlingStep.ACKNOWLEDGE);
    ComplaintStatus from = status;
    acknowledgedAt = now;
    status = ComplaintStatus.ACKNOWLEDGED;
    Channel via =
        input.channel() == null
            ? Channel.valueOf(complainant.preferredContact().name())
            : input.channel();
    record(
        EventType.ACKNOWLEDGED,
        from,
        actor,
        now,
        "Acknowledged by "
            + via
            + (now.isAfter(acknowledgementDueAt) ? " (late)" : "")
            + textSuffix(input.message()));
    watchDeadlines(now);
    return via;
  }

  /**
   * ISO 10002 7.5: the initial assessment sets the priority through the matrix, and the priority
   * sets the response deadline. A later reassessment during the investigation moves both.
   */
  public void assess(
      Assess input, PriorityMatrix matrix, ServiceLevels levels, String actor, Instant now) {
    check(HandlingStep.ASSESS);
    ComplaintStatus from = status;
    assessment = new Assessment(input, actor, now);
    priority = matrix.priorityFor(input.severity(), input.impact(), assessment.safetyImplication());
    recalculateDeadlines(levels);
    personsComplainedAbout = joinNames(input.personsComplainedAbout(), personsComplainedAbout);
    if (status == ComplaintStatus.ACKNOWLEDGED) {
      status = ComplaintStatus.ASSESSED;
    }
    record(
        EventType.ASSESSED,
        from,
        actor,
        now,
        "Severity "
            + input.severity()
            + ", impact "
            + input.impact()
            + ", complexity "
            + input.complexity()
            + ", safety implication "
            + (assessment.safetyImplication() ? "yes" : "no")
            + ", immediate action "
            + (assessment.immediateActionNeeded() ? "needed" : "not needed")
            + ": priority "
            + priority
            + ", response due "
            + READABLE_TIME.format(responseDueAt)
            + ", resolution due "
            + READABLE_TIME.format(resolutionDueAt));
    watchDeadlines(now);
  }

  /**
   * ISO 10002 7.6: gives the investigation to a handler. The handler must not be a person the
   * complaint is about (objectivity). Assigning an assessed or escalated case starts the
   * investigation.
   */
  public void assign(Assign input, String actor, Instant now) {
    check(HandlingStep.ASSIGN);
    String handler = input.assignee().strip();
    if (personsComplainedAbout().stream().anyMatch(p -> p.equalsIgnoreCase(handler))) {
      throw new RuleViolationException(
          "conflict-of-interest", Messages.text("rule.conflictOfInterest", handler));
    }
    ComplaintStatus from = status;
    assignee = handler;
    if (status == ComplaintStatus.ASSESSED || status == ComplaintStatus.ESCALATED) {
      status = ComplaintStatus.UNDER_INVESTIGATION;
    }
    record(
        EventType.ASSIGNED, from, actor, now, "Assigned to " + handler + textSuffix(input.note()));
  }

  /** ISO 10002 7.6: a finding of the investigation, kept on the timeline. */
  public void addInvestigationNote(AddInvestigationNote input, String actor, Instant now) {
    check(HandlingStep.ADD_INVESTIGATION_NOTE);
    record(EventType.INVESTIGATION_NOTE, status, actor, now, input.text());
  }

  /**
   * ISO 10002 7.7: proposes the remedy. A remedy worth more than the policy's threshold must be
   * approved by a manager before it is communicated. Proposing again replaces the proposal.
   */
  public void proposeResponse(
      ProposeResponse input,
      HandlingPolicy policy,
      ServiceLevels levels,
      String actor,
      Instant now) {
    check(HandlingStep.PROPOSE_RESPONSE);
    if (input.amount() != null && input.currency() == null) {
      throw new InvalidInputException("currency", Messages.text("field.currencyWithAmount"));
    }
    boolean approvalRequired =
        input.amount() != null && input.amount().compareTo(policy.approvalThreshold()) > 0;
    ComplaintStatus from = status;
    response =
        new ProposedResponse(
            input.remedyType(),
            input.summary(),
            input.amount(),
            input.currency(),
            approvalRequired,
            actor,
            now);
    status = ComplaintStatus.RESPONSE_PROPOSED;
    record(
        EventType.RESPONSE_PROPOSED,
        from,
        actor,
        now,
        input.remedyType()
            + (input.amount() == null
                ? ""
                : " " + input.amount().toPlainString() + " " + input.currency())
            + (approvalRequired ? " (needs a manager's approval)" : "")
            + ": "
            + input.summary());
    resumeClock(levels, now, actor);
    watchDeadlines(now);
  }

  /**
   * A manager approves the proposed response, or returns it to the investigation. Nobody approves
   * their own proposal.
   */
  public void decideApproval(DecideApproval input, String actor, Instant now) {
    check(HandlingStep.DECIDE_APPROVAL);
    if (actor.equalsIgnoreCase(response.proposedBy())) {
      throw new RuleViolationException("four-eyes", Messages.text("rule.fourEyes", actor));
    }
    ComplaintStatus from = status;
    if (input.approved()) {
      response.approve(actor, now);
      record(
          EventType.RESPONSE_APPROVED, from, actor, now, "Approved" + textSuffix(input.comment()));
    } else {
      response = null;
      status = ComplaintStatus.UNDER_INVESTIGATION;
      record(
          EventType.RESPONSE_RETURNED,
          from,
          actor,
          now,
          "Returned to the investigation" + textSuffix(input.comment()));
    }
    watchDeadlines(now);
  }

  /** ISO 10002 7.8: the decision is communicated to the complainant, through a recorded channel. */
  public void communicateDecision(CommunicateDecision input, String actor, Instant now) {
    check(HandlingStep.COMMUNICATE_DECISION);
    ComplaintStatus from = status;
    decisionChannel = input.channel();
    decisionMessage =
        input.message() == null || input.message().isBlank() ? response.summary() : input.message();
    decisionCommunicatedAt = now;
    complainantReply = null;
    complainantReplyComment = null;
    complainantReplyAt = null;
    status = ComplaintStatus.DECISION_COMMUNICATED;
    record(
        EventType.DECISION_COMMUNICATED,
        from,
        actor,
        now,
        "Communicated by " + input.channel() + ": " + decisionMessage);
    pauseClock(PauseReason.DECISION_COMMUNICATED, now);
    watchDeadlines(now);
  }

  /**
   * ISO 10002 7.9: the complainant accepts or rejects the decision. A rejection keeps the case
   * open: it is escalated to the next tier or referred to an external body next.
   */
  public void recordComplainantReply(
      RecordComplainantReply input, ServiceLevels levels, String actor, Instant now) {
    check(HandlingStep.RECORD_COMPLAINANT_REPLY);
    complainantReply = input.accepted() ? ComplainantReply.ACCEPTED : ComplainantReply.REJECTED;
    complainantReplyComment = input.comment();
    complainantReplyAt = now;
    record(
        input.accepted() ? EventType.DECISION_ACCEPTED : EventType.DECISION_REJECTED,
        status,
        actor,
        now,
        (input.accepted()
                ? "The complainant accepted the decision"
                : "The complainant rejected the decision")
            + (input.channel() == null ? "" : " (" + input.channel() + ")")
            + textSuffix(input.comment()));
    resumeClock(levels, now, actor);
    watchDeadlines(now);
  }

  /**
   * ISO 10002 7.9: moves the case to the next internal tier (front line, manager, complaints
   * officer), with a new response deadline. After a rejected decision, the recourse information
   * given to the complainant is required.
   */
  public void escalate(Escalate input, ServiceLevels levels, String actor, Instant now) {
    check(HandlingStep.ESCALATE);
    EscalationTier next = tier.nextInternal();
    if (isAfterRejection()) {
      recordRecourse(input.recourseInformation());
    }
    resumeClock(levels, now, actor);
    ComplaintStatus from = status;
    tier = next;
    escalationCount++;
    assignee = null;
    response = null;
    complainantReply = null;
    status = ComplaintStatus.ESCALATED;
    responseClockStartAt = now;
    responsePausedMinutes = 0;
    recalculateDeadlines(levels);
    record(EventType.ESCALATED, from, actor, now, "Escalated to " + next + ": " + input.reason());
    watchDeadlines(now);
  }

  /**
   * ISO 10002 7.9 and ISO 10003: refers the case to an external dispute-resolution body after the
   * complainant rejected the decision or internal escalation ran its course.
   */
  public void referExternally(ReferExternally input, String actor, Instant now) {
    check(HandlingStep.REFER_EXTERNALLY);
    stopClock();
    ComplaintStatus from = status;
    externalBody = input.body().strip();
    externalReference = trimToNull(input.externalReference());
    recourseInformation =
        appendText(
            recourseInformation,
            input.recourseInformation() == null || input.recourseInformation().isBlank()
                ? "Referred to " + externalBody
                : input.recourseInformation());
    tier = EscalationTier.EXTERNAL;
    status = ComplaintStatus.REFERRED_EXTERNALLY;
    record(
        EventType.REFERRED_EXTERNALLY,
        from,
        actor,
        now,
        "Referred to "
            + externalBody
            + (externalReference == null ? "" : " (" + externalReference + ")"));
    watchDeadlines(now);
  }

  /**
   * ISO 10002 7.9: closes the case. Each outcome has its own conditions; see {@link
   * ClosingOutcome}.
   */
  public void close(Close input, String actor, Instant now) {
    if (input.outcome() == ClosingOutcome.WITHDRAWN) {
      throw closeRefusal(ClosingOutcome.WITHDRAWN);
    }
    check(HandlingStep.CLOSE);
    BusinessException refused = closeRefusal(input.outcome());
    if (refused != null) {
      throw refused;
    }
    ComplaintStatus from = status;
    switch (input.outcome()) {
      case NO_REPLY -> requireText(input.reason(), "reason", Messages.text("field.reasonNoReply"));
      case OPTIONS_EXHAUSTED -> recordRecourse(input.recourseInformation());
      case EXTERNAL_DECISION -> {
        requireText(
            input.externalOutcome(),
            "externalOutcome",
            Messages.text("field.externalOutcomeRequired"));
        externalOutcome = input.externalOutcome();
      }
      case NOT_A_COMPLAINT ->
          requireText(input.reason(), "reason", Messages.text("field.reasonNotAComplaint"));
      default -> {
        // RESOLVED needs nothing more than the acceptance closeRefusal checked.
      }
    }
    outcome = input.outcome();
    closingReason = trimToNull(input.reason());
    closedAt = now;
    status = ComplaintStatus.CLOSED;
    stopClock();
    watchDeadlines(now);
    record(
        EventType.CLOSED,
        from,
        actor,
        now,
        "Closed: " + outcome + textSuffix(input.reason()) + textSuffix(input.externalOutcome()));
  }

  /** The complainant withdraws the complaint; the case closes with that outcome. */
  public void withdraw(Withdraw input, String actor, Instant now) {
    check(HandlingStep.WITHDRAW);
    ComplaintStatus from = status;
    outcome = ClosingOutcome.WITHDRAWN;
    closingReason = trimToNull(input.reason());
    closedAt = now;
    status = ComplaintStatus.WITHDRAWN;
    stopClock();
    watchDeadlines(now);
    record(EventType.WITHDRAWN, from, actor, now, "Withdrawn" + textSuffix(input.reason()));
  }

  /**
   * Reopens a finished case within the policy's window after closing. The case returns to the
   * investigation if it was assessed, otherwise to where it stood, with a new response deadline.
   */
  public void reopen(
      Reopen input, HandlingPolicy policy, ServiceLevels levels, String actor, Instant now) {
    check(HandlingStep.REOPEN);
    BusinessException late = reopenWindowRefusal(policy, now);
    if (late != null) {
      throw late;
    }
    ComplaintStatus from = status;
    if (assessment != null && assessment.isPresent()) {
      status = ComplaintStatus.UNDER_INVESTIGATION;
    } else if (acknowledgedAt != null) {
      status = ComplaintStatus.ACKNOWLEDGED;
    } else {
      status = ComplaintStatus.RECEIVED;
    }
    outcome = null;
    closedAt = null;
    closingReason = null;
    response = null;
    complainantReply = null;
    complainantReplyComment = null;
    complainantReplyAt = null;
    reopenCount++;
    responseClockStartAt = now;
    responsePausedMinutes = 0;
    resolutionClockStartAt = now;
    resolutionPausedMinutes = 0;
    recalculateDeadlines(levels);
    record(EventType.REOPENED, from, actor, now, "Reopened: " + input.reason());
    watchDeadlines(now);
  }

  /**
   * Links the complaint to the nonconformity its cause belongs to (ISO 10002 7.7: systemic causes).
   * Possible in any state, also after closing, when the cause is found later. A complaint belongs
   * to one nonconformity at a time; many complaints can share one.
   */
  public void linkNonconformity(long id, String ncReference, String actor, Instant now) {
    if (nonconformityId != null && nonconformityId == id) {
      throw new IllegalTransitionException(reference + " is already linked to " + ncReference);
    }
    String before = nonconformityReference;
    nonconformityId = id;
    nonconformityReference = ncReference;
    record(
        EventType.NONCONFORMITY_LINKED,
        status,
        actor,
        now,
        "Linked to nonconformity " + ncReference + (before == null ? "" : " (was " + before + ")"));
  }

  /**
   * A mail from the complainant (or anyone) about this case, e.g. a reply to one of ours: kept on
   * the case as correspondence, whatever its stage; it changes nothing else.
   */
  public void receiveCorrespondence(
      String sender, String subject, String text, ServiceLevels levels, Instant now) {
    String body = text == null ? "" : text.strip();
    record(
        EventType.CORRESPONDENCE_RECEIVED,
        status,
        sender.length() <= 100 ? sender : sender.substring(0, 100),
        now,
        "Mail from "
            + sender
            + (subject == null || subject.isBlank() ? "" : ": " + subject.strip())
            + (body.isEmpty() ? "" : "\n" + body));
    if (pauseReason == PauseReason.INFORMATION_REQUESTED) {
      resumeClock(levels, now, "system");
      watchDeadlines(now);
    }
  }

  /**
   * ISO 10002 7.6: asks the complainant for information the investigation needs. The response and
   * resolution clocks stand still until the answer arrives (by mail, or recorded by staff), or the
   * handler goes on without it.
   *
   * @return the channel the request went by (the complainant's preferred one unless given)
   */
  public Channel requestInformation(RequestInformation input, String actor, Instant now) {
    check(HandlingStep.REQUEST_INFORMATION);
    Channel via =
        input.channel() == null
            ? Channel.valueOf(complainant.preferredContact().name())
            : input.channel();
    pauseClock(PauseReason.INFORMATION_REQUESTED, now);
    record(
        EventType.INFORMATION_REQUESTED,
        status,
        actor,
        now,
        "Information requested by " + via + ": " + input.question().strip());
    watchDeadlines(now);
    return via;
  }

  /**
   * The complainant's answer to a request for information, as it reached staff (phone, letter):
   * kept on the case, and the clocks run again, their deadlines moved by the working time waited.
   */
  public void recordInformation(
      RecordInformation input, ServiceLevels levels, String actor, Instant now) {
    check(HandlingStep.RECORD_INFORMATION);
    resumeClock(levels, now, actor);
    record(
        EventType.INFORMATION_RECEIVED,
        status,
        actor,
        now,
        "Information received"
            + (input.channel() == null ? "" : " by " + input.channel())
            + ": "
            + input.text().strip()
            + "\nResponse now due "
            + READABLE_TIME.format(responseDueAt));
    watchDeadlines(now);
  }

  /**
   * Looks at the deadline the case is watched for, as the deadline watch does when {@link
   * #deadlineCheckAt()} has come: at 80% of the time the handler is warned; once missed the case is
   * escalated to the manager and, {@code officerAfter} later, to the complaints officer. Each alert
   * is an event on the case. A watch that fell behind (the server was down) moves on: a deadline
   * already missed skips the warning.
   *
   * @return the alert to send, if any
   */
  public java.util.Optional<DeadlineAlert> checkDeadlines(Duration officerAfter, Instant now) {
    if (watchedDeadline == null) {
      watchDeadlines(now);
    }
    if (watchedDeadline == null) {
      deadlineCheckAt = null;
    }
    if (deadlineCheckAt == null || now.isBefore(deadlineCheckAt)) {
      return java.util.Optional.empty();
    }
    String what = watchedDeadline.name().toLowerCase(Locale.ROOT);
    String due = READABLE_TIME.format(watchedDueAt);
    DeadlineAlert alert;
    if (alertLevel == AlertLevel.ON_TRACK && now.isBefore(watchedDueAt)) {
      alertLevel = AlertLevel.WARNED;
      deadlineCheckAt = watchedDueAt;
      alert = new DeadlineAlert(watchedDeadline, AlertLevel.WARNED, watchedDueAt);
      record(
          EventType.DEADLINE_WARNING,
          status,
          "system",
          now,
          "80% of the time to the " + what + " deadline has passed; due " + due);
    } else if (alertLevel == AlertLevel.ON_TRACK || alertLevel == AlertLevel.WARNED) {
      alertLevel = AlertLevel.MANAGER;
      deadlineCheckAt = watchedDueAt.plus(officerAfter);
      alert = new DeadlineAlert(watchedDeadline, AlertLevel.MANAGER, watchedDueAt);
      record(
          EventType.DEADLINE_MISSED,
          status,
          "system",
          now,
          "The " + what + " deadline (" + due + ") was missed: escalated to the manager");
    } else if (alertLevel == AlertLevel.MANAGER) {
      alertLevel = AlertLevel.COMPLAINTS_OFFICER;
      deadlineCheckAt = null;
      alert = new DeadlineAlert(watchedDeadline, AlertLevel.COMPLAINTS_OFFICER, watchedDueAt);
      record(
          EventType.DEADLINE_MISSED,
          status,
          "system",
          now,
          "The "
              + what
              + " deadline ("
              + due
              + ") is still missed: escalated to the complaints officer");
    } else {
      deadlineCheckAt = null;
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(alert);
  }

  /**
   * ISO 10002 8.3: the complainant rated the handling in the satisfaction survey; kept on the
   * timeline, whatever the case's stage. It changes nothing else.
   */
  public void recordSatisfaction(
      int overall, Integer fair, Integer timely, Integer clear, String comment, Instant now) {
    record(
        EventType.SATISFACTION_RATED,
        status,
        "complainant",
        now,
        "Satisfaction with the handling: "
            + overall
            + "/5"
            + (fair == null ? "" : ", fair " + fair + "/5")
            + (timely == null ? "" : ", timely " + timely + "/5")
            + (clear == null ? "" : ", clear " + clear + "/5")
            + (comment == null || comment.isBlank() ? "" : "\n" + comment.strip()));
  }

  /**
   * Removes the personal data of a finished case (retention period over, or the complainant's
   * erasure request): the complainant's and representative's details, the texts they wrote or that
   * may name them, the order reference, and the free text of the timeline. Everything the
   * statistics count stays: dates, deadlines, states, category, product, priority, assessment
   * levels, outcome, remedy type and amount.
   */
  public void anonymise(String reason, String actor, Instant now) {
    if (status.isOpen()) {
      throw new IllegalTransitionException(
          "Cannot anonymise " + reference + " while it is " + status + "; finish it first");
    }
    if (anonymisedAt != null) {
      throw new IllegalTransitionException(reference + " is already anonymised");
    }
    complainant = complainant.anonymised();
    representative = null;
    orderReference = null;
    description = REMOVED;
    remedySought = null;
    immediateAction = null;
    personsComplainedAbout = null;
    decisionMessage = null;
    complainantReplyComment = null;
    recourseInformation = null;
    externalOutcome = null;
    closingReason = null;
    if (assessment != null) {
      assessment.redact();
    }
    if (response != null) {
      response.redact(REMOVED);
    }
    events.forEach(ComplaintEvent::redact);
    anonymisedAt = now;
    searchText = buildSearchText();
    record(EventType.ANONYMISED, status, actor, now, "Personal data removed: " + reason);
  }

  public Instant anonymisedAt() {
    return anonymisedAt;
  }

  /**
   * A complaint brought in from another system with its historical receipt (the CSV import): a
   * deadline that had already passed when it was imported is history, so it is not alerted; the
   * inbox still shows the case overdue, and the next deadline it runs against is watched as usual.
   */
  public void imported(Instant now) {
    if (watchedDueAt != null && !watchedDueAt.isAfter(now)) {
      deadlineCheckAt = null;
    }
  }

  /** True when the response deadline has passed and the organisation still owes a response. */
  public boolean isOverdue(Instant now) {
    return status.awaitsResponse() && responseDueAt.isBefore(now);
  }

  /**
   * The fields an auditor compares before and after a change, in a stable order. The audit trail
   * records the difference.
   */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("outcome", outcome);
    state.put("priority", priority);
    state.put("assignee", assignee);
    state.put("tier", tier);
    state.put("category", category == null ? null : category.code());
    state.put("acknowledgedAt", acknowledgedAt);
    state.put("responseDueAt", responseDueAt);
    state.put("resolutionDueAt", resolutionDueAt);
    state.put("pausedSince", pausedSince);
    state.put("alertLevel", alertLevel);
    state.put("severity", assessment == null ? null : assessment.severity());
    state.put(
        "safetyImplication",
        assessment == null || !assessment.isPresent() ? null : assessment.safetyImplication());
    state.put("complexity", assessment == null ? null : assessment.complexity());
    state.put("impact", assessment == null ? null : assessment.impact());
    state.put("remedyType", response == null ? null : response.remedyType());
    state.put(
        "remedyAmount",
        response == null || response.amount() == null ? null : response.amount().toPlainString());
    state.put("responseApprovedBy", response == null ? null : response.approvedBy());
    state.put("decisionChannel", decisionChannel);
    state.put("decisionCommunicatedAt", decisionCommunicatedAt);
    state.put("complainantReply", complainantReply);
    state.put("externalBody", externalBody);
    state.put("closedAt", closedAt);
    state.put("reopenCount", reopenCount);
    state.put("nonconformity", nonconformityReference);
    state.put("anonymisedAt", anonymisedAt);
    state.put("events", events.size());
    return state;
  }

  /**
   * Sets the three deadlines from the service level that applies now (category and priority), in
   * its calendar's working time, plus the time the clocks stood still. The acknowledgement deadline
   * is fixed once the complaint is acknowledged.
   */
  private void recalculateDeadlines(ServiceLevels levels) {
    ServiceLevel rule = levels.ruleFor(category == null ? null : category.code(), priority);
    BusinessCalendar calendar = rule.calendar();
    if (acknowledgedAt == null) {
      acknowledgementDueAt = calendar.plusWorkingTime(receivedAt, rule.acknowledgeWithin());
    }
    responseDueAt =
        calendar.plusWorkingTime(
            responseClockStartAt, rule.respondWithin().plusMinutes(responsePausedMinutes));
    resolutionDueAt =
        calendar.plusWorkingTime(
            resolutionClockStartAt, rule.resolveWithin().plusMinutes(resolutionPausedMinutes));
  }

  private void pauseClock(PauseReason reason, Instant now) {
    if (pausedSince == null) {
      pausedSince = now;
    }
    pauseReason = reason;
  }

  /**
   * Starts the clocks again after waiting for the complainant: the working time waited is added to
   * the clocks that stood still (response and resolution for a request for information, resolution
   * only after a decision) and the deadlines move by it.
   */
  private void resumeClock(ServiceLevels levels, Instant now, String actor) {
    if (pausedSince == null) {
      return;
    }
    ServiceLevel rule = levels.ruleFor(category == null ? null : category.code(), priority);
    long waited = rule.calendar().workingTimeBetween(pausedSince, now).toMinutes();
    if (pauseReason == PauseReason.INFORMATION_REQUESTED) {
      responsePausedMinutes += waited;
    }
    resolutionPausedMinutes += waited;
    pausedSince = null;
    pauseReason = null;
    recalculateDeadlines(levels);
  }

  /** The case no longer runs against its deadlines (closed, withdrawn, referred externally). */
  private void stopClock() {
    pausedSince = null;
    pauseReason = null;
  }

  /**
   * Points the deadline watch at the nearest deadline still running: the acknowledgement while
   * unacknowledged, the response while one is owed, the resolution while the case is open in the
   * organisation's hands; nothing while the clocks stand still. A new deadline (or a moved one)
   * starts on track, with its 80% warning in the future; one already past is checked at once.
   */
  private void watchDeadlines(Instant now) {
    Deadline next = null;
    Instant due = null;
    Instant started = null;
    if (pausedSince == null && status.isOpen() && status != ComplaintStatus.REFERRED_EXTERNALLY) {
      if (status == ComplaintStatus.RECEIVED) {
        next = Deadline.ACKNOWLEDGEMENT;
        due = acknowledgementDueAt;
        started = receivedAt;
      } else if (status.awaitsResponse() && !responseDueAt.isAfter(resolutionDueAt)) {
        next = Deadline.RESPONSE;
        due = responseDueAt;
        started = responseClockStartAt;
      } else {
        next = Deadline.RESOLUTION;
        due = resolutionDueAt;
        started = resolutionClockStartAt;
      }
    }
    if (next == watchedDeadline && java.util.Objects.equals(due, watchedDueAt)) {
      return;
    }
    watchedDeadline = next;
    watchedDueAt = due;
    alertLevel = AlertLevel.ON_TRACK;
    if (next == null) {
      deadlineCheckAt = null;
      return;
    }
    Instant warnAt = started.plus(Duration.between(started, due).multipliedBy(4).dividedBy(5));
    deadlineCheckAt = warnAt.isAfter(now) ? warnAt : now;
  }

  private void recordRecourse(String given) {
    if ((given == null || given.isBlank()) && recourseInformation == null) {
      throw new InvalidInputException(
          "recourseInformation", Messages.text("field.recourseRequired"));
    }
    if (given != null && !given.isBlank()) {
      recourseInformation = appendText(recourseInformation, given);
    }
  }

  private Priority priorityOrDefault() {
    return priority == null ? Priority.MEDIUM : priority;
  }

  /**
   * The steps this user can take now: those the state allows, less an approval of their own
   * proposal and a reopening after the window. Roles are checked by the services, not here.
   */
  public List<HandlingStep> availableSteps(String actor, Instant now, HandlingPolicy policy) {
    List<HandlingStep> steps = new ArrayList<>();
    for (HandlingStep step : HandlingStep.values()) {
      if (refusal(step) != null
          || (step == HandlingStep.DECIDE_APPROVAL && actor.equalsIgnoreCase(response.proposedBy()))
          || (step == HandlingStep.REOPEN && reopenWindowRefusal(policy, now) != null)
          || (step == HandlingStep.CLOSE && availableOutcomes().isEmpty())) {
        continue;
      }
      steps.add(step);
    }
    return steps;
  }

  /** The closing outcomes possible now. */
  public List<ClosingOutcome> availableOutcomes() {
    if (refusal(HandlingStep.CLOSE) != null) {
      return List.of();
    }
    return Arrays.stream(ClosingOutcome.values()).filter(o -> closeRefusal(o) == null).toList();
  }

  private void check(HandlingStep step) {
    BusinessException refused = refusal(step);
    if (refused != null) {
      throw refused;
    }
  }

  /**
   * Why a step is not possible in the current state, or {@code null} when it is. The one place that
   * says which move is allowed when: the steps check it, and {@link #availableSteps} lists from it.
   */
  private BusinessException refusal(HandlingStep step) {
    return switch (step) {
      case ACKNOWLEDGE -> unless(status == ComplaintStatus.RECEIVED, "acknowledge");
      case ASSESS ->
          unlessIn(
              "assess",
              ComplaintStatus.ACKNOWLEDGED,
              ComplaintStatus.ASSESSED,
              ComplaintStatus.UNDER_INVESTIGATION);
      case ASSIGN ->
          unlessIn(
              "assign",
              ComplaintStatus.RECEIVED,
              ComplaintStatus.ACKNOWLEDGED,
              ComplaintStatus.ASSESSED,
              ComplaintStatus.UNDER_INVESTIGATION,
              ComplaintStatus.RESPONSE_PROPOSED,
              ComplaintStatus.ESCALATED);
      case ADD_INVESTIGATION_NOTE ->
          unlessIn(
              "add an investigation note to",
              ComplaintStatus.UNDER_INVESTIGATION,
              ComplaintStatus.RESPONSE_PROPOSED,
              ComplaintStatus.ESCALATED);
      case PROPOSE_RESPONSE ->
          unlessIn(
              "propose a response to",
              ComplaintStatus.UNDER_INVESTIGATION,
              ComplaintStatus.ESCALATED,
              ComplaintStatus.RESPONSE_PROPOSED);
      case DECIDE_APPROVAL -> {
        BusinessException wrongState =
            unless(status == ComplaintStatus.RESPONSE_PROPOSED, "approve the response of");
        yield wrongState != null || response.isAwaitingApproval()
            ? wrongState
            : new IllegalTransitionException(
                "The response of " + reference + " is not waiting for an approval");
      }
      case COMMUNICATE_DECISION -> {
        BusinessException wrongState =
            unless(status == ComplaintStatus.RESPONSE_PROPOSED, "communicate the decision of");
        yield wrongState != null || response.isCleared()
            ? wrongState
            : new RuleViolationException(
                "approval-required", Messages.text("rule.approvalRequired"));
      }
      case RECORD_COMPLAINANT_REPLY -> {
        BusinessException wrongState =
            unless(
                status == ComplaintStatus.DECISION_COMMUNICATED,
                "record the complainant's reply on");
        yield wrongState != null || complainantReply == null
            ? wrongState
            : new IllegalTransitionException(
                "The complainant's reply to the decision on "
                    + reference
                    + " is already recorded ("
                    + complainantReply
                    + ")");
      }
      case ESCALATE -> {
        BusinessException wrongState =
            isAfterRejection()
                ? null
                : unlessIn(
                    "escalate",
                    ComplaintStatus.UNDER_INVESTIGATION,
                    ComplaintStatus.RESPONSE_PROPOSED,
                    ComplaintStatus.ESCALATED);
        yield wrongState != null || tier.nextInternal() != null
            ? wrongState
            : new IllegalTransitionException(
                reference
                    + " is already at the last internal tier ("
                    + tier
                    + "); refer it externally");
      }
      case REFER_EXTERNALLY ->
          isAfterRejection() ? null : unlessIn("refer externally", ComplaintStatus.ESCALATED);
      case CLOSE ->
          unlessIn(
              "close",
              ComplaintStatus.RECEIVED,
              ComplaintStatus.ACKNOWLEDGED,
              ComplaintStatus.ASSESSED,
              ComplaintStatus.UNDER_INVESTIGATION,
              ComplaintStatus.DECISION_COMMUNICATED,
              ComplaintStatus.REFERRED_EXTERNALLY);
      case REQUEST_INFORMATION -> {
        BusinessException wrongState =
            unlessIn(
                "request information on",
                ComplaintStatus.ACKNOWLEDGED,
                ComplaintStatus.ASSESSED,
                ComplaintStatus.UNDER_INVESTIGATION,
                ComplaintStatus.ESCALATED);
        yield wrongState != null || pauseReason != PauseReason.INFORMATION_REQUESTED
            ? wrongState
            : new IllegalTransitionException(
                reference + " is already waiting for information from the complainant");
      }
      case RECORD_INFORMATION ->
          pauseReason == PauseReason.INFORMATION_REQUESTED
              ? null
              : new IllegalTransitionException(
                  reference + " is not waiting for information from the complainant");
      case WITHDRAW -> unless(status.isOpen(), "withdraw");
      case REOPEN -> unlessIn("reopen", ComplaintStatus.CLOSED, ComplaintStatus.WITHDRAWN);
    };
  }

  /** Why the case cannot close with this outcome now, or {@code null} when it can. */
  private BusinessException closeRefusal(ClosingOutcome outcome) {
    return switch (outcome) {
      case RESOLVED -> {
        BusinessException wrongState =
            unless(status == ComplaintStatus.DECISION_COMMUNICATED, "close as resolved");
        yield wrongState != null || complainantReply == ComplainantReply.ACCEPTED
            ? wrongState
            : new IllegalTransitionException(
                reference
                    + " can be closed as resolved only after the complainant accepted the decision");
      }
      case NO_REPLY -> {
        BusinessException wrongState =
            unless(status == ComplaintStatus.DECISION_COMMUNICATED, "close for lack of a reply");
        yield wrongState != null || complainantReply == null
            ? wrongState
            : new IllegalTransitionException(
                "The complainant replied to the decision on "
                    + reference
                    + " ("
                    + complainantReply
                    + ")");
      }
      case OPTIONS_EXHAUSTED ->
          isAfterRejection()
              ? null
              : new IllegalTransitionException(
                  reference
                      + " can be closed with options exhausted only after the complainant"
                      + " rejected the decision");
      case EXTERNAL_DECISION ->
          unless(status == ComplaintStatus.REFERRED_EXTERNALLY, "close with the external decision");
      case NOT_A_COMPLAINT ->
          unlessIn(
              "close as not a complaint",
              ComplaintStatus.RECEIVED,
              ComplaintStatus.ACKNOWLEDGED,
              ComplaintStatus.ASSESSED,
              ComplaintStatus.UNDER_INVESTIGATION);
      case WITHDRAWN ->
          new InvalidInputException("outcome", Messages.text("field.withdrawalNotClosing"));
    };
  }

  private BusinessException reopenWindowRefusal(HandlingPolicy policy, Instant now) {
    if (closedAt == null) {
      return null;
    }
    Instant windowEnds = closedAt.plus(Duration.ofDays(policy.reopenWindowDays()));
    return now.isAfter(windowEnds)
        ? new RuleViolationException(
            "reopen-window", Messages.text("rule.reopenWindow", reference, windowEnds.toString()))
        : null;
  }

  private boolean isAfterRejection() {
    return status == ComplaintStatus.DECISION_COMMUNICATED
        && complainantReply == ComplainantReply.REJECTED;
  }

  private BusinessException unless(boolean allowed, String action) {
    return allowed
        ? null
        : new IllegalTransitionException(
            "Cannot " + action + " " + reference + " while it is " + status);
  }

  private BusinessException unlessIn(String action, ComplaintStatus... allowed) {
    return unless(Arrays.asList(allowed).contains(status), action);
  }

  private void record(
      EventType type, ComplaintStatus from, String actor, Instant at, String details) {
    events.add(new ComplaintEvent(this, events.size() + 1, type, actor, at, from, status, details));
  }

  private String buildSearchText() {
    String text =
        List.of(
                reference,
                nullToEmpty(complainant.name()),
                nullToEmpty(complainant.email()),
                nullToEmpty(complainant.organisation()),
                representative == null ? "" : nullToEmpty(representative.name()),
                nullToEmpty(productOrService),
                nullToEmpty(orderReference),
                nullToEmpty(lot),
                description)
            .stream()
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    return text.length() > SEARCH_TEXT_LIMIT ? text.substring(0, SEARCH_TEXT_LIMIT) : text;
  }

  private static void requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, message);
    }
  }

  private static String joinNames(List<String> added, String existing) {
    Set<String> names = new LinkedHashSet<>();
    if (existing != null) {
      names.addAll(Arrays.asList(existing.split("\n")));
    }
    if (added != null) {
      added.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
    }
    return names.isEmpty() ? null : String.join("\n", names);
  }

  private static String textSuffix(String text) {
    return text == null || text.isBlank() ? "" : ": " + text.strip();
  }

  private static String appendText(String existing, String added) {
    return existing == null ? added : existing + "\n" + added;
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String reference() {
    return reference;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public ComplaintStatus status() {
    return status;
  }

  public ClosingOutcome outcome() {
    return outcome;
  }

  public Channel channel() {
    return channel;
  }

  public Category category() {
    return category;
  }

  public Party complainant() {
    return complainant;
  }

  /** The representative, or {@code null} when the complainant complained in person. */
  public Party representative() {
    return representative != null && representative.isPresent() ? representative : null;
  }

  public String productOrService() {
    return productOrService;
  }

  public String orderReference() {
    return orderReference;
  }

  public String lot() {
    return lot;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String description() {
    return description;
  }

  public String remedySought() {
    return remedySought;
  }

  public String immediateAction() {
    return immediateAction;
  }

  public List<String> personsComplainedAbout() {
    return personsComplainedAbout == null ? List.of() : List.of(personsComplainedAbout.split("\n"));
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public Instant acknowledgementDueAt() {
    return acknowledgementDueAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Priority priority() {
    return priority;
  }

  /** The assessment, or {@code null} before the case was assessed. */
  public Assessment assessment() {
    return assessment != null && assessment.isPresent() ? assessment : null;
  }

  public String assignee() {
    return assignee;
  }

  public EscalationTier tier() {
    return tier;
  }

  public Instant responseDueAt() {
    return responseDueAt;
  }

  public Instant resolutionDueAt() {
    return resolutionDueAt;
  }

  /** Since when the clocks stand still waiting for the complainant, or {@code null}. */
  public Instant pausedSince() {
    return pausedSince;
  }

  public PauseReason pauseReason() {
    return pauseReason;
  }

  public Deadline watchedDeadline() {
    return watchedDeadline;
  }

  public Instant watchedDueAt() {
    return watchedDueAt;
  }

  public AlertLevel alertLevel() {
    return alertLevel;
  }

  public Instant deadlineCheckAt() {
    return deadlineCheckAt;
  }

  /** The current proposal, or {@code null} when none stands. */
  public ProposedResponse response() {
    return response != null && response.isPresent() ? response : null;
  }

  public Channel decisionChannel() {
    return decisionChannel;
  }

  public String decisionMessage() {
    return decisionMessage;
  }

  public Instant decisionCommunicatedAt() {
    return decisionCommunicatedAt;
  }

  public ComplainantReply complainantReply() {
    return complainantReply;
  }

  public String complainantReplyComment() {
    return complainantReplyComment;
  }

  public Instant complainantReplyAt() {
    return complainantReplyAt;
  }

  public String recourseInformation() {
    return recourseInformation;
  }

  public String externalBody() {
    return externalBody;
  }

  public String externalReference() {
    return externalReference;
  }

  public String externalOutcome() {
    return externalOutcome;
  }

  public String closingReason() {
    return closingReason;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String nonconformityReference() {
    return nonconformityReference;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public int escalationCount() {
    return escalationCount;
  }

  public List<ComplaintEvent> events() {
    return Collections.unmodifiableList(events);
  }
}
