package org.redress.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Channel;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintReference;
import org.redress.complaint.Complexity;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.Impact;
import org.redress.complaint.RemedyType;
import org.redress.complaint.Severity;
import org.redress.complaint.TrackingCode;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
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
import org.redress.platform.YearlySequence;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.Policies;
import org.redress.policy.PriorityMatrix;
import org.redress.policy.ServiceLevels;
import org.redress.policy.StaffContact;

/**
 * Fills an empty database with about fifty demo complaints spread over every stage of the process,
 * so that a person trying Redress sees a working inbox at once. Runs only when the server variable
 * {@code redress.demo.data} is true (the demo server); never in production. The cases are walked
 * through the real aggregate methods, so their timelines are what real handling produces.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final int COUNT = 56;

  private static final String HANDLER = "handler";
  private static final String MANAGER = "manager";

  private static final List<ContactDetails> PEOPLE =
      List.of(
          new ContactDetails(
              "Anna Müller",
              "anna.mueller@example.de",
              "+49 30 1234567",
              null,
              "Hauptstraße 5, 10115 Berlin",
              ContactMethod.EMAIL,
              "de"),
          new ContactDetails(
              "José García", "jose.garcia@example.es", null, null, null, ContactMethod.EMAIL, "es"),
          new ContactDetails(
              "Siobhán O'Neill",
              "siobhan.oneill@example.ie",
              "+353 1 555 0101",
              "O'Neill Catering Ltd",
              null,
              ContactMethod.PHONE,
              "en"),
          new ContactDetails(
              "Lars Østergaard",
              null,
              "+45 33 12 34 56",
              null,
              "Nørregade 12, 1165 København",
              ContactMethod.POST,
              "da"),
          new ContactDetails(
              "Priya Raman", "priya.raman@example.co.uk", null, "Raman Pharmacy", null, null, "en"),
          new ContactDetails(
              "Marc Dubois",
              "marc.dubois@example.fr",
              "+33 1 42 68 53 00",
              null,
              null,
              ContactMethod.EMAIL,
              "fr"),
          new ContactDetails(
              "Chen Wei",
              "chen.wei@example.com",
              null,
              "Wei Logistics",
              null,
              ContactMethod.EMAIL,
              "en"),
          new ContactDetails(
              "Fatima Zahra",
              "fatima.zahra@example.ma",
              "+212 522 123456",
              null,
              null,
              ContactMethod.PHONE,
              "fr"));

  private static final String[][] CASES = {
    {
      "PRODUCT_QUALITY",
      "Espresso machine EM-200",
      "The pump stopped working after three weeks. Water leaks under the machine.",
      "Repair or replacement"
    },
    {
      "DELIVERY",
      "Order delivery",
      "The parcel arrived five days after the promised date and the box was crushed.",
      "Refund of the express shipping fee"
    },
    {
      "BILLING",
      "Invoice INV-2026-0412",
      "I was charged twice for the same order.",
      "Refund of the duplicate charge"
    },
    {
      "SERVICE",
      "Customer hotline",
      "I waited 45 minutes on the phone and was then disconnected.",
      "An apology and a call back"
    },
    {
      "SAFETY",
      "Kettle KT-10",
      "The handle became very hot and I burned my hand.",
      "Replacement and compensation"
    },
    {
      "PRODUCT_QUALITY",
      "Running shoes RS-9",
      "The sole came off after two runs.",
      "Replacement pair"
    },
    {
      "COMPLAINTS_HANDLING",
      "Previous complaint",
      "My earlier complaint was never answered.",
      "A proper answer"
    },
  };

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "redress.demo.data", defaultValue = "false")
  boolean enabled;

  @EJB YearlySequence sequence;

  @EJB Policies policies;

  @EJB AuditTrail audit;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    // The policy row lock makes a second instance starting at the same time wait, then skip.
    HandlingPolicy policy =
        em.find(HandlingPolicy.class, HandlingPolicy.ID, LockModeType.PESSIMISTIC_WRITE);
    long existing =
        em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    PriorityMatrix matrix = policies.priorityMatrix();
    ServiceLevels levels = policies.serviceLevels();
    seedAlertContacts(policy);
    Instant now = clock.instant();
    for (int i = 0; i < COUNT; i++) {
      Instant received = now.minus(Duration.ofHours(6L * (COUNT - i) + 3L * i));
      Complaint complaint = receive(i, received, levels);
      walk(complaint, i % 14, received, policy, matrix, levels);
      em.persist(complaint);
      audit.recordChange(
          "Complaint",
          complaint.reference(),
          "DEMO_DATA",
          "demo",
          Map.of(),
          complaint.auditState());
    }
    LOG.info(() -> "Seeded " + COUNT + " demo complaints");
  }

  private Complaint receive(int i, Instant received, ServiceLevels levels) {
    String[] kase = CASES[i % CASES.length];
    ContactDetails person = PEOPLE.get(i % PEOPLE.size());
    ContactDetails representative =
        i % 9 == 4
            ? new ContactDetails(
                "Consumer Advice Centre",
                "advice@example.org",
                null,
                "Consumer Advice Centre",
                null,
                ContactMethod.EMAIL,
                "en")
            : null;
    Channel channel = Channel.values()[i % Channel.values().length];
    NewComplaint input =
        new NewComplaint(
            person,
            representative,
            channel,
            kase[0],
            kase[1],
            "ORD-" + (100200 + i * 7),
            i % 3 == 0 ? "LOT-26-" + (40 + i) : null,
            LocalDate.ofInstant(received, ZoneOffset.UTC).minusDays(2),
            kase[2],
            kase[3],
            i % 4 == 0 ? "Advised the customer to stop using the product." : null,
            i % 5 == 0 ? List.of("jsmith") : List.of());
    int year = received.atOffset(ZoneOffset.UTC).getYear();
    return Complaint.receive(
        ComplaintReference.format(year, sequence.next("CMP", year)),
        TrackingCode.generate(),
        input,
        policies.category(kase[0], "category"),
        levels,
        i % 2 == 0 ? "integration" : HANDLER,
        received);
  }

  /**
   * The demo staff get their alerts at example addresses, and missed deadlines go to the demo
   * manager and complaints officer (a local test mail server shows them).
   */
  private void seedAlertContacts(HandlingPolicy policy) {
    for (String user : List.of(HANDLER, MANAGER, "admin", "qms", "auditor")) {
      if (em.find(StaffContact.class, user) == null) {
        em.persist(new StaffContact(user, null, user + "@example.com", "en"));
      }
    }
    policy.changeEscalation("manager@example.com", "officer@example.com", 24);
  }

  /** Walks a demo case to one of fourteen end points covering every state and outcome. */
  private void walk(
      Complaint c,
      int path,
      Instant start,
      HandlingPolicy policy,
      PriorityMatrix matrix,
      ServiceLevels levels) {
    if (path == 0) {
      return;
    }
    Instant t = start.plus(Duration.ofHours(5));
    c.acknowledge(
        new Acknowledge(Channel.EMAIL, "Thank you, we have received your complaint."), HANDLER, t);
    if (path == 1) {
      return;
    }
    if (path == 12) {
      c.close(
          new Close(
              ClosingOutcome.NOT_A_COMPLAINT,
              "A request for a product manual, forwarded to sales.",
              null,
              null),
          HANDLER,
          t.plusSeconds(600));
      return;
    }
    if (path == 11) {
      c.withdraw(
          new Withdraw("The customer solved it with the retailer."), HANDLER, t.plusSeconds(900));
      return;
    }
    Severity severity = Severity.values()[path % Severity.values().length];
    boolean safety = c.category() != null && "SAFETY".equals(c.category().code());
    c.assess(
        new Assess(
            severity,
            safety,
            Complexity.MEDIUM,
            Impact.values()[path % 3],
            safety,
            safety ? Boolean.TRUE : null,
            safety ? "Customers warned, batch on hold." : null,
            "Initial assessment from the description.",
            null),
        matrix,
        levels,
        HANDLER,
        t.plusSeconds(1800));
    if (path == 2) {
      return;
    }
    c.assign(new Assign(HANDLER, null), MANAGER, t.plusSeconds(3600));
    c.addInvestigationNote(
        new AddInvestigationNote("Checked the order history and the batch records."),
        HANDLER,
        t.plusSeconds(7200));
    if (path == 3) {
      return;
    }
    boolean large = path == 4 || path == 9;
    c.proposeResponse(
        new ProposeResponse(
            large ? RemedyType.COMPENSATION : RemedyType.REPLACEMENT,
            large
                ? "Compensation for the damage and a full refund."
                : "A replacement will be sent free of charge.",
            large ? new BigDecimal("750.00") : new BigDecimal("89.90"),
            "EUR"),
        policy,
        levels,
        HANDLER,
        t.plusSeconds(10800));
    if (path == 4 || path == 5) {
      return;
    }
    if (large) {
      c.decideApproval(
          new DecideApproval(true, "Justified by the damage."), MANAGER, t.plusSeconds(12000));
    }
    c.communicateDecision(
        new CommunicateDecision(Channel.EMAIL, null), HANDLER, t.plusSeconds(14400));
    if (path == 6) {
      return;
    }
    if (path == 7 || path == 13) {
      c.recordComplainantReply(
          new RecordComplainantReply(true, "Thank you.", Channel.EMAIL),
          levels,
          HANDLER,
          t.plusSeconds(86400));
      c.close(new Close(ClosingOutcome.RESOLVED, null, null, null), HANDLER, t.plusSeconds(90000));
      return;
    }
    c.recordComplainantReply(
        new RecordComplainantReply(false, "This is not enough.", Channel.PHONE),
        levels,
        HANDLER,
        t.plusSeconds(86400));
    String recourse =
        "You may ask for a review by our complaints officer, or contact the national consumer ADR body.";
    if (path == 8) {
      c.escalate(
          new Escalate("The complainant rejected the decision.", recourse),
          levels,
          MANAGER,
          t.plusSeconds(90000));
      return;
    }
    c.referExternally(
        new ReferExternally("Consumer Ombudsman", "OMB-" + c.reference().substring(4), recourse),
        MANAGER,
        t.plusSeconds(90000));
    if (path == 10) {
      c.close(
          new Close(
              ClosingOutcome.EXTERNAL_DECISION,
              null,
              "The ombudsman found the remedy offered fair.",
              null),
          MANAGER,
          t.plusSeconds(200000));
    }
  }
}
