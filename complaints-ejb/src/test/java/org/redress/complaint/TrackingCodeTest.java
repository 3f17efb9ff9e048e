package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The secret a complainant uses, with the reference, to follow a complaint without an account. */
class TrackingCodeTest {

  /** Three groups of four characters of Crockford's base32: no I, L, O or U. */
  private static final String FORMAT =
      "^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$";

  private static final String CODE = "7K3D-9QW1-M20A";

  @Test
  void aGeneratedCodeIsThreeGroupsOfFourUnambiguousCharacters() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(TrackingCode.generate()).matches(FORMAT);
    }
  }

  @Test
  void generatedCodesAreDistinct() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      codes.add(TrackingCode.generate());
    }

    assertThat(codes).hasSize(10_000);
  }

  @Test
  void aGeneratedCodeMatchesItself() {
    String code = TrackingCode.generate();

    assertThat(TrackingCode.matches(code, code)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "7K3D-9QW1-M20A",
        "7k3d-9qw1-m20a",
        "7K3D9QW1M20A",
        "7K3D 9QW1 M20A",
        " 7K3D-9QW1-M20A ",
        "7K3D - 9QW1 - M20A",
        "7K3D-9QWI-M2OA",
        "7k3d-9qwl-m2oa",
        "7K3D-9QWi-M2oA"
      })
  void typedInputIsForgivingAboutCaseSeparatorsAndLookAlikeLetters(String typed) {
    assertThat(TrackingCode.matches(CODE, typed)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "7K3D-9QW1-M20B",
        "7K3D-9QW1-M20",
        "7K3D-9QW1-M20AA",
        "M20A-9QW1-7K3D",
        "7K3D-9QW1-M2UA",
        "7K3D_9QW1_M20A"
      })
  void anotherCodeDoesNotMatch(String typed) {
    assertThat(TrackingCode.matches(CODE, typed)).isFalse();
  }

  @Test
  void withoutAStoredCodeNothingMatches() {
    assertThat(TrackingCode.matches(null, CODE)).isFalse();
    assertThat(TrackingCode.matches(null, null)).isFalse();
  }
}
