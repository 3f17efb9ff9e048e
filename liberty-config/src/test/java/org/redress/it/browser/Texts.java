package org.redress.it.browser;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The page texts of one language, read from the web module's message bundles, so that the tests
 * expect exactly what a user reads. Each language is read from its own file without falling back to
 * English: a German key that is missing fails the test instead of passing on the English text.
 */
final class Texts {

  private static final Path BUNDLES =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../complaints-web/src/main/resources/org/redress/web")
          .normalize();

  private final Properties texts = new Properties();
  private final Locale locale;

  private Texts(String file, Locale locale) {
    this.locale = locale;
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the page texts " + file, e);
    }
  }

  static Texts english() {
    return new Texts("messages.properties", Locale.ENGLISH);
  }

  static Texts german() {
    return new Texts("messages_de.properties", Locale.GERMAN);
  }

  /** The text of a key; fails when the bundle lacks it. */
  String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("No text " + key + " for " + locale);
    }
    return text;
  }

  /** A text with its {0}, {1}… placeholders filled in, as h:outputFormat shows it. */
  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }
}
