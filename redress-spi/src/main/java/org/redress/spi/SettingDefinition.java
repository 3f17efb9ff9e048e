package org.redress.spi;

import java.util.Objects;

/**
 * One setting a plugin needs, rendered as a field of the administrator's form.
 *
 * @param key the name it is stored and handed over under
 * @param label the field's label
 * @param help a sentence under the field
 * @param type how it is entered and checked
 * @param required whether the plugin cannot work without it
 * @param defaultValue the value used when none is given, or {@code null}
 */
public record SettingDefinition(
    String key,
    String label,
    String help,
    SettingType type,
    boolean required,
    String defaultValue) {

  public SettingDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (!key.matches("[a-zA-Z][a-zA-Z0-9.]{0,63}")) {
      throw new IllegalArgumentException("A setting key is a letter then letters, digits or dots");
    }
  }

  public static SettingDefinition required(
      String key, String label, String help, SettingType type) {
    return new SettingDefinition(key, label, help, type, true, null);
  }

  public static SettingDefinition optional(
      String key, String label, String help, SettingType type, String defaultValue) {
    return new SettingDefinition(key, label, help, type, false, defaultValue);
  }
}
