package org.redress.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.complaint.AlertLevel;
import org.redress.complaint.Complaint;
import org.redress.complaint.Deadline;
import org.redress.complaint.DeadlineAlert;
import org.redress.complaint.EscalationTier;
import org.redress.complaint.Party;
import org.redress.complaint.ProposedResponse;
import org.redress.outbox.Outbox;
import org.redress.policy.HandlingPolicy;
import org.redress.policy.Policies;
import org.redress.policy.StaffContact;

/**
 * Composes the mails the handling of a complaint causes and writes them to the outbox, in the
 * caller's transaction: a mail exists exactly when the change that caused it commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Mailer {

  public static final String TOPIC = "mail.send";

  private static final int SUMMARY_LENGTH = 200;

  @Inject
  @ConfigProperty(name = "redress.public.url", defaultValue = "http://localhost:9080/complaints")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "redress.organisation.name", defaultValue = "Customer care")
  String organisation;

  @Inject
  @ConfigProperty(name = "redress.time.zone", defaultValue = "UTC")
  String timeZone;

  @Inject
  @ConfigProperty(name = "redress.mail.domain", defaultValue = "redress.invalid")
  String domain;

  @EJB Outbox outbox;

  @EJB Policies policies;

  @EJB TemplateStore templates;

  /**
   * The acknowledgement (ISO 10002 7.4) to a complainant who gave an email address: reference,
   * tracking code and link, the next steps and the response deadline, in their language.
   *
   * @return whether a mail was composed (not when the complainant gave no address)
   */
  public boolean acknowledgement(Complaint complaint, String personalMessage) {
    if (!hasAddress(complaint)) {
      return false;
    }
    Locale locale = locale(complaint);
    Map<String, Object> values = common(complaint);
    if (personalMessage != null && !personalMessage.isBlank()) {
      values.put("message", personalMessage.strip());
    }
    if (complaint.responseDueAt() != null) {
      values.put(
          "responseDue",
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(locale)
              .format(complaint.responseDueAt().atZone(ZoneId.of(timeZone))));
    }
    compose("acknowledgement", complaint, values);
    return true;
  }

  /**
   * The decision (ISO 10002 7.8) with the remedy offered, how to accept or reject it, and the
   * recourse open to the complainant: review at a higher level, then independent dispute resolution
   * (ISO 10003) or the courts (7.9).
   *
   * @return whether a mail was composed (not when the complainant gave no address)
   */
  public boolean decision(Complaint complaint) {
    if (!hasAddress(complaint)) {
      return false;
    }
    Map<String, Object> values = common(complaint);
    values.put("decision", complaint.decisionMessage());
    ProposedResponse response = complaint.response();
    if (response != null
        && response.amount() != null
        && response.amount().signum() > 0
        && response.currency() != null) {
      NumberFormat money = NumberFormat.getCurrencyInstance(locale(complaint));
      money.setCurrency(Currency.getInstance(response.currency()));
      values.put("remedy", money.format(response.amount()));
    }
    compose("decision", complaint, values);
    return true;
  }

  /**
   * The request for information (ISO 10002 7.6): the question, how to answer (reply to the mail or
   * use the status page), and that the time limit waits for the answer.
   *
   * @return whether a mail was composed (not when the complainant gave no address)
   */
  public boolean informationRequest(Complaint complaint, String question) {
    if (!hasAddress(complaint)) {
      return false;
    }
    Map<String, Object> values = common(complaint);
    values.put("question", question);
    compose("information-request", complaint, values);
    return true;
  }

  /**
   * The recourse open to a complainant who rejected the decision (ISO 10002 7.9): the internal
   * review under way, or the internal options exhausted, or the external body the case went to, and
   * always the ISO 10003 options.
   *
   * @return whether a mail was composed (not when the complainant gave no address)
   */
  public boolean recourse(Complaint complaint) {
    if (!hasAddress(complaint)) {
      return false;
    }
    Map<String, Object> values = common(complaint);
    if (complaint.recourseInformation() != null) {
      values.put("recourse", complaint.recourseInformation());
    }
    switch (complaint.status()) {
      case ESCALATED -> {
        values.put("escalated", true);
        values.put(
            complaint.tier() == EscalationTier.MANAGER ? "tierManager" : "tierOfficer", true);
      }
      case REFERRED_EXTERNALLY -> {
        values.put("referred", true);
        values.put("externalBody", complaint.externalBody());
      }
      default -> values.put("closedOptionsExhausted", true);
    }
    compose("recourse", complaint, values);
    return true;
  }

  /**
   * The invitation to rate the handling (ISO 10002 8.3), with the survey's link; the token is in
   * the link only.
   */
  public boolean surveyInvitation(Complaint complaint, String token) {
    if (!hasAddress(complaint)) {
      return false;
    }
    Map<String, Object> values = common(complaint);
    values.put(
        "surveyLink", publicUrl.replaceAll("/+$", "") + "/public/survey.xhtml?t=" + encode(token));
    compose("survey-invitation", complaint, values);
    return true;
  }

  /** A low score in the satisfaction survey, to the manager's address. */
  public boolean lowSatisfaction(
      Complaint complaint, org.redress.survey.SatisfactionSurvey survey, HandlingPolicy policy) {
    Map<String, Object> values = staffValues(complaint, "en");
    values.put("overall", String.valueOf(survey.overall()));
    if (survey.comment() != null) {
      values.put("comment", survey.comment());
    }
    return composeForAddress(
        "staff-low-satisfaction", complaint, policy.managerEmail(), "en", values);
  }

  /** Tells a handler a case was given to them, if their address is known. */
  public boolean assigned(Complaint complaint, String assignedBy, String note) {
    Optional<StaffContact> contact = policies.staffContact(complaint.assignee());
    if (contact.isEmpty()) {
      return false;
    }
    Map<String, Object> values = staffValues(complaint, contact.get().language());
    values.put("assignedBy", assignedBy);
    if (note != null && !note.isBlank()) {
      values.put("note", note.strip());
    }
    composeForStaff("staff-assigned", complaint, contact.get(), values);
    return true;
  }

  /**
   * Tells the tier a case was escalated to (the manager's or the complaints officer's address in
   * the policy): because the complainant rejected the decision, or because a deadline was missed.
   */
  public boolean escalationNotice(
      Complaint complaint, HandlingPolicy policy, String reason, boolean missed) {
    boolean officer = complaint.tier() == EscalationTier.COMPLAINTS_OFFICER;
    return escalationNotice(complaint, policy, reason, missed, officer);
  }

  /**
   * The alerts of the deadline watch: at 80% the handler (or, with nobody assigned, the manager) is
   * warned; a missed deadline goes to the handler and to the manager, then to the complaints
   * officer.
   *
   * @return how many mails were composed
   */
  public int deadlineAlert(Complaint complaint, DeadlineAlert alert, HandlingPolicy policy) {
    Optional<StaffContact> handler = policies.staffContact(complaint.assignee());
    int sent = 0;
    String language = handler.map(StaffContact::language).orElse("en");
    Map<String, Object> values = staffValues(complaint, language);
    values.put("deadline" + deadlineKey(alert.deadline()), true);
    values.put("dueAt", formatStaffTime(alert.dueAt(), language));
    if (alert.level() == AlertLevel.WARNED) {
      if (handler.isPresent()) {
        composeForStaff("staff-deadline-warning", complaint, handler.get(), values);
        return 1;
      }
      return composeForAddress(
              "staff-deadline-warning", complaint, policy.managerEmail(), "en", values)
          ? 1
          : 0;
    }
    boolean officer = alert.level() == AlertLevel.COMPLAINTS_OFFICER;
    values.put(officer ? "toOfficer" : "toManager", true);
    if (complaint.assignee() != null) {
      values.put("assignee", complaint.assignee());
    }
    if (handler.isPresent()) {
      composeForStaff("staff-deadline-missed", complaint, handler.get(), values);
      sent++;
    }
    String reason = deadlineKey(alert.deadline()).toLowerCase(Locale.ROOT) + " deadline missed";
    if (escalationNotice(complaint, policy, reason, true, officer)) {
      sent++;
    }
    return sent;
  }

  private boolean escalationNotice(
      Complaint complaint, HandlingPolicy policy, String reason, boolean missed, boolean officer) {
    Map<String, Object> values = staffValues(complaint, "en");
    values.put(officer ? "tierOfficer" : "tierManager", true);
    values.put("reason", reason);
    values.put("missed", missed);
    if (complaint.assignee() != null) {
      values.put("assignee", complaint.assignee());
    }
    if (complaint.watchedDueAt() != null) {
      values.put("dueAt", formatStaffTime(complaint.watchedDueAt(), "en"));
    }
    return composeForAddress(
        "escalation-notice",
        complaint,
        officer ? policy.officerEmail() : policy.managerEmail(),
        "en",
        values);
  }

  private static String deadlineKey(Deadline deadline) {
    return switch (deadline) {
      case ACKNOWLEDGEMENT -> "Acknowledgement";
      case RESPONSE -> "Response";
      case RESOLUTION -> "Resolution";
    };
  }

  /** What every mail to staff says: which case, where to open it, what it is about. */
  private Map<String, Object> staffValues(Complaint complaint, String language) {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", complaint.reference());
    values.put(
        "caseLink",
        publicUrl.replaceAll("/+$", "")
            + "/app/complaint.xhtml?ref="
            + encode(complaint.reference()));
    String description = complaint.description();
    values.put(
        "summary",
        description.length() <= SUMMARY_LENGTH
            ? description
            : description.substring(0, SUMMARY_LENGTH) + "…");
    if (complaint.priority() != null) {
      values.put("priority", complaint.priority().name());
    }
    values.put("organisation", organisation);
    return values;
  }

  private String formatStaffTime(java.time.Instant at, String language) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Locale.forLanguageTag(MailTemplates.language(language)))
        .format(at.atZone(ZoneId.of(timeZone)));
  }

  private void composeForStaff(
      String event, Complaint complaint, StaffContact contact, Map<String, Object> values) {
    Map<String, Object> personal = new HashMap<>(values);
    personal.put(
        "staffName", contact.displayName() == null ? contact.userName() : contact.displayName());
    MailTemplates.Rendered mail =
        templates.render(event, MailTemplates.language(contact.language()), personal);
    queue(
        complaint.reference(),
        new MailMessage(
            messageId(event, complaint.reference()),
            contact.email(),
            contact.displayName(),
            mail.subject(),
            mail.text(),
            mail.html()));
  }

  private boolean composeForAddress(
      String event,
      Complaint complaint,
      String address,
      String language,
      Map<String, Object> values) {
    if (address == null || address.isBlank()) {
      return false;
    }
    MailTemplates.Rendered mail = templates.render(event, language, values);
    queue(
        complaint.reference(),
        new MailMessage(
            messageId(event, complaint.reference()),
            address.strip(),
            null,
            mail.subject(),
            mail.text(),
            mail.html()));
    return true;
  }

  private void compose(String event, Complaint complaint, Map<String, Object> values) {
    Party complainant = complaint.complainant();
    MailTemplates.Rendered mail =
        templates.render(event, MailTemplates.language(complainant.language()), values);
    queue(
        complaint.reference(),
        new MailMessage(
            messageId(event, complaint.reference()),
            complainant.email(),
            complainant.name(),
            mail.subject(),
            mail.text(),
            mail.html()));
  }

  /** What every mail to a complainant says: who, which case, where to follow it, from whom. */
  private Map<String, Object> common(Complaint complaint) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", complaint.complainant().name());
    values.put("reference", complaint.reference());
    values.put("trackingCode", complaint.trackingCode());
    values.put(
        "trackingLink",
        publicUrl.replaceAll("/+$", "")
            + "/public/status.xhtml?ref="
            + encode(complaint.reference())
            + "&code="
            + encode(complaint.trackingCode()));
    values.put("organisation", organisation);
    return values;
  }

  private static boolean hasAddress(Complaint complaint) {
    Party complainant = complaint.complainant();
    return complainant != null && complainant.email() != null && !complainant.email().isBlank();
  }

  private static Locale locale(Complaint complaint) {
    return Locale.forLanguageTag(MailTemplates.language(complaint.complainant().language()));
  }

  private void queue(String reference, MailMessage message) {
    outbox.enqueue(TOPIC, message.to(), reference, message.toJson());
  }

  /** A Message-ID fixed now, so every attempt to send the mail carries the same one. */
  private String messageId(String event, String reference) {
    return "<"
        + reference.toLowerCase(Locale.ROOT)
        + "."
        + event
        + "."
        + UUID.randomUUID()
        + "@"
        + domain
        + ">";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
