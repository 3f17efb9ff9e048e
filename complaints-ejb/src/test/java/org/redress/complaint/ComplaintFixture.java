package org.redress.complaint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Withdraw;
import org.redress.policy.BusinessCalendar;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.PriorityMatrix;
import org.redress.policy.PriorityRule;
import org.redress.policy.ServiceLevel;
import org.redress.policy.ServiceLevels;

/**
 * Makes complaints for the domain tests, received through {@link Complaint#receive} and moved on
 * through the aggregate's own methods, at fixed instants. Every call builds new objects, so tests
 * share nothing.
 *
 * <p>The matrix, by severity (rows) and impact (columns), with the response targets:
 *
 * <pre>
 *              LOW       MEDIUM    HIGH
 *   LOW        LOW       LOW       MEDIUM      LOW      40 days
 *   MEDIUM     LOW       MEDIUM    HIGH        MEDIUM   20 days
 *   HIGH       MEDIUM    HIGH      CRITICAL    HIGH     10 days
 *   CRITICAL   HIGH      CRITICAL  CRITICAL    CRITICAL  5 days
 * </pre>
 *
 * The standard assessment (MEDIUM severity, HIGH impact, no safety implication) gives HIGH, so that
 * an assessed deadline differs from the MEDIUM default of an unassessed complaint.
 */
final class ComplaintFixture {

  static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:00:00Z");
  static final String REFERENCE = "CMP-2026-000042";
  static final String TRACKING_CODE = "7K3D-9QWX-M2PA";

  static final String RECEIVER = "rita.reception";
  static final String HANDLER = "hugo.handler";
  static final String MANAGER = "mia.manager";
  static final String OFFICER = "olga.officer";
  static final String COMPLAINANT = "complainant";
  static final String PERSON_COMPLAINED_ABOUT = "Sam Seller";

  static final int ACKNOWLEDGE_WITHIN_DAYS = 2;
  static final BigDecimal APPROVAL_THRESHOLD = new BigDecimal("500.00");
  static final int REOPEN_WINDOW_DAYS = 30;

  static final int LOW_DAYS = 40;
  static final int MEDIUM_DAYS = 20;
  static final int HIGH_DAYS = 10;
  static final int CRITICAL_DAYS = 5;

  // When the fixture's steps happen: each one after the one before, all within ten days.
  static final Instant ACKNOWLEDGED_AT = hoursAfterReceipt(3);
  static final Instant ASSESSED_AT = hoursAfterReceipt(24);
  static final Instant ASSIGNED_AT = hoursAfterReceipt(26);
  static final Instant PROPOSED_AT = hoursAfterReceipt(4 * 24);
  static final Instant APPROVED_AT = hoursAfterReceipt(4 * 24 + 2);
  static final Instant COMMUNICATED_AT = hoursAfterReceipt(5 * 24);
  static final Instant REPLIED_AT = hoursAfterReceipt(7 * 24);
  static final Instant ESCALATED_AT = hoursAfterReceipt(8 * 24);
  static final Instant REFERRED_AT = hoursAfterReceipt(8 * 24 + 4);
  static final Instant CLOSED_AT = hoursAfterReceipt(9 * 24);

  private ContactDetails complainant =
      new ContactDetails(
          "Clara Complainant",
          "clara@example.org",
          "+41 44 123 45 67",
          null,
          "Bahnhofstrasse 1, 8001 Zürich",
          null,
          "de-CH");
  private Channel channel = Channel.WEB;
  private final List<String> personsComplainedAbout = new ArrayList<>();

  private ComplaintFixture() {
    personsComplainedAbout.add(PERSON_COMPLAINED_ABOUT);
  }

  static ComplaintFixture aComplaint() {
    return new ComplaintFixture();
  }

  ComplaintFixture from(ContactDetails details) {
    this.complainant = details;
    return this;
  }

  ComplaintFixture via(Channel channel) {
    this.channel = channel;
    return this;
  }

  ComplaintFixture about(String... persons) {
    personsComplainedAbout.clear();
    personsComplainedAbout.addAll(List.of(persons));
    return this;
  }

  NewComplaint input() {
    return new NewComplaint(
        complainant,
        null,
        channel,
        null,
        "Espresso machine EM-200",
        "ORD-7781",
        "LOT-2026-02",
        LocalDate.of(2026, 2, 27),
        "The machine leaks hot water from the base after two days.",
        "A replacement machine",
        null,
        List.copyOf(personsComplainedAbout));
  }

  // The lifecycle, one stage after another. Each method starts again from receipt.

  Complaint received() {
    return Complaint.receive(
        REFERENCE, TRACKING_CODE, input(), null, levels(), RECEIVER, RECEIVED_AT);
  }

  Complaint acknowledged() {
    Complaint c = received();
    c.acknowledge(
        new Acknowledge(Channel.EMAIL, "We have your complaint."), HANDLER, ACKNOWLEDGED_AT);
    return c;
  }

  Complaint assessed() {
    Complaint c = acknowledged();
    c.assess(standardAssessment(), matrix(), levels(), HANDLER, ASSESSED_AT);
    return c;
  }

  Complaint underInvestigation() {
    Complaint c = assessed();
    c.assign(new Assign(HANDLER, "Please look into it"), MANAGER, ASSIGNED_AT);
    return c;
  }

  /** A proposal below the threshold, which needs no approval. */
  Complaint responseProposed() {
    Complaint c = underInvestigation();
    c.proposeResponse(smallRefund(), policy(), levels(), HANDLER, PROPOSED_AT);
    return c;
  }

  /** A proposal above the threshold, not approved yet. */
  Complaint awaitingApproval() {
    Complaint c = underInvestigation();
    c.proposeResponse(largeCompensation(), policy(), levels(), HANDLER, PROPOSED_AT);
    return c;
  }

  Complaint approved() {
    Complaint c = awaitingApproval();
    c.decideApproval(new DecideApproval(true, "Fine"), MANAGER, APPROVED_AT);
    return c;
  }

  Complaint decisionCommunicated() {
    Complaint c = responseProposed();
    c.communicateDecision(
        new CommunicateDecision(Channel.EMAIL, "We refund you 120.00 EUR."),
        HANDLER,
        COMMUNICATED_AT);
    return c;
  }

  Complaint accepted() {
    Complaint c = decisionCommunicated();
    c.recordComplainantReply(
        new RecordComplainantReply(true, "Thank you", Channel.WEB),
        levels(),
        COMPLAINANT,
        REPLIED_AT);
    return c;
  }

  Complaint rejected() {
    Complaint c = decisionCommunicated();
    c.recordComplainantReply(
        new RecordComplainantReply(false, "Not enough", Channel.WEB),
        levels(),
        COMPLAINANT,
        REPLIED_AT);
    return c;
  }

  /** Rejected at the front line and escalated to the manager tier. */
  Complaint escalated() {
    Complaint c = rejected();
    c.escalate(
        new Escalate("The complainant rejected the refund", "You may ask the manager to review"),
        levels(),
        HANDLER,
        ESCALATED_AT);
    return c;
  }

  Complaint referredExternally() {
    Complaint c = rejected();
    c.referExternally(
        new ReferExternally("Consumer Ombudsman", "OMB-991", null), HANDLER, REFERRED_AT);
    return c;
  }

  /** Accepted by the complainant and closed as resolved. */
  Complaint closed() {
    Complaint c = accepted();
    c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), HANDLER, CLOSED_AT);
    return c;
  }

  /** Withdrawn while under investigation. */
  Complaint withdrawn() {
    Complaint c = underInvestigation();
    c.withdraw(new Withdraw("Sorted it out with the shop"), COMPLAINANT, CLOSED_AT);
    return c;
  }

  // Policy and commands.

  static PriorityMatrix matrix() {
    List<PriorityRule> rules =
        List.of(
            new PriorityRule(Severity.LOW, Impact.LOW, Priority.LOW),
            new PriorityRule(Severity.LOW, Impact.MEDIUM, Priority.LOW),
            new PriorityRule(Severity.LOW, Impact.HIGH, Priority.MEDIUM),
            new PriorityRule(Severity.MEDIUM, Impact.LOW, Priority.LOW),
            new PriorityRule(Severity.MEDIUM, Impact.MEDIUM, Priority.MEDIUM),
            new PriorityRule(Severity.MEDIUM, Impact.HIGH, Priority.HIGH),
            new PriorityRule(Severity.HIGH, Impact.LOW, Priority.MEDIUM),
            new PriorityRule(Severity.HIGH, Impact.MEDIUM, Priority.HIGH),
            new PriorityRule(Severity.HIGH, Impact.HIGH, Priority.CRITICAL),
            new PriorityRule(Severity.CRITICAL, Impact.LOW, Priority.HIGH),
            new PriorityRule(Severity.CRITICAL, Impact.MEDIUM, Priority.CRITICAL),
            new PriorityRule(Severity.CRITICAL, Impact.HIGH, Priority.CRITICAL));
    return new PriorityMatrix(rules);
  }

  /** A calendar that counts every hour: deadlines in plain elapsed time. */
  static BusinessCalendar aroundTheClock() {
    return new BusinessCalendar(
        "Around the clock",
        "UTC",
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.MIDNIGHT,
        BusinessCalendar.END_OF_DAY,
        Map.of());
  }

  /**
   * The standard service levels on a round-the-clock calendar: acknowledge within {@link
   * #ACKNOWLEDGE_WITHIN_DAYS}, respond within the days of the priority, resolve within twice that.
   */
  static ServiceLevels levels() {
    BusinessCalendar calendar = aroundTheClock();
    return new ServiceLevels(
        List.of(
            standard(Priority.LOW, LOW_DAYS, calendar),
            standard(Priority.MEDIUM, MEDIUM_DAYS, calendar),
            standard(Priority.HIGH, HIGH_DAYS, calendar),
            standard(Priority.CRITICAL, CRITICAL_DAYS, calendar)));
  }

  private static ServiceLevel standard(Priority priority, int days, BusinessCalendar calendar) {
    return new ServiceLevel(
        null,
        priority,
        calendar,
        Math.min(ACKNOWLEDGE_WITHIN_DAYS, days) * 24,
        days * 24,
        days * 48);
  }

  static HandlingPolicy policy() {
    return new HandlingPolicy(APPROVAL_THRESHOLD, REOPEN_WINDOW_DAYS);
  }

  /** MEDIUM severity, HIGH impact, no safety implication: priority HIGH. */
  static Assess standardAssessment() {
    return assessment(Severity.MEDIUM, Impact.HIGH, false);
  }

  static Assess assessment(Severity severity, Impact impact, boolean safetyImplication) {
    return new Assess(
        severity,
        safetyImplication,
        Complexity.MEDIUM,
        impact,
        false,
        null,
        null,
        "Leak confirmed on photos",
        List.of());
  }

  static ProposeResponse smallRefund() {
    return new ProposeResponse(
        RemedyType.REFUND, "Refund of the purchase price", new BigDecimal("120.00"), "EUR");
  }

  static ProposeResponse largeCompensation() {
    return new ProposeResponse(
        RemedyType.COMPENSATION,
        "Compensation for the water damage",
        new BigDecimal("500.01"),
        "EUR");
  }

  static Instant hoursAfterReceipt(long hours) {
    return RECEIVED_AT.plus(Duration.ofHours(hours));
  }

  static Instant daysAfterReceipt(long days) {
    return RECEIVED_AT.plus(Duration.ofDays(days));
  }
}
