package org.redress.quality.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.platform.FieldError;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.quality.IshikawaCategory;

/**
 * The 5-whys chain has one to five answers. The aggregate trusts its input; the service checks it
 * first, through the {@link InputValidator} with a real Bean Validation provider, as here.
 */
class RecordRootCauseValidationTest {

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

  @ParameterizedTest(name = "{0} why(s)")
  @ValueSource(ints = {1, 5})
  void oneToFiveWhysPass(int count) {
    RecordRootCause input = rootCause(whys(count), null);

    assertThat(inputs.check(input)).isSameAs(input);
  }

  @ParameterizedTest(name = "{0} whys")
  @ValueSource(ints = {0, 6})
  void fewerThanOneOrMoreThanFiveWhysAreRefused(int count) {
    assertRefused(rootCause(whys(count), null), "whys");
  }

  @Test
  void aBlankWhyIsRefused() {
    assertThatThrownBy(() -> inputs.check(rootCause(List.of("The seal leaks", " "), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .allMatch(f -> f.startsWith("whys[1]")));
  }

  @Test
  void theWhysCategoryAndRootCauseAreRequired() {
    assertThatThrownBy(() -> inputs.check(new RecordRootCause(null, null, " ", null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("category", "rootCause", "whys"));
  }

  @Test
  void eightDisciplinesAreOptionalAndAtMostEight() {
    assertThat(inputs.check(rootCause(whys(3), List.of()))).isNotNull();
    assertThat(inputs.check(rootCause(whys(3), Collections.nCopies(8, "D")))).isNotNull();
    assertRefused(rootCause(whys(3), Collections.nCopies(9, "D")), "eightDisciplines");
  }

  private void assertRefused(RecordRootCause input, String field) {
    assertThatThrownBy(() -> inputs.check(input))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }

  private static RecordRootCause rootCause(List<String> whys, List<String> eightDisciplines) {
    return new RecordRootCause(
        whys, IshikawaCategory.METHOD, "WI-17 lacks the seal length", eightDisciplines);
  }

  private static List<String> whys(int count) {
    List<String> whys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      whys.add("Why number " + i);
    }
    return whys;
  }
}
