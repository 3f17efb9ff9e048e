package org.redress.spi;

import java.util.Map;
import java.util.Optional;

/**
 * The settings the administrator saved for a plugin, already checked against its {@link
 * SettingDefinition}s, with the defaults filled in.
 *
 * @param values the value of each setting that has one
 */
public record PluginSettings(Map<String, String> values) {

  public PluginSettings {
    values = Map.copyOf(values);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  /** A setting the factory declared as required. */
  public String require(String key) {
    return get(key).orElseThrow(() -> new IllegalArgumentException(key + " is not set"));
  }

  public int number(String key, int fallback) {
    return get(key).map(Integer::parseInt).orElse(fallback);
  }

  public boolean flag(String key) {
    return get(key).map(Boolean::parseBoolean).orElse(false);
  }
}
