package org.redress.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.spi.SettingDefinition;
import org.redress.spi.SettingType;

class SettingsCheckTest {

  private static final List<SettingDefinition> DEFINITIONS =
      List.of(
          SettingDefinition.required("baseUrl", "Address", "The QMS API", SettingType.URL),
          SettingDefinition.optional("apiToken", "Token", "", SettingType.SECRET, null),
          SettingDefinition.optional("timeoutSeconds", "Timeout", "", SettingType.NUMBER, "10"),
          SettingDefinition.optional("verbose", "Log calls", "", SettingType.FLAG, "false"));

  @Test
  void goodSettingsAreStoredTrimmedWithTheDefaultsFilledIn() {
    Map<String, String> stored =
        SettingsCheck.check(
            DEFINITIONS,
            Map.of("baseUrl", "  https://qms.example.com/api ", "apiToken", "s3"),
            Map.of());
    assertThat(stored)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "baseUrl", "https://qms.example.com/api",
                "apiToken", "s3",
                "timeoutSeconds", "10",
                "verbose", "false"));
  }

  @Test
  void everyWrongFieldIsNamed() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                SettingsCheck.check(
                    DEFINITIONS,
                    Map.of(
                        "baseUrl", "ftp://qms",
                        "timeoutSeconds", "ten",
                        "verbose", "yes",
                        "colour", "blue"),
                    Map.of()));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "settings.colour", "settings.baseUrl", "settings.timeoutSeconds", "settings.verbose");
  }

  @Test
  void aMissingRequiredSettingIsNamed() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SettingsCheck.check(DEFINITIONS, Map.of(), Map.of()));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("settings.baseUrl");
  }

  @Test
  void anAddressNeedsAHost() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SettingsCheck.check(DEFINITIONS, Map.of("baseUrl", "https:///api"), Map.of()));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("settings.baseUrl");
  }

  @Test
  void aSecretLeftEmptyKeepsTheOneSavedBefore() {
    Map<String, String> stored =
        SettingsCheck.check(
            DEFINITIONS,
            Map.of("baseUrl", "https://qms.example.com", "apiToken", ""),
            Map.of("apiToken", "saved-token"));
    assertThat(stored).containsEntry("apiToken", "saved-token");
  }

  @Test
  void secretsAreMaskedWhereverSettingsAreShown() {
    assertThat(
            SettingsCheck.masked(
                DEFINITIONS, Map.of("baseUrl", "https://qms.example.com", "apiToken", "s3")))
        .containsEntry("apiToken", "********")
        .containsEntry("baseUrl", "https://qms.example.com");
  }
}
