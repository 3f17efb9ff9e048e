package org.redress.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.redress.audit.AuditEntry;
import org.redress.audit.AuditHistory;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Complexity;
import org.redress.complaint.DeadlineAlert;
import org.redress.complaint.HandlingStep;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.RemedyType;
import org.redress.complaint.Severity;
import org.redress.complaint.TrackingCode;
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
import org.redress.policy.Category;

/**
 * One complaint's life up to now, made by the complaint aggregate itself: it is received, then each
 * step of the process is taken through the aggregate's own methods at a plausible time, as
 * handlers, managers, the complainant and the deadline watch would have taken it, with the audit
 * entry the application writes for each step. A step whose time lies after "now" is not taken, so
 * recent complaints are still open in every state the process has, and old ones are finished.
 * Deadlines, statuses, events and the audit trail are therefore consistent by construction: they
 * are what the server's own code made of the same steps.
 *
 * @param complaint the aggregate with its events (ids not given yet)
 * @param audit its audit entries, oldest first (unsealed, ids not given yet)
 * @param updates how many transactions changed the complaint row after its insert (its version)
 */
public record CaseHistory(Complaint complaint, List<AuditEntry> audit, int updates) {

  static final String RECORD_TYPE = "Complaint";

  private static final Severity[] SEVERITIES = Severity.values();
  private static final double[] SEVERITY_WEIGHTS = {45, 35, 15, 5};

  private static final RemedyType[] REMEDIES = RemedyType.values();
  private static final double[] REMEDY_WEIGHTS = {14, 18, 16, 12, 6, 16, 8, 3, 7};

  /**
   * Makes the history of one complaint.
   *
   * @param reference its reference (sequential per year, handed out by the caller in receipt order)
   * @param receivedAt when it was received
   * @param now the end of history: nothing happens after it
   * @param random this complaint's own random source
   */
  public static CaseHistory of(
      PolicyInForce policy,
      String reference,
      Instant receivedAt,
      Instant now,
      SplittableRandom random) {
    return new Life(policy, now, new Spread(random)).live(reference, receivedAt);
  }

  /** The simulation of one complaint's life: a clock, the aggregate, and the steps taken. */
  private static final class Life {
    private final PolicyInForce policy;
    private final Instant now;
    private final Spread spread;
    private final List<AuditEntry> audit = new ArrayList<>();
    private Complaint complaint;
    private Instant clock;
    private int updates;

    Life(PolicyInForce policy, Instant now, Spread spread) {
      this.policy = policy;
      this.now = now;
      this.spread = spread;
    }

    CaseHistory live(String reference, Instant receivedAt) {
      NewComplaint input = newComplaint(receivedAt);
      String receivedBy = receiver(input.channel());
      Category category =
          policy.categories().stream()
              .filter(c -> c.code().equals(input.category()))
              .findFirst()
              .orElse(null);
      clock = receivedAt;
      complaint =
          Complaint.receive(
              reference,
              TrackingCode.generate(),
              input,
              category,
              policy.levels(),
              receivedBy,
              receivedAt);
      audit.add(
          AuditHistory.change(
              receivedAt,
              receivedBy,
              RECORD_TYPE,
              reference,
              "RECEIVE",
              Map.of(),
              complaint.auditState()));
      handle();
      watchUntil(now);
      return new CaseHistory(complaint, List.copyOf(audit), updates);
    }

    /** The process from acknowledgement to closing, as far as it got by now. */
    private void handle() {
      if (!after(spread.around(Duration.ofHours(9), 1.0))) {
        return;
      }
      String team = spread.handler();
      step("ACKNOWLEDGE", team, c -> c.acknowledge(new Acknowledge(null, null), team, clock));
      if (spread.chance(0.035)) {
        if (after(spread.around(Duration.ofHours(20)))) {
          step(
              "CLOSE",
              team,
              c ->
                  c.close(
                      new Close(
                          ClosingOutcome.NOT_A_COMPLAINT,
                          "A request for information, not a complaint",
                          null,
                          null),
                      team,
                      clock));
        }
        return;
      }
      if (!after(spread.around(Duration.ofHours(6)))) {
        return;
      }
      step(
          "ASSESS",
          team,
          c -> c.assess(assessment(), policy.matrix(), policy.levels(), team, clock));
      if (!after(spread.around(Duration.ofHours(2)))) {
        return;
      }
      String assignee = assignee();
      String lead = spread.manager();
      step("ASSIGN", lead, c -> c.assign(new Assign(assignee, null), lead, clock));
      if (withdrawn(assignee)) {
        return;
      }
      if (!investigateAndDecide(assignee)) {
        return;
      }
      finishAfterDecision(assignee);
    }

    /**
     * The investigation up to the communicated decision; false when "now" came first or the case
     * left the path (withdrawn).
     */
    private boolean investigateAndDecide(String assignee) {
      if (spread.chance(0.12)) {
        if (!after(spread.around(Duration.ofHours(30)))) {
          return false;
        }
        step(
            "REQUEST_INFORMATION",
            assignee,
            c ->
                c.requestInformation(
                    new RequestInformation("Could you send a photo of the damage?", null),
                    assignee,
                    clock));
        if (spread.chance(0.1) || !after(spread.around(Duration.ofDays(3)))) {
          return false; // still waiting for the complainant
        }
        step(
            "RECORD_INFORMATION",
            assignee,
            c ->
                c.recordInformation(
                    new RecordInformation("Photos received by email.", Channel.EMAIL),
                    policy.levels(),
                    assignee,
                    clock));
      }
      if (spread.chance(0.4)) {
        if (!after(spread.around(Duration.ofHours(30)))) {
          return false;
        }
        step(
            "INVESTIGATION_NOTE",
            assignee,
            c ->
                c.addInvestigationNote(
                    new AddInvestigationNote("Checked the order and the batch records."),
                    assignee,
                    clock));
      }
      Priority priority = complaint.priority() == null ? Priority.MEDIUM : complaint.priority();
      Duration work =
          switch (priority) {
            case CRITICAL -> Duration.ofHours(12);
            case HIGH -> Duration.ofHours(36);
            case MEDIUM -> Duration.ofDays(3);
            case LOW -> Duration.ofDays(5);
          };
      if (spread.chance(0.01)) {
        // A case that got stuck: it stays open and overdue for weeks or months.
        work = work.multipliedBy(spread.between(10, 40));
      }
      for (int proposals = 0; ; proposals++) {
        if (!after(spread.around(proposals == 0 ? work : Duration.ofDays(1), 0.7))) {
          return false;
        }
        ProposeResponse proposal = proposal();
        step(
            "PROPOSE_RESPONSE",
            assignee,
            c -> c.proposeResponse(proposal, policy.handling(), policy.levels(), assignee, clock));
        if (!complaint.response().isAwaitingApproval()) {
          break;
        }
        if (!after(spread.around(Duration.ofHours(10)))) {
          return false;
        }
        String approver = approver(assignee);
        boolean approved = proposals > 0 || spread.chance(0.88);
        step(
            "DECIDE_APPROVAL",
            approver,
            c ->
                c.decideApproval(
                    new DecideApproval(approved, approved ? null : "Too generous, try a voucher"),
                    approver,
                    clock));
        if (approved) {
          break;
        }
      }
      if (!after(spread.around(Duration.ofHours(5)))) {
        return false;
      }
      Channel channel = Channel.valueOf(complaint.complainant().preferredContact().name());
      step(
          "COMMUNICATE_DECISION",
          assignee,
          c -> c.communicateDecision(new CommunicateDecision(channel, null), assignee, clock));
      return true;
    }

    /** The complainant's answer and what follows it: closing, escalation or an external body. */
    private void finishAfterDecision(String assignee) {
      String handler = assignee;
      for (int round = 0; round < 4; round++) {
        if (spread.chance(0.1)) {
          if (!after(spread.around(Duration.ofDays(16), 0.2))) {
            return;
          }
          String closer = handler;
          step(
              "CLOSE",
              closer,
              c ->
                  c.close(
                      new Close(ClosingOutcome.NO_REPLY, "No answer within 14 days", null, null),
                      closer,
                      clock));
          reopenPerhaps();
          return;
        }
        if (!after(spread.around(Duration.ofDays(3)))) {
          return;
        }
        boolean accepted = spread.chance(round == 0 ? 0.86 : 0.6);
        String actor = handler;
        step(
            "COMPLAINANT_REPLY",
            actor,
            c ->
                c.recordComplainantReply(
                    new RecordComplainantReply(
                        accepted, accepted ? null : "That is not enough", Channel.PHONE),
                    policy.levels(),
                    actor,
                    clock));
        if (accepted) {
          if (!after(spread.around(Duration.ofHours(20)))) {
            return;
          }
          step(
              "CLOSE",
              actor,
              c -> c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), actor, clock));
          reopenPerhaps();
          return;
        }
        if (!after(spread.around(Duration.ofHours(20)))) {
          return;
        }
        String recourse = "You may turn to the Schlichtungsstelle Verbraucherschutz.";
        boolean canEscalate =
            complaint
                .availableSteps(actor, clock, policy.handling())
                .contains(HandlingStep.ESCALATE);
        if (canEscalate && spread.chance(0.6)) {
          String manager = spread.manager();
          step(
              "ESCALATE",
              manager,
              c ->
                  c.escalate(
                      new Escalate("The complainant rejected the decision", recourse),
                      policy.levels(),
                      manager,
                      clock));
          if (!after(spread.around(Duration.ofHours(6)))) {
            return;
          }
          String next = spread.manager();
          step("ASSIGN", manager, c -> c.assign(new Assign(next, null), manager, clock));
          handler = next;
          if (!investigateAndDecide(next)) {
            return;
          }
          continue;
        }
        if (spread.chance(0.5)) {
          String manager = spread.manager();
          step(
              "REFER_EXTERNALLY",
              manager,
              c ->
                  c.referExternally(
                      new ReferExternally(
                          "Schlichtungsstelle Verbraucherschutz",
                          "SV-" + spread.between(1000, 99999),
                          recourse),
                      manager,
                      clock));
          if (!after(spread.around(Duration.ofDays(35), 0.5))) {
            return;
          }
          step(
              "CLOSE",
              manager,
              c ->
                  c.close(
                      new Close(
                          ClosingOutcome.EXTERNAL_DECISION,
                          null,
                          "The body found the remedy offered adequate",
                          null),
                      manager,
                      clock));
          return;
        }
        String manager = spread.manager();
        step(
            "CLOSE",
            manager,
            c ->
                c.close(
                    new Close(ClosingOutcome.OPTIONS_EXHAUSTED, null, null, recourse),
                    manager,
                    clock));
        return;
      }
    }

    /** A few closed cases are reopened within the window and handled once more. */
    private void reopenPerhaps() {
      if (!spread.chance(0.02)) {
        return;
      }
      Duration later =
          Duration.ofHours(
              spread.between(2, 24 * Math.max(1, policy.handling().reopenWindowDays() - 1)));
      if (!after(later)) {
        return;
      }
      String manager = spread.manager();
      step(
          "REOPEN",
          manager,
          c ->
              c.reopen(
                  new Reopen("The replacement broke again"),
                  policy.handling(),
                  policy.levels(),
                  manager,
                  clock));
      if (complaint.status() != ComplaintStatus.UNDER_INVESTIGATION) {
        return;
      }
      String assignee = complaint.assignee() == null ? spread.handler() : complaint.assignee();
      if (!investigateAndDecide(assignee)) {
        return;
      }
      if (!after(spread.around(Duration.ofDays(2)))) {
        return;
      }
      step(
          "COMPLAINANT_REPLY",
          assignee,
          c ->
              c.recordComplainantReply(
                  new RecordComplainantReply(true, null, Channel.PHONE),
                  policy.levels(),
                  assignee,
                  clock));
      if (!after(spread.around(Duration.ofHours(20)))) {
        return;
      }
      step(
          "CLOSE",
          assignee,
          c -> c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), assignee, clock));
    }

    private boolean withdrawn(String assignee) {
      if (!spread.chance(0.025)) {
        return false;
      }
      if (after(spread.around(Duration.ofDays(2)))) {
        step(
            "WITHDRAW",
            assignee,
            c ->
                c.withdraw(
                    new Withdraw("The complainant sorted it out with the shop"), assignee, clock));
      }
      return true;
    }

    /**
     * Moves the clock on by {@code delay}, letting the deadline watch look at the case whenever it
     * came due meanwhile. False, and the clock stays, when the time lies after "now".
     */
    private boolean after(Duration delay) {
      Instant next = clock.plus(delay).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      watchUntil(next.isAfter(now) ? now : next);
      if (next.isAfter(now)) {
        return false;
      }
      clock = next;
      return true;
    }

    /**
     * The deadline watch's looks up to {@code until}: it runs every 15 seconds, so each look comes
     * a few seconds after the case's check time; a look that raises an alert writes an audit entry,
     * and every look changes the row (the next check time).
     */
    private void watchUntil(Instant until) {
      for (int looks = 0; looks < 8; looks++) {
        Instant due = complaint.deadlineCheckAt();
        if (due == null) {
          return;
        }
        Instant look =
            (due.isBefore(clock) ? clock : due)
                .plus(spread.seconds(15))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (look.isAfter(until)) {
          return;
        }
        clock = look;
        Map<String, Object> before = complaint.auditState();
        java.util.Optional<DeadlineAlert> alert =
            complaint.checkDeadlines(policy.handling().officerAfter(), look);
        updates++;
        alert.ifPresent(
            a ->
                audit.add(
                    AuditHistory.change(
                        look,
                        "system",
                        RECORD_TYPE,
                        complaint.reference(),
                        a.level() == org.redress.complaint.AlertLevel.WARNED
                            ? "DEADLINE_WARNING"
                            : "DEADLINE_MISSED",
                        before,
                        complaint.auditState())));
      }
    }

    /** One step of the process as ComplaintWorkflow takes it: the move and its audit entry. */
    private void step(String action, String actor, Consumer<Complaint> move) {
      Map<String, Object> before = complaint.auditState();
      move.accept(complaint);
      updates++;
      audit.add(
          AuditHistory.change(
              clock,
              actor,
              RECORD_TYPE,
              complaint.reference(),
              action,
              before,
              complaint.auditState()));
    }

    private NewComplaint newComplaint(Instant receivedAt) {
      return Submissions.newComplaint(spread, LocalDate.ofInstant(receivedAt, ZoneOffset.UTC));
    }

    /** Who recorded the complaint: the public form, an ERP, the mailbox or a member of staff. */
    private String receiver(Channel channel) {
      return switch (channel) {
        case WEB -> spread.chance(0.55) ? "complainant" : "integration";
        case EMAIL -> spread.chance(0.7) ? "system" : spread.handler();
        default -> spread.handler();
      };
    }

    private Assess assessment() {
      Severity severity = spread.weighted(SEVERITIES, SEVERITY_WEIGHTS);
      boolean safety =
          complaint.category() != null && "SAFETY".equals(complaint.category().code())
              ? spread.chance(0.6)
              : spread.chance(0.01);
      boolean immediate = safety || spread.chance(0.05);
      return new Assess(
          severity,
          safety,
          spread.weighted(Complexity.values(), new double[] {50, 35, 15}),
          spread.weighted(Impact.values(), new double[] {45, 40, 15}),
          immediate,
          immediate ? Boolean.TRUE : null,
          immediate ? "Stopped the sale of the batch" : null,
          null,
          List.of());
    }

    private String assignee() {
      for (int i = 0; ; i++) {
        String candidate = spread.handler();
        if (i > 20 || !complaint.personsComplainedAbout().contains(candidate)) {
          return candidate;
        }
      }
    }

    private String approver(String proposer) {
      for (int i = 0; ; i++) {
        String candidate = spread.manager();
        if (!candidate.equalsIgnoreCase(proposer)) {
          return candidate;
        }
        if (i > 20) {
          return Spread.MANAGERS.stream()
              .filter(m -> !m.equalsIgnoreCase(proposer))
              .findFirst()
              .orElseThrow();
        }
      }
    }

    private ProposeResponse proposal() {
      RemedyType remedy = spread.weighted(REMEDIES, REMEDY_WEIGHTS);
      BigDecimal amount = null;
      String currency = null;
      if (remedy == RemedyType.REFUND
          || remedy == RemedyType.COMPENSATION
          || remedy == RemedyType.REPLACEMENT) {
        amount =
            BigDecimal.valueOf(Math.exp(3 + 2.2 * spread.between(0, 1000) / 1000.0))
                .setScale(2, RoundingMode.HALF_UP);
        currency = spread.weighted(new String[] {"EUR", "USD", "GBP"}, new double[] {94, 4, 2});
      }
      return new ProposeResponse(
          remedy,
          "We offer a " + remedy.name().toLowerCase(java.util.Locale.ROOT) + ".",
          amount,
          currency);
    }
  }
}
