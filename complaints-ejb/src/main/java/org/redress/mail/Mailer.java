package org.redress.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.complaint.Complaint;
import org.redress.complaint.Party;
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

  /**
   * The acknowledgement (ISO 10002 7.4) to a complainant who gave an email address: reference,
   * tracking code and link, the next steps and the response deadline, in their language.
   *
   * @return whether a mail was composed (not when the complainant gave no address)
   */
  public boolean acknowledgement(Complaint complaint, String personalMessage) {
    Party complainant = complaint.complainant();
    if (complainant == null || complainant.email() == null || complainant.email().isBlank()) {
      return false;
    }
    String language = MailTemplates.language(complainant.language());
    Locale locale = Locale.forLanguageTag(language);
    Map<String, Object> values = new HashMap<>();
    values.put("name", complainant.name());
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
    MailTemplates.Rendered mail = MailTemplates.render("acknowledgement", language, values);
    queue(
        complaint.reference(),
        new MailMessage(
            messageId("acknowledgement", complaint.reference()),
            complainant.email(),
            complainant.name(),
            mail.subject(),
            mail.text(),
            mail.html()));
    return true;
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
