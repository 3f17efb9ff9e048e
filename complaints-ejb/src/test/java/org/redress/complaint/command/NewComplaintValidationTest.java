package org.redress.complaint.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.complaint.Channel;
import org.redress.complaint.RemedyType;
import org.redress.platform.FieldError;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;

/**
 * The field rules of the inputs, checked the way the services check them: through the {@link
 * InputValidator} with a real Bean Validation provider.
 */
class NewComplaintValidationTest {

  private ValidatorFactory factory;
  private InputValidator inputs;

  @BeforeEach
  void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    inputs = new InputValidator(factory.getValidator());
  }

  @AfterEach
  void closeValidator() {
    factory.close();
  }

  @Test
  void aCompleteComplaintPasses() {
    NewComplaint complaint = complaint(complainant(), "The machine leaks.");

    assertThat(inputs.check(complaint)).isSameAs(complaint);
  }

  @Test
  void aComplaintWithOnlyTheRequiredFieldsPasses() {
    NewComplaint minimal =
        new NewComplaint(
            new ContactDetails("Clara", null, "+41 44 123", null, null, null, null),
            null,
            Channel.PHONE,
            null,
            null,
            null,
            null,
            null,
            "It broke.",
            null,
            null,
            null);

    assertThat(inputs.check(minimal)).isSameAs(minimal);
  }

  @Test
  void aMissingDescriptionIsNamed() {
    assertRefused(() -> inputs.check(complaint(complainant(), null)), "description");
  }

  @Test
  void aBlankDescriptionIsNamed() {
    assertRefused(() -> inputs.check(complaint(complainant(), " \n ")), "description");
  }

  @Test
  void aMissingComplainantNameIsNamedWithItsPath() {
    ContactDetails nameless =
        new ContactDetails(null, "clara@example.org", null, null, null, null, null);

    assertRefused(() -> inputs.check(complaint(nameless, "It broke.")), "complainant.name");
  }

  @Test
  void aDescriptionOfTenThousandCharactersIsTheLimit() {
    assertThat(inputs.check(complaint(complainant(), "x".repeat(10_000)))).isNotNull();
    assertRefused(() -> inputs.check(complaint(complainant(), "x".repeat(10_001))), "description");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"not-an-email", "clara@", "clara@@example.org", "@example.org"})
  void aBadEmailIsRefused(String email) {
    ContactDetails details =
        new ContactDetails("Clara Complainant", email, null, null, null, null, "en");

    assertRefused(() -> inputs.check(complaint(details, "It broke.")), "complainant.email");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"english", "e", "en_GB", "de-", "1234", "de-CH-x"})
  void aBadLanguageTagIsRefusedWithTheExpectedForm(String language) {
    ContactDetails details =
        new ContactDetails(
            "Clara Complainant", "clara@example.org", null, null, null, null, language);

    assertThatThrownBy(() -> inputs.check(complaint(details, "It broke.")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError(
                            "complainant.language", "must be a language tag such as en or de-CH")));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"en", "de-CH", "gsw-CH", "zh-Hant-TW"})
  void aLanguageTagPasses(String language) {
    ContactDetails details =
        new ContactDetails(
            "Clara Complainant", "clara@example.org", null, null, null, null, language);

    assertThat(inputs.check(complaint(details, "It broke."))).isNotNull();
  }

  @Test
  void aPhoneNumberWithLettersIsRefused() {
    ContactDetails details =
        new ContactDetails("Clara Complainant", null, "call me maybe", null, null, null, null);

    assertRefused(() -> inputs.check(complaint(details, "It broke.")), "complainant.phone");
  }

  @Test
  void aRepresentativeIsCheckedUnderItsOwnPath() {
    NewComplaint complaint =
        new NewComplaint(
            complainant(),
            new ContactDetails(" ", "lawyer@example.org", null, null, null, null, null),
            Channel.EMAIL,
            null,
            null,
            null,
            null,
            null,
            "It broke.",
            null,
            null,
            null);

    assertRefused(() -> inputs.check(complaint), "representative.name");
  }

  @Test
  void anIncidentInTheFutureIsRefused() {
    NewComplaint complaint =
        new NewComplaint(
            complainant(),
            null,
            Channel.WEB,
            null,
            null,
            null,
            null,
            LocalDate.of(2999, 1, 1),
            "It will break.",
            null,
            null,
            null);

    assertRefused(() -> inputs.check(complaint), "occurredOn");
  }

  @Test
  void everyBrokenFieldIsListedInOrder() {
    NewComplaint complaint =
        new NewComplaint(
            new ContactDetails("", "not-an-email", null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> inputs.check(complaint))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly(
                      "channel", "complainant.email", "complainant.name", "description");
              assertThat(e).hasMessage("4 fields are invalid");
            });
  }

  @Test
  void noBodyAtAllIsRefused() {
    assertRefused(() -> inputs.check(null), "body");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"eur", "EURO", "E1R", "EU"})
  void aProposedResponseWithABadCurrencyIsRefused(String currency) {
    ProposeResponse response =
        new ProposeResponse(RemedyType.REFUND, "Refund", new BigDecimal("10.00"), currency);

    assertThatThrownBy(() -> inputs.check(response))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("currency", "must be an ISO 4217 code such as EUR")));
  }

  @Test
  void aProposedResponseWithAnIsoCurrencyPasses() {
    ProposeResponse response =
        new ProposeResponse(RemedyType.REFUND, "Refund", new BigDecimal("10.00"), "CHF");

    assertThat(inputs.check(response)).isSameAs(response);
  }

  @Test
  void aProposedResponseWithANegativeOrTooPreciseAmountIsRefused() {
    assertRefused(
        () ->
            inputs.check(
                new ProposeResponse(RemedyType.REFUND, "Refund", new BigDecimal("-0.01"), "EUR")),
        "amount");
    assertRefused(
        () ->
            inputs.check(
                new ProposeResponse(RemedyType.REFUND, "Refund", new BigDecimal("0.001"), "EUR")),
        "amount");
  }

  private static NewComplaint complaint(ContactDetails complainant, String description) {
    return new NewComplaint(
        complainant,
        null,
        Channel.WEB,
        "PRODUCT",
        "Espresso machine EM-200",
        "ORD-7781",
        "LOT-2026-02",
        LocalDate.of(2026, 2, 27),
        description,
        "A replacement",
        "Unplugged it",
        List.of("Sam Seller"));
  }

  private static ContactDetails complainant() {
    return new ContactDetails(
        "Clara Complainant",
        "clara@example.org",
        "+41 44 123 45 67",
        "ACME AG",
        "Bahnhofstrasse 1, 8001 Zürich",
        null,
        "de-CH");
  }

  private static void assertRefused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }
}
