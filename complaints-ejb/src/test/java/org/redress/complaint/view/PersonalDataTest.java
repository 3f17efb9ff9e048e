package org.redress.complaint.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.Party;
import org.redress.complaint.command.ContactDetails;

/** What a caller sees of a complainant: everything for handlers, a masked view for auditors. */
class PersonalDataTest {

  private static final ContactDetails CLARA =
      new ContactDetails(
          "Clara Maria Complainant",
          "clara.c@example.org",
          "+41 44 123 45 67",
          "ACME AG",
          "Bahnhofstrasse 1, 8001 Zürich",
          ContactMethod.PHONE,
          "de-CH");

  @Test
  void handlersSeeTheDetailsAsGiven() {
    ContactDetails seen = PersonalData.of(Party.of(CLARA, "complainant"), false);

    assertThat(seen)
        .isEqualTo(
            new ContactDetails(
                "Clara Maria Complainant",
                "clara.c@example.org",
                "+41 44 123 45 67",
                "ACME AG",
                "Bahnhofstrasse 1, 8001 Zürich",
                ContactMethod.PHONE,
                "de-ch"));
  }

  @Test
  void auditorsSeeInitialsTheEmailDomainAndNoPhoneOrAddress() {
    ContactDetails seen = PersonalData.of(Party.of(CLARA, "complainant"), true);

    assertThat(seen.name()).isEqualTo("C*** M*** C***");
    assertThat(seen.email()).isEqualTo("c***@example.org");
    assertThat(seen.phone()).isEqualTo("***");
    assertThat(seen.address()).isEqualTo("***");
    assertThat(seen.organisation()).isEqualTo("ACME AG");
    assertThat(seen.preferredContact()).isEqualTo(ContactMethod.PHONE);
    assertThat(seen.language()).isEqualTo("de-ch");
  }

  @Test
  void maskingDoesNotInventDetailsThatWereNotGiven() {
    ContactDetails emailOnly =
        new ContactDetails("Clara", "clara@example.org", null, null, null, null, null);

    ContactDetails seen = PersonalData.of(Party.of(emailOnly, "complainant"), true);

    assertThat(seen.name()).isEqualTo("C***");
    assertThat(seen.phone()).isNull();
    assertThat(seen.address()).isNull();
    assertThat(seen.organisation()).isNull();
  }

  @Test
  void aMissingPartyStaysMissing() {
    assertThat(PersonalData.of(null, true)).isNull();
    assertThat(PersonalData.of(null, false)).isNull();
  }

  @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
  @CsvSource({
    "'Clara', 'C***'",
    "'  anna   berg  ', 'a*** b***'",
    "'Jean-Luc Picard', 'J*** P***'",
    "'Élodie Ørsted', 'É*** Ø***'"
  })
  void aNameIsReducedToInitials(String name, String masked) {
    assertThat(PersonalData.initials(name)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
  @CsvSource({
    "'clara@example.org', 'c***@example.org'",
    "'x@y.ch', 'x***@y.ch'",
    "'no-at-sign', '***'",
    "'@example.org', '***'"
  })
  void anEmailKeepsItsFirstCharacterAndDomain(String email, String masked) {
    assertThat(PersonalData.maskEmail(email)).isEqualTo(masked);
  }

  @Test
  void nothingToMaskGivesNothing() {
    assertThat(PersonalData.initials(null)).isNull();
    assertThat(PersonalData.maskEmail(null)).isNull();
  }
}
