package org.redress.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.platform.CallerLocale;
import org.redress.platform.FieldError;

/** What an administrator's own version of a mail template must be before it is saved. */
class TemplateCheckTest {

  private static final String TEXT = "Dear {{name}},\n\nyour complaint {{reference}}.\n";
  private static final String HTML =
      "<p>Dear {{name}}, <a href=\"{{trackingLink}}\">status</a></p>";

  @AfterEach
  void englishAgain() {
    CallerLocale.clear();
  }

  private static List<FieldError> check(String subject, String text, String html) {
    return TemplateCheck.problems(
        MailEvent.ACKNOWLEDGEMENT, "en", new MailTemplateSource(subject, text, html));
  }

  @Test
  void aTemplateWithTheReferenceAndKnownVariablesPasses() {
    assertThat(
            check(
                "{{reference}}: thanks, {{name}}",
                TEXT
                    + "{{#message}}\n{{message}}\n{{/message}}{{^responseDue}}soon{{/responseDue}}",
                HTML))
        .isEmpty();
  }

  @Test
  void everyPartIsRequired() {
    assertThat(check(" ", "", null))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("subject", "is required"),
            org.assertj.core.groups.Tuple.tuple("text", "is required"),
            org.assertj.core.groups.Tuple.tuple("html", "is required"));
  }

  @Test
  void noTemplateAtAllNamesEveryPart() {
    assertThat(TemplateCheck.problems(MailEvent.DECISION, "de", null))
        .extracting(FieldError::field)
        .containsExactly("subject", "text", "html");
  }

  @Test
  void theSubjectMustCarryTheReference() {
    assertThat(check("Thank you, {{name}}", TEXT, HTML))
        .containsExactly(
            new FieldError(
                "subject", "must contain {{reference}}, so that replies find their case"));
  }

  @Test
  void aReferenceOnlyInASectionThatMayBeOffDoesNotCount() {
    assertThat(check("Thanks{{#message}} [{{reference}}]{{/message}}", TEXT, HTML))
        .extracting(FieldError::field)
        .containsExactly("subject");
  }

  @Test
  void aSectionThatIsNotClosedIsNamedWithTheLineItOpensOn() {
    assertThat(check("[{{reference}}]", "Dear {{name}},\n\n{{#message}}\n{{message}}\n", HTML))
        .containsExactly(new FieldError("text", "line 3: Section missing close tag 'message'"));
  }

  @Test
  void aMismatchedCloseTagIsNamedWithItsLine() {
    assertThat(check("[{{reference}}]", TEXT, "<p>\n{{#message}}{{message}}{{/name}}</p>"))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "html", "line 2: Section close tag with mismatched open tag 'name' != 'message'"));
  }

  @Test
  void aTagLeftOpenIsRefused() {
    assertThat(check("[{{reference}}]", "Dear {{name}},\nyour {{reference} is here", HTML))
        .containsExactly(
            new FieldError(
                "text", "line 2: a tag is not opened or closed properly; every {{ needs its }}"));
  }

  @Test
  void anUnknownVariableIsRefusedWithTheVariablesTheMailHas() {
    List<FieldError> errors =
        check("[{{reference}}] {{customerNumber}}", TEXT + "\n{{#vip}}Dear VIP{{/vip}}", HTML);

    assertThat(errors).extracting(FieldError::field).containsExactly("subject", "text");
    assertThat(errors.get(0).message())
        .isEqualTo(
            "uses {{customerNumber}} (line 1), which this mail does not have. It can use: name,"
                + " reference, trackingCode, trackingLink, organisation, message, responseDue");
    assertThat(errors.get(1).message()).startsWith("uses {{vip}} (line 5), which");
  }

  @Test
  void aValueSomeMailsLackMustBeInsideItsSection() {
    assertThat(check("[{{reference}}]", TEXT + "\nAnswer by {{responseDue}}.", HTML))
        .containsExactly(
            new FieldError(
                "text",
                "line 5: {{responseDue}} is missing from some mails; use it inside"
                    + " {{#responseDue}}…{{/responseDue}}"));
  }

  @Test
  void aValueSomeMailsLackInsideAnotherSectionIsCaughtToo() {
    List<FieldError> errors =
        TemplateCheck.problems(
            MailEvent.RECOURSE,
            "en",
            new MailTemplateSource(
                "[{{reference}}]",
                "{{#referred}}Referred to {{externalBody}}{{/referred}}",
                "<p>{{reference}}</p>"));

    assertThat(errors).extracting(FieldError::field).containsExactly("text");
    assertThat(errors.get(0).message()).contains("{{externalBody}} is missing from some mails");
  }

  @Test
  void aYesNoIsUsedOnlyAsASection() {
    List<FieldError> errors =
        TemplateCheck.problems(
            MailEvent.RECOURSE,
            "en",
            new MailTemplateSource(
                "[{{reference}}] escalated: {{escalated}}",
                "{{reference}}",
                "<p>{{reference}}</p>"));

    assertThat(errors)
        .containsExactly(
            new FieldError(
                "subject",
                "line 1: {{escalated}} is a yes/no and works only as a section,"
                    + " {{#escalated}}…{{/escalated}}"));
  }

  @Test
  void theHtmlPartNeverTakesAValueUnescaped() {
    assertThat(check("[{{reference}}]", "{{{name}}}", "<p>\n{{{name}}}</p>"))
        .containsExactly(
            new FieldError(
                "html",
                "line 2: {{{name}}} would put the value into the HTML unescaped; write {{name}}"));
    assertThat(check("[{{reference}}]", TEXT, "<p>{{& name}}</p>"))
        .extracting(FieldError::field)
        .containsExactly("html");
  }

  @Test
  void includingAnotherTemplateIsRefused() {
    assertThat(check("[{{reference}}]", TEXT + "{{> footer}}", HTML))
        .extracting(FieldError::message)
        .containsExactly(
            "line 4: {{>footer}} includes another template, which is not possible here");
  }

  @Test
  void aSubjectOrBodyTooLongForTheDatabaseIsRefused() {
    String subject = "[{{reference}}] " + "x".repeat(TemplateCheck.MAX_SUBJECT);
    String body = "{{reference}}" + "ü".repeat(TemplateCheck.MAX_BODY_BYTES / 2);

    assertThat(check(subject, body, HTML))
        .containsExactly(
            new FieldError("subject", "is too long: at most 500 characters"),
            new FieldError("text", "is too long: at most 64 KB of text"));
  }

  @Test
  void theSubjectIsOneLine() {
    assertThat(check("[{{reference}}]\nThanks", TEXT, HTML))
        .containsExactly(new FieldError("subject", "must be one line"));
  }

  @Test
  void lineEndingsFromABrowsersTextAreaBecomePlainAndLinesCountTheSame() {
    MailTemplateSource fromBrowser =
        new MailTemplateSource(
            "[{{reference}}]", "Dear {{name}},\r\n\r\n{{nope}}", "<p>\r{{x}}</p>");

    assertThat(fromBrowser.normalized())
        .isEqualTo(
            new MailTemplateSource(
                "[{{reference}}]", "Dear {{name}},\n\n{{nope}}", "<p>\n{{x}}</p>"));
    assertThat(TemplateCheck.problems(MailEvent.ACKNOWLEDGEMENT, "en", fromBrowser.normalized()))
        .extracting(FieldError::message)
        .allMatch(
            m -> m.startsWith("uses {{nope}} (line 3)") || m.startsWith("uses {{x}} (line 2)"))
        .hasSize(2);
  }

  @Test
  void theMessagesFollowTheCallersLanguage() {
    CallerLocale.set(Locale.GERMAN);

    assertThat(check("Danke", TEXT, HTML))
        .containsExactly(
            new FieldError(
                "subject", "muss {{reference}} enthalten, damit Antworten ihren Fall finden"));
  }
}
