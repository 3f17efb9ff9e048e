package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference complainants quote and staff search by, {@code CMP-YYYY-NNNNNN}. */
class ComplaintReferenceTest {

  @Test
  void theNumberIsPaddedToSixDigits() {
    assertThat(ComplaintReference.format(2026, 42)).isEqualTo("CMP-2026-000042");
    assertThat(ComplaintReference.format(2026, 1)).isEqualTo("CMP-2026-000001");
    assertThat(ComplaintReference.format(1999, 999_999)).isEqualTo("CMP-1999-999999");
  }

  @Test
  void aYearWithAMillionComplaintsGetsSevenDigits() {
    assertThat(ComplaintReference.format(2026, 1_000_000)).isEqualTo("CMP-2026-1000000");
    assertThat(ComplaintReference.format(2026, 1_234_567)).isEqualTo("CMP-2026-1234567");
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {999, 10_000, 0, -2026})
  void aYearWithoutFourDigitsIsRefused(int year) {
    assertThatThrownBy(() -> ComplaintReference.format(year, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year out of range: " + year);
  }

  @Test
  void theFirstAndLastFourDigitYearsAreAccepted() {
    assertThat(ComplaintReference.format(1000, 7)).isEqualTo("CMP-1000-000007");
    assertThat(ComplaintReference.format(9999, 7)).isEqualTo("CMP-9999-000007");
  }

  @ParameterizedTest(name = "number {0}")
  @ValueSource(longs = {0, -1})
  void numbersStartAtOne(long number) {
    assertThatThrownBy(() -> ComplaintReference.format(2026, number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Numbers start at 1: " + number);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CMP-2026-000042", "CMP-2026-1234567", "CMP-1000-000001"})
  void wellFormedReferencesAreRecognised(String reference) {
    assertThat(ComplaintReference.isWellFormed(reference)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "CMP-2026-42",
        "CMP-2026-00042",
        "cmp-2026-000042",
        "CMP-26-000042",
        "CMP-20260-000042",
        "CMP-2026-00004A",
        " CMP-2026-000042",
        "CMP-2026-000042 ",
        "CMP 2026 000042",
        "REF-2026-000042"
      })
  void anythingElseIsNotAReference(String reference) {
    assertThat(ComplaintReference.isWellFormed(reference)).isFalse();
  }

  @Test
  void everyFormattedReferenceIsWellFormed() {
    assertThat(ComplaintReference.format(2026, 42)).matches(ComplaintReference::isWellFormed);
    assertThat(ComplaintReference.format(2026, 12_345_678))
        .matches(ComplaintReference::isWellFormed);
  }

  /**
   * A reference is typed by complainants and matched by {@link ComplaintReference#isWellFormed}, so
   * it must use ASCII digits whatever the server's default locale is. This restores the default
   * locale before it ends, so no other test sees the change.
   */
  @ParameterizedTest(name = "default locale {0}")
  @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai"})
  void theReferenceUsesAsciiDigitsWhateverTheDefaultLocale(String languageTag) {
    Locale original = Locale.getDefault();
    String reference;
    try {
      Locale.setDefault(Locale.forLanguageTag(languageTag));
      reference = ComplaintReference.format(2026, 42);
    } finally {
      Locale.setDefault(original);
    }

    assertThat(reference).isEqualTo("CMP-2026-000042");
    assertThat(ComplaintReference.isWellFormed(reference)).isTrue();
  }
}
