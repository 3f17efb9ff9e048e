package org.redress.spi;

import java.util.List;

/**
 * What every plugin factory tells Redress about itself, and how it makes the plugin from the
 * administrator's settings.
 *
 * @param <T> the kind of plugin it makes
 */
public interface PluginFactory<T> {

  /** A stable id, lower case with dashes (e.g. {@code qms-rest}); settings are stored under it. */
  String id();

  /** The name the administrator sees in the connector list. */
  String displayName();

  /** One sentence on what the plugin connects to. */
  String description();

  /**
   * Where more than one plugin of a kind is enabled, the higher priority comes first (for an ERP
   * directory: the one that answers).
   */
  default int priority() {
    return 0;
  }

  /** The settings the administrator fills in, in the order of the form. */
  List<SettingDefinition> settings();

  /**
   * Makes the plugin. Redress checks the settings against {@link #settings()} first (required ones
   * present, numbers and addresses well formed), so this only needs to reject what only the plugin
   * can know, with an {@link IllegalArgumentException} naming the setting.
   */
  T create(PluginSettings settings);
}
