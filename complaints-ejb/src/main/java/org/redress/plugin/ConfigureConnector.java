package org.redress.plugin;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The administrator's settings for a plugin. A secret left out or empty keeps the one saved before.
 *
 * @param enabled whether Redress uses the plugin
 * @param settings the values by setting key
 */
public record ConfigureConnector(@NotNull Boolean enabled, Map<String, String> settings) {}
