package org.redress.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A plugin compiles against this jar alone: the SPI imports nothing but java.* and itself. */
class SpiDependenciesTest {

  private static final Path SOURCES =
      Path.of(System.getProperty("basedir", "."), "src/main/java/org/redress/spi");

  @Test
  void importsOnlyJavaAndItsOwnTypes() throws IOException {
    List<String> imports;
    try (Stream<Path> files = Files.list(SOURCES)) {
      imports =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(SpiDependenciesTest::lines)
              .filter(line -> line.startsWith("import "))
              .toList();
    }
    assertThat(imports).isNotEmpty();
    assertThat(imports)
        .allSatisfy(
            line ->
                assertThat(line).matches("import (static )?(java\\.|org\\.redress\\.spi\\.).*"));
  }

  @Test
  void settingKeysAreCheckedWhenAPluginDeclaresThem() {
    assertThat(SettingDefinition.required("baseUrl", "Address", "", SettingType.URL).required())
        .isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SettingDefinition.required("base url", "Address", "", SettingType.URL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsGiveTheirValuesTypedAndRequiredOnesOrAClearError() {
    PluginSettings settings =
        new PluginSettings(java.util.Map.of("timeout", "7", "verbose", "true", "blank", " "));
    assertThat(settings.number("timeout", 10)).isEqualTo(7);
    assertThat(settings.number("missing", 10)).isEqualTo(10);
    assertThat(settings.flag("verbose")).isTrue();
    assertThat(settings.get("blank")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.require("blank"))
        .hasMessage("blank is not set");
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
