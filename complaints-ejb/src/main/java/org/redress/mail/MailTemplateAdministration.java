package org.redress.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.audit.AuditTrail;
import org.redress.platform.FieldError;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.StaleRecordException;
import org.redress.security.Roles;

/**
 * The administrator's mail templates: each event's mail in each language, their own version of it
 * or the default, saved only when it passes {@link TemplateCheck}, previewed with sample values,
 * and reset to the default. Every change is in the audit trail with the text before and after.
 * Managers and auditors read the templates and preview them.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class MailTemplateAdministration {

  static final String RECORD_TYPE = "MailTemplate";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "redress.organisation.name", defaultValue = "Customer care")
  String organisation;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** Every event's mail in every language, English first. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER, Roles.AUDITOR})
  public List<MailTemplateSummary> list() {
    Map<MailTemplate.Key, MailTemplate> overrides = new HashMap<>();
    em.createQuery("SELECT t FROM MailTemplate t", MailTemplate.class)
        .getResultList()
        .forEach(t -> overrides.put(new MailTemplate.Key(t.event(), t.language()), t));
    List<MailTemplateSummary> list = new ArrayList<>();
    for (MailEvent event : MailEvent.values()) {
      for (String language : languages()) {
        MailTemplate override = overrides.get(new MailTemplate.Key(event.template(), language));
        list.add(
            new MailTemplateSummary(
                event.template(),
                language,
                event.audience(),
                override != null,
                override == null ? null : override.updatedBy(),
                override == null ? null : override.updatedAt()));
      }
    }
    return list;
  }

  /** The template in force for an event's mail in a language, with the variables it may use. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER, Roles.AUDITOR})
  public MailTemplateView find(String event, String language) {
    MailEvent mail = event(event, language);
    return view(mail, language, em.find(MailTemplate.class, key(event, language)));
  }

  /**
   * Saves the administrator's own version of an event's mail, sent from now on instead of the
   * default.
   *
   * @throws InvalidTemplateException naming each part that cannot be used, and nothing is stored
   */
  public MailTemplateView save(String event, String language, MailTemplateSource given) {
    MailEvent mail = event(event, language);
    MailTemplateSource source = checked(mail, language, given);
    MailTemplate stored =
        em.find(MailTemplate.class, key(event, language), LockModeType.PESSIMISTIC_WRITE);
    Map<String, Object> before =
        stored == null
            ? state(MailTemplates.defaults(event, language), false)
            : state(stored.source(), true);
    String actor = actor();
    if (stored == null) {
      stored = new MailTemplate(event, language, source, actor, clock.instant());
      em.persist(stored);
    } else {
      stored.change(source, actor, clock.instant());
    }
    try {
      em.flush();
    } catch (PersistenceException sameMoment) {
      // Two administrators saved the first version of this template at once; one of them wins.
      throw new StaleRecordException(Messages.text("mailTemplate.saveConflict"));
    }
    audit.recordChange(
        RECORD_TYPE, recordKey(event, language), "CHANGE", actor, before, state(source, true));
    return view(mail, language, stored);
  }

  /** Removes the administrator's own version, so the default is sent again. */
  public MailTemplateView reset(String event, String language) {
    MailEvent mail = event(event, language);
    MailTemplate stored =
        em.find(MailTemplate.class, key(event, language), LockModeType.PESSIMISTIC_WRITE);
    if (stored != null) {
      Map<String, Object> before = state(stored.source(), true);
      em.remove(stored);
      em.flush();
      audit.recordChange(
          RECORD_TYPE,
          recordKey(event, language),
          "RESET",
          actor(),
          before,
          state(MailTemplates.defaults(event, language), false));
    }
    return view(mail, language, null);
  }

  /**
   * Renders a draft with the event's sample values, as the mail would look; nothing is stored.
   *
   * @throws InvalidTemplateException naming each part that cannot be used
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER, Roles.AUDITOR})
  public MailTemplates.Rendered preview(String event, String language, MailTemplateSource draft) {
    MailEvent mail = event(event, language);
    MailTemplateSource source = checked(mail, language, draft);
    Map<String, Object> values = mail.samples(language);
    values.put("organisation", organisation);
    return MailTemplates.render(source, values);
  }

  /** The template with its line endings made plain, once it has passed {@link TemplateCheck}. */
  private static MailTemplateSource checked(
      MailEvent mail, String language, MailTemplateSource given) {
    MailTemplateSource source = given == null ? null : given.normalized();
    List<FieldError> problems = TemplateCheck.problems(mail, language, source);
    if (!problems.isEmpty()) {
      throw new InvalidTemplateException(problems);
    }
    return source;
  }

  private static MailEvent event(String event, String language) {
    if (language == null || !MailTemplates.LANGUAGES.contains(language)) {
      throw new RecordNotFoundException("Mail template", recordKey(event, language));
    }
    return MailEvent.byTemplate(event == null ? "" : event)
        .orElseThrow(
            () -> new RecordNotFoundException("Mail template", recordKey(event, language)));
  }

  private static List<String> languages() {
    return MailTemplates.LANGUAGES.stream()
        .sorted(Comparator.comparing((String l) -> !"en".equals(l)).thenComparing(l -> l))
        .toList();
  }

  private static MailTemplateView view(MailEvent mail, String language, MailTemplate override) {
    MailTemplateSource source =
        override == null ? MailTemplates.defaults(mail.template(), language) : override.source();
    List<MailTemplateView.VariableView> variables =
        mail.variables().stream()
            .map(v -> new MailTemplateView.VariableView(v.name(), v.presence(), v.sample(language)))
            .toList();
    return new MailTemplateView(
        mail.template(),
        language,
        mail.audience(),
        override != null,
        source.subject(),
        source.text(),
        source.html(),
        variables,
        override == null ? null : override.updatedBy(),
        override == null ? null : override.updatedAt());
  }

  private static Map<String, Object> state(MailTemplateSource source, boolean customised) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("customised", customised);
    state.put("subject", source.subject());
    state.put("text", source.text());
    state.put("html", source.html());
    return state;
  }

  private static MailTemplate.Key key(String event, String language) {
    return new MailTemplate.Key(event, language);
  }

  private static String recordKey(String event, String language) {
    return event + "/" + language;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
