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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.complaint.Complaint;
import org.redress.complaint.Party;
import org.redress.complaint.ProposedResponse;
import org.redress.outbox.Outbox;

/**
 * Composes the mails the handling of a complaint causes and writes them to the outbox, in the
 * caller's transaction: a mail exists exactly when the change that caused it commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Mailer {

  public static final String TOPIC = "mail.send";

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
