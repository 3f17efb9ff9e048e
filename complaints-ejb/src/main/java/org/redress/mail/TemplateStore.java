package org.redress.mail;

import com.samskivert.mustache.MustacheException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The template a mail is written from: the administrator's own version of the event's mail in that
 * language when there is one, else the default that ships with Redress. The override is read from
 * the database for every mail (one lookup by key), so every server instance sends the version saved
 * last; nothing is cached that could go stale.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TemplateStore {

  private static final Logger LOG = Logger.getLogger(TemplateStore.class.getName());

  @PersistenceContext EntityManager em;

  /** The subject, text and HTML of an event's mail in a language (English when not offered). */
  public MailTemplates.Rendered render(String event, String language, Map<String, Object> values) {
    String lang = MailTemplates.language(language);
    MailTemplate override = em.find(MailTemplate.class, new MailTemplate.Key(event, lang));
    if (override != null) {
      try {
        return MailTemplates.render(override.source(), values);
      } catch (MustacheException broken) {
        // Saving checks every template, so this is a row changed outside Redress or a value the
        // mailer stopped giving: the mail still goes out, from the default.
        LOG.log(
            Level.WARNING,
            "The customised mail template {0}/{1} cannot be rendered ({2}); the default is sent",
            new Object[] {event, lang, broken.getMessage()});
      }
    }
    return MailTemplates.render(event, lang, values);
  }
}
