package org.redress.plugin;

import org.redress.spi.SettingType;

/** One field of a plugin's settings form, with its stored value (a secret is never shown). */
public record SettingView(
    String key,
    String label,
    String help,
    SettingType type,
    boolean required,
    String defaultValue,
    String value,
    boolean secretSet) {}
