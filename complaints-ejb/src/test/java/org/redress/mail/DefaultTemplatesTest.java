package org.redress.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mail Redress sends, as shipped, in English and German. */
class DefaultTemplatesTest {

  static Stream<Arguments> everyEventAndLanguage() {
    return Stream.of(MailEvent.values())
        .flatMap(e -> Stream.of(Arguments.of(e, "en"), Arguments.of(e, "de")));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyEventAndLanguage")
  void theSubjectStartsWithTheReferenceAndBothPartsCarryTheReferenceAndLinks(
      MailEvent event, String language) {
    MailTemplates.Rendered mail =
        MailTemplates.render(event.template(), language, event.samples(language));

    assertThat(mail.subject()).startsWith("[CMP-2026-000042] ").doesNotContain("\n");
    assertThat(mail.text()).contains("CMP-2026-000042");
    assertThat(mail.html())
        .contains("CMP-2026-000042")
        .contains("<html lang=\"" + language + "\">");
    String link = (String) event.samples(language).get(link(event));
    assertThat(mail.text()).contains(link);
    assertThat(mail.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"");
    for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
      assertThat(part).doesNotContain("{{").doesNotContain("}}");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(MailEvent.class)
  void theGermanMailIsNotTheEnglishOne(MailEvent event) {
    Map<String, Object> sameValues = event.samples("en");
    MailTemplates.Rendered english = MailTemplates.render(event.template(), "en", sameValues);
    MailTemplates.Rendered german = MailTemplates.render(event.template(), "de", sameValues);

    assertThat(german.subject()).isNotEqualTo(english.subject());
    assertThat(german.text()).isNotEqualTo(english.text());
    assertThat(german.html()).isNotEqualTo(english.html()).contains("<html lang=\"de\">");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyEventAndLanguage")
  void eachDefaultPassesTheChecksAnAdministratorsVersionMustPass(MailEvent event, String language) {
    assertThat(
            TemplateCheck.problems(
                event, language, MailTemplates.defaults(event.template(), language)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyEventAndLanguage")
  void withOnlyTheValuesEveryMailGetsNothingIsLeftHalfSaid(MailEvent event, String language) {
    MailTemplates.Rendered mail =
        MailTemplates.render(event.template(), language, event.fewestValues(language));

    assertThat(mail.subject()).startsWith("[CMP-2026-000042] ");
    assertThat(mail.text()).doesNotContain("{{").doesNotContain("()").doesNotContain(" :");
    assertThat(mail.html()).doesNotContain("{{").doesNotContain("<strong></strong>");
  }

  @Test
  void theInformationRequestAsksTheQuestionAndSaysTheTimeLimitWaits() {
    Map<String, Object> values = MailEvent.INFORMATION_REQUEST.samples("en");
    values.put("question", "Which colour is the machine?");

    MailTemplates.Rendered en = MailTemplates.render("information-request", "en", values);
    MailTemplates.Rendered de = MailTemplates.render("information-request", "de", values);

    assertThat(en.subject())
        .isEqualTo("[CMP-2026-000042] We need more information about your complaint");
    assertThat(en.text())
        .contains("Which colour is the machine?")
        .contains("keep the reference [CMP-2026-000042] in the subject")
        .contains("paused until your reply reaches us");
    assertThat(de.text())
        .contains("Which colour is the machine?")
        .contains("lassen Sie das Aktenzeichen [CMP-2026-000042] im Betreff")
        .contains("Die Frist für unsere Antwort ruht");
  }

  @Test
  void theRecourseNamesTheReviewTierAndAlwaysTheIso10003OptionsAndTheCourts() {
    Map<String, Object> values = MailEvent.RECOURSE.samples("en");
    values.put("escalated", true);
    values.put("tierManager", false);
    values.put("tierOfficer", true);

    String text = MailTemplates.render("recourse", "en", values).text();
    assertThat(text)
        .contains("reviewed at a higher level, by our complaints officer")
        .doesNotContain("by a manager")
        .contains("ISO 10003", "consumer ombudsman", "arbitration board", "courts")
        .doesNotContain("internal options are exhausted");

    values.put("escalated", false);
    values.put("closedOptionsExhausted", true);
    values.put("referred", true);
    values.put("externalBody", "Schlichtungsstelle Energie");
    String german = MailTemplates.render("recourse", "de", values).text();
    assertThat(german)
        .contains("Unsere internen Möglichkeiten sind ausgeschöpft")
        .contains(
            "externe Stelle weitergegeben, die sich ab jetzt darum kümmert: Schlichtungsstelle")
        .contains("Schlichtungsstelle (ISO 10003)", "vor Gericht")
        .doesNotContain("auf höherer Ebene");
  }

  @Test
  void theSurveyInvitationSaysItIsShortVoluntaryAndAnonymous() {
    String en =
        MailTemplates.render("survey-invitation", "en", MailEvent.SURVEY_INVITATION.samples("en"))
            .text();
    String de =
        MailTemplates.render("survey-invitation", "de", MailEvent.SURVEY_INVITATION.samples("de"))
            .text();

    assertThat(en).contains("2 minutes", "voluntary", "anonymous statistics");
    assertThat(de).contains("2 Minuten", "freiwillig", "anonym");
  }

  @Test
  void aStaffMailGreetsByNameOrNeutrallyAndNamesTheDeadline() {
    Map<String, Object> values = MailEvent.STAFF_DEADLINE_WARNING.samples("en");
    MailTemplates.Rendered named = MailTemplates.render("staff-deadline-warning", "en", values);
    assertThat(named.subject())
        .isEqualTo("[CMP-2026-000042] Deadline for the response is near: 22 December 2026, 17:00");
    assertThat(named.text()).startsWith("Hello Jonas Becker,").contains("80 %");

    values.remove("staffName");
    values.put("deadlineResponse", false);
    values.put("deadlineAcknowledgement", true);
    MailTemplates.Rendered neutral = MailTemplates.render("staff-deadline-warning", "de", values);
    assertThat(neutral.text()).startsWith("Guten Tag,\n");
    assertThat(neutral.subject()).contains("Frist für die Eingangsbestätigung endet bald");
  }

  @Test
  void theMissedDeadlineSaysWhereTheCaseWentAndWhoHasIt() {
    Map<String, Object> values = MailEvent.STAFF_DEADLINE_MISSED.samples("en");
    values.put("toManager", false);
    values.put("toOfficer", true);
    values.remove("assignee");

    String text = MailTemplates.render("staff-deadline-missed", "en", values).text();
    assertThat(text)
        .contains("escalated to the complaints officer")
        .doesNotContain("complaint managers")
        .contains("Assigned to: nobody");
  }

  @Test
  void theEscalationNoticeTellsAMissedDeadlineFromARejectedDecision() {
    Map<String, Object> values = MailEvent.ESCALATION_NOTICE.samples("en");
    values.put("missed", true);
    MailTemplates.Rendered missed = MailTemplates.render("escalation-notice", "en", values);
    values.put("missed", false);
    MailTemplates.Rendered rejected = MailTemplates.render("escalation-notice", "de", values);

    assertThat(missed.subject()).isEqualTo("[CMP-2026-000042] Escalated to you: deadline missed");
    assertThat(missed.text()).contains("ended on 22 December 2026, 17:00");
    assertThat(rejected.subject())
        .isEqualTo("[CMP-2026-000042] An Sie eskaliert: Entscheidung nicht angenommen");
    assertThat(rejected.text()).contains("nicht angenommen", "(Führungsebene)");
  }

  @Test
  void theAssignmentCarriesWhoAssignedItAndTheNote() {
    Map<String, Object> values = new LinkedHashMap<>(MailEvent.STAFF_ASSIGNED.samples("de"));
    MailTemplates.Rendered mail = MailTemplates.render("staff-assigned", "de", values);
    assertThat(mail.subject()).isEqualTo("[CMP-2026-000042] Ihnen zugewiesen");
    assertThat(mail.text())
        .contains("Maria Weber hat Ihnen die Beschwerde CMP-2026-000042")
        .contains("Hinweis von Maria Weber:")
        .contains("Frist: 22. Dezember 2026, 17:00 (Antwort)");
  }

  /** The link a mail of this event is about: the survey, the status page or the case. */
  private static String link(MailEvent event) {
    if (event == MailEvent.SURVEY_INVITATION) {
      return "surveyLink";
    }
    return event.audience() == MailEvent.Audience.COMPLAINANT ? "trackingLink" : "caseLink";
  }
}
