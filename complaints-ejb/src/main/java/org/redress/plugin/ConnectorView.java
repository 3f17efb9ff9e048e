package org.redress.plugin;

import java.time.Instant;
import java.util.List;

/** A plugin in the administrator's connector list, with its settings form. */
public record ConnectorView(
    String id,
    PluginKind kind,
    String name,
    String description,
    int priority,
    String origin,
    boolean enabled,
    List<SettingView> settings,
    String updatedBy,
    Instant updatedAt) {}
