package org.redress.plugin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.spi.SettingDefinition;
import org.redress.spi.SettingType;

/**
 * Checks the settings an administrator entered against what the plugin declared, and works out what
 * is stored: a secret left empty keeps the one saved before, so it never has to be shown.
 */
public final class SettingsCheck {

  static final int MAX_LENGTH = 2000;

  private SettingsCheck() {}

  /**
   * The settings to store, or an {@link InvalidInputException} naming every wrong field as {@code
   * settings.<key>}. Keys the plugin does not declare are refused too.
   */
  public static Map<String, String> check(
      List<SettingDefinition> definitions, Map<String, String> given, Map<String, String> stored) {
    Map<String, String> input = given == null ? Map.of() : given;
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> result = new LinkedHashMap<>();
    for (String key : input.keySet()) {
      if (definitions.stream().noneMatch(d -> d.key().equals(key))) {
        errors.add(new FieldError(field(key), Messages.text("plugin.setting.unknown")));
      }
    }
    for (SettingDefinition definition : definitions) {
      String value = input.get(definition.key());
      value = value == null ? "" : value.strip();
      if (value.isEmpty() && definition.type() == SettingType.SECRET) {
        value = stored.getOrDefault(definition.key(), "");
      }
      if (value.isEmpty() && definition.defaultValue() != null) {
        value = definition.defaultValue();
      }
      String problem = problem(definition, value);
      if (problem != null) {
        errors.add(new FieldError(field(definition.key()), problem));
      } else if (!value.isEmpty()) {
        result.put(definition.key(), value);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return result;
  }

  /** The stored settings with every secret replaced, for pages, the API and the audit trail. */
  public static Map<String, String> masked(
      List<SettingDefinition> definitions, Map<String, String> stored) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (SettingDefinition definition : definitions) {
      String value = stored.get(definition.key());
      if (value != null) {
        shown.put(definition.key(), definition.type() == SettingType.SECRET ? "********" : value);
      }
    }
    return shown;
  }

  static String field(String key) {
    return "settings." + key;
  }

  private static String problem(SettingDefinition definition, String value) {
    if (value.isEmpty()) {
      return definition.required() ? Messages.text("plugin.setting.required") : null;
    }
    if (value.length() > MAX_LENGTH) {
      return Messages.text("plugin.setting.tooLong", MAX_LENGTH);
    }
    return switch (definition.type()) {
      case URL -> isWebAddress(value) ? null : Messages.text("plugin.setting.url");
      case NUMBER -> value.matches("-?\\d{1,9}") ? null : Messages.text("plugin.setting.number");
      case FLAG ->
          value.equals("true") || value.equals("false")
              ? null
              : Messages.text("plugin.setting.flag");
      case TEXT, SECRET -> null;
    };
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
