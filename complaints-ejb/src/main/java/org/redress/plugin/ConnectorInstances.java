package org.redress.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.spi.PluginFactory;
import org.redress.spi.PluginSettings;

/**
 * The plugins made from their stored settings, kept until the settings change: a configuration
 * saved on another server instance has a new version, and the next use here makes the plugin anew.
 */
@ApplicationScoped
public class ConnectorInstances {

  private record Made(long version, Object plugin) {}

  @Inject PluginCatalog catalog;

  private final Map<String, Made> made = new ConcurrentHashMap<>();

  /** The plugin for an enabled configuration, or empty when no factory has its id here. */
  public <T> Optional<T> plugin(PluginConfiguration configuration, Class<T> type) {
    Optional<DiscoveredPlugin> discovered = catalog.find(configuration.pluginId());
    if (discovered.isEmpty()) {
      return Optional.empty();
    }
    Made current = made.get(configuration.pluginId());
    if (current == null || current.version() != configuration.version()) {
      PluginFactory<?> factory = discovered.get().factory();
      Map<String, String> values =
          SettingsCheck.check(factory.settings(), configuration.values(), configuration.values());
      current = new Made(configuration.version(), factory.create(new PluginSettings(values)));
      made.put(configuration.pluginId(), current);
    }
    return type.isInstance(current.plugin())
        ? Optional.of(type.cast(current.plugin()))
        : Optional.empty();
  }
}
