package org.redress.plugin;

import org.redress.spi.PluginFactory;

/**
 * A plugin factory Redress found.
 *
 * @param kind what it connects to
 * @param factory the factory itself
 * @param origin where it came from: "built-in", or the jar it was loaded from
 */
public record DiscoveredPlugin(PluginKind kind, PluginFactory<?> factory, String origin) {

  public String id() {
    return factory.id();
  }
}
