package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.complaint.command.ContactDetails;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

/** A complainant or representative, and how and in which language they want to be contacted. */
class PartyTest {

  private static final String EMAIL = "clara@example.org";
  private static final String PHONE = "+41 44 123 45 67";
  private static final String ADDRESS = "Bahnhofstrasse 1, 8001 Zürich";

  @Test
  void withAnEmailThePreferredContactIsEmail() {
    Party party = Party.of(details(EMAIL, PHONE, ADDRESS, null), "complainant");

    assertThat(party.preferredContact()).isEqualTo(ContactMethod.EMAIL);
  }

  @Test
  void withoutAnEmailThePreferredContactIsThePhone() {
    Party party = Party.of(details("  ", PHONE, ADDRESS, null), "complainant");

    assertThat(party.preferredContact()).isEqualTo(ContactMethod.PHONE);
    assertThat(party.email()).isNull();
  }

  @Test
  void withOnlyAnAddressThePreferredContactIsPost() {
    Party party = Party.of(details(null, null, ADDRESS, null), "complainant");

    assertThat(party.preferredContact()).isEqualTo(ContactMethod.POST);
  }

  @Test
  void aChosenContactMethodIsKept() {
    Party party = Party.of(details(EMAIL, PHONE, ADDRESS, ContactMethod.POST), "complainant");

    assertThat(party.preferredContact()).isEqualTo(ContactMethod.POST);
  }

  @ParameterizedTest(name = "{0} without its detail is refused on {1}")
  @CsvSource({"EMAIL, complainant.email", "PHONE, complainant.phone", "POST,  complainant.address"})
  void thePreferredMethodNeedsItsDetail(ContactMethod preferred, String field) {
    ContactDetails onlyOther =
        switch (preferred) {
          case EMAIL -> details(null, PHONE, ADDRESS, preferred);
          case PHONE -> details(EMAIL, " ", ADDRESS, preferred);
          case POST -> details(EMAIL, PHONE, null, preferred);
        };

    assertRefused(() -> Party.of(onlyOther, "complainant"), field);
  }

  @Test
  void theFieldNameSaysWhichPartyIsMeant() {
    assertRefused(
        () -> Party.of(details(EMAIL, null, null, ContactMethod.PHONE), "representative"),
        "representative.phone");
  }

  @Test
  void aPartyWithoutAnyWayToReachThemIsRefused() {
    assertThatThrownBy(() -> Party.of(details(null, "", " ", null), "complainant"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("complainant.email");
              assertThat(e.errors().get(0).message())
                  .isEqualTo("an email, a phone number or a postal address is required");
            });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void withoutALanguageEnglishIsUsed(String language) {
    Party party = Party.of(withLanguage(language), "complainant");

    assertThat(party.language()).isEqualTo("en");
  }

  @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
  @CsvSource({"DE, de", "de-CH, de-ch", "' FR ', fr", "it, it"})
  void theLanguageIsKeptLowerCased(String given, String expected) {
    Party party = Party.of(withLanguage(given), "complainant");

    assertThat(party.language()).isEqualTo(expected);
  }

  @Test
  void theDetailsAreKeptWithoutSurroundingBlanks() {
    ContactDetails padded =
        new ContactDetails(
            "  Clara Complainant ", " " + EMAIL + " ", " ", "  ", " " + ADDRESS, null, null);

    Party party = Party.of(padded, "complainant");

    assertThat(party.isPresent()).isTrue();
    assertThat(party.name()).isEqualTo("Clara Complainant");
    assertThat(party.email()).isEqualTo(EMAIL);
    assertThat(party.phone()).isNull();
    assertThat(party.organisation()).isNull();
    assertThat(party.address()).isEqualTo(ADDRESS);
  }

  private static ContactDetails details(
      String email, String phone, String address, ContactMethod preferred) {
    return new ContactDetails("Clara Complainant", email, phone, "ACME", address, preferred, null);
  }

  private static ContactDetails withLanguage(String language) {
    return new ContactDetails("Clara Complainant", EMAIL, null, null, null, null, language);
  }

  private static void assertRefused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }
}
