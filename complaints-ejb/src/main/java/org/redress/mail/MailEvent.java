package org.redress.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mails Redress sends, in one place: each event's template name, who reads the mail, the values
 * the {@link Mailer} gives its template, and sample values for the administrators' preview. A
 * template may use these variables and no others; one that may be missing from a mail (optional) or
 * is a yes/no (flag) works only as a section, {@code {{#x}}…{{/x}}}.
 */
public enum MailEvent {

  /** ISO 10002 7.4: we have your complaint; reference, tracking code and what happens next. */
  ACKNOWLEDGEMENT(
      "acknowledgement",
      Audience.COMPLAINANT,
      Variable.optional(
          "message", "We will call you tomorrow morning.", "Wir rufen Sie morgen Vormittag an."),
      Variable.optional("responseDue", "22 December 2026", "22. Dezember 2026")),

  /** ISO 10002 7.8: the decision, the remedy offered and the recourse. */
  DECISION(
      "decision",
      Audience.COMPLAINANT,
      Variable.always(
          "decision",
          "We replace your espresso machine free of charge.",
          "Wir ersetzen Ihre Espressomaschine kostenlos."),
      Variable.optional("remedy", "€100.00", "100,00 €")),

  /** ISO 10002 7.6: the handler needs more information; the time limit waits for the answer. */
  INFORMATION_REQUEST(
      "information-request",
      Audience.COMPLAINANT,
      Variable.always(
          "question",
          "Could you send us a photo of the type plate and of the leak?",
          "Könnten Sie uns ein Foto vom Typenschild und von der undichten Stelle schicken?")),

  /** ISO 10002 7.9: review at a higher level, options exhausted or referral; ISO 10003 options. */
  RECOURSE(
      "recourse",
      Audience.COMPLAINANT,
      Variable.optional(
          "recourse",
          "The consumer ombudsman for household appliances is at ombudsman.example.org.",
          "Die Verbraucherschlichtungsstelle für Haushaltsgeräte erreichen Sie unter"
              + " schlichtung.example.org."),
      Variable.flag("escalated", true),
      Variable.flag("tierManager", true),
      Variable.flag("tierOfficer", false),
      Variable.flag("closedOptionsExhausted", false),
      Variable.flag("referred", false),
      Variable.optional(
          "externalBody", "Consumer Ombudsman Appliances", "Verbraucherschlichtungsstelle Geräte")),

  /** ISO 10002 8.3: how satisfied the complainant is with the handling. */
  SURVEY_INVITATION(
      "survey-invitation",
      Audience.COMPLAINANT,
      Variable.always(
          "surveyLink",
          "https://complaints.example.com/public/survey.xhtml?t=q3Xv9kT2bW7mN4pL8sR1yZ6cD0fH5jA",
          "https://complaints.example.com/public/survey.xhtml?t=q3Xv9kT2bW7mN4pL8sR1yZ6cD0fH5jA")),

  /** ISO 10002 8.3: a complainant rated the handling low; the manager looks at the case. */
  STAFF_LOW_SATISFACTION(
      "staff-low-satisfaction",
      Audience.STAFF,
      Variable.always("overall", "2", "2"),
      Variable.optional(
          "comment",
          "Nobody called me back, I had to ask three times.",
          "Niemand hat zurückgerufen, ich musste dreimal nachfragen.")),

  /** A case was assigned to a handler (ISO 10002 7.6). */
  STAFF_ASSIGNED(
      "staff-assigned",
      Audience.STAFF,
      Variable.always("assignedBy", "Maria Weber", "Maria Weber"),
      Variable.optional(
          "note",
          "The customer is a key account; please call her before you reply.",
          "Die Kundin ist eine Großkundin; bitte rufen Sie sie vor der Antwort an."),
      Variable.optional("dueAt", "22 December 2026, 17:00", "22. Dezember 2026, 17:00")),

  /** 80 % of the time for a step has passed. */
  STAFF_DEADLINE_WARNING(
      "staff-deadline-warning",
      Audience.STAFF,
      Variable.always("dueAt", "22 December 2026, 17:00", "22. Dezember 2026, 17:00")),

  /** A deadline passed without its step; the case may have gone up a tier. */
  STAFF_DEADLINE_MISSED(
      "staff-deadline-missed",
      Audience.STAFF,
      Variable.always("dueAt", "22 December 2026, 17:00", "22. Dezember 2026, 17:00"),
      Variable.flag("toManager", true),
      Variable.flag("toOfficer", false),
      Variable.optional("assignee", "Jonas Becker", "Jonas Becker")),

  /** To the managers' or the complaints officer's mailbox: a case was escalated to them. */
  ESCALATION_NOTICE(
      "escalation-notice",
      Audience.STAFF,
      Variable.flag("tierManager", true),
      Variable.flag("tierOfficer", false),
      Variable.optional(
          "reason",
          "The complainant finds the replacement too late for the holidays.",
          "Der Beschwerdeführerin kommt der Ersatz zu spät für die Feiertage."),
      Variable.optional("assignee", "Jonas Becker", "Jonas Becker"),
      Variable.flag("missed", false),
      Variable.optional("dueAt", "22 December 2026, 17:00", "22. Dezember 2026, 17:00"));

  /** Who reads the mail. */
  public enum Audience {
    /** The complainant (or their representative), in their language. */
    COMPLAINANT,
    /** A handler, a manager or the complaints officer. */
    STAFF;

    /** What every mail to this audience gets. */
    List<Variable> common() {
      return switch (this) {
        case COMPLAINANT ->
            List.of(
                Variable.always("name", "Anna Müller", "Anna Müller"),
                Variable.always("reference", SAMPLE_REFERENCE, SAMPLE_REFERENCE),
                Variable.always("trackingCode", "7K3M9Q2X", "7K3M9Q2X"),
                Variable.always("trackingLink", SAMPLE_TRACKING_LINK, SAMPLE_TRACKING_LINK),
                Variable.always("organisation", "Customer care", "Kundenservice"));
        case STAFF ->
            List.of(
                Variable.optional("staffName", "Jonas Becker", "Jonas Becker"),
                Variable.always("reference", SAMPLE_REFERENCE, SAMPLE_REFERENCE),
                Variable.always("caseLink", SAMPLE_CASE_LINK, SAMPLE_CASE_LINK),
                Variable.always(
                    "summary",
                    "The pump of the espresso machine EM-200 leaks after three weeks; water runs"
                        + " under the machine every morning.",
                    "Die Pumpe der Espressomaschine EM-200 ist nach drei Wochen undicht; jeden"
                        + " Morgen läuft Wasser unter die Maschine."),
                Variable.optional("priority", "HIGH", "HIGH"),
                Variable.always("organisation", "Customer care", "Kundenservice"),
                Variable.flag("deadlineAcknowledgement", false),
                Variable.flag("deadlineResponse", true),
                Variable.flag("deadlineResolution", false));
      };
    }
  }

  /** How a variable is given to the template. */
  public enum Presence {
    /** In every mail of the event: {@code {{x}}}. */
    ALWAYS,
    /** In some mails only: {@code {{#x}}…{{x}}…{{/x}}}. */
    OPTIONAL,
    /** A yes/no: {@code {{#x}}…{{/x}}} or {@code {{^x}}…{{/x}}}. */
    FLAG
  }

  /**
   * A value a template may use.
   *
   * @param sampleEn the value the English preview shows
   * @param sampleDe the value the German preview shows
   */
  public record Variable(String name, Presence presence, Object sampleEn, Object sampleDe) {

    static Variable always(String name, String sampleEn, String sampleDe) {
      return new Variable(name, Presence.ALWAYS, sampleEn, sampleDe);
    }

    static Variable optional(String name, String sampleEn, String sampleDe) {
      return new Variable(name, Presence.OPTIONAL, sampleEn, sampleDe);
    }

    static Variable flag(String name, boolean sample) {
      return new Variable(name, Presence.FLAG, sample, sample);
    }

    /** The sample value in a language ({@code de}, else English). */
    public Object sample(String language) {
      return "de".equals(language) ? sampleDe : sampleEn;
    }
  }

  static final String SAMPLE_REFERENCE = "CMP-2026-000042";
  static final String SAMPLE_TRACKING_LINK =
      "https://complaints.example.com/public/status.xhtml?ref=CMP-2026-000042&code=7K3M9Q2X";
  static final String SAMPLE_CASE_LINK =
      "https://complaints.example.com/app/complaint.xhtml?ref=CMP-2026-000042";

  private final String template;
  private final Audience audience;
  private final Variable[] own;

  MailEvent(String template, Audience audience, Variable... own) {
    this.template = template;
    this.audience = audience;
    this.own = own;
  }

  /** The name of the templates, {@code <template>.<language>.subject|txt|html}. */
  public String template() {
    return template;
  }

  public Audience audience() {
    return audience;
  }

  /** Every variable the mail gets, those all mails to its audience get first. */
  public List<Variable> variables() {
    List<Variable> all = new ArrayList<>(audience.common());
    all.removeIf(common -> Arrays.stream(own).anyMatch(v -> v.name().equals(common.name())));
    all.addAll(Arrays.asList(own));
    return List.copyOf(all);
  }

  /** The variable of this name, if the mail has one. */
  public Optional<Variable> variable(String name) {
    return variables().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** Every variable with its sample value: what the preview renders. */
  public Map<String, Object> samples(String language) {
    Map<String, Object> values = new LinkedHashMap<>();
    variables().forEach(v -> values.put(v.name(), v.sample(language)));
    return values;
  }

  /**
   * Only what every mail of the event is sure to get: the optional variables are missing and the
   * flags are off. A template that renders with these renders with whatever the mailer gives.
   */
  public Map<String, Object> fewestValues(String language) {
    Map<String, Object> values = new LinkedHashMap<>();
    variables().stream()
        .filter(v -> v.presence() == Presence.ALWAYS)
        .forEach(v -> values.put(v.name(), v.sample(language)));
    return values;
  }

  /** The event whose templates have this name. */
  public static Optional<MailEvent> byTemplate(String template) {
    return Arrays.stream(values()).filter(e -> e.template.equals(template)).findFirst();
  }
}
