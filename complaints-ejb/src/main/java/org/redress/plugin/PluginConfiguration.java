package org.redress.plugin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The administrator's settings for one plugin, and whether it is on. */
@Entity
@Table(name = "PLUGIN_CONFIGURATION")
public class PluginConfiguration {

  @Id
  @Column(name = "PLUGIN_ID", length = 100)
  private String pluginId;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, length = 10)
  private PluginKind kind;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled;

  @Column(name = "SETTINGS", columnDefinition = "TEXT")
  private String settings;

  @Column(name = "NEXT_PULL_AT")
  private Instant nextPullAt;

  @Column(name = "UPDATED_BY", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  protected PluginConfiguration() {}

  /** A plugin the administrator has not configured yet: off, no settings. */
  public static PluginConfiguration unconfigured(String pluginId, PluginKind kind) {
    PluginConfiguration c = new PluginConfiguration();
    c.pluginId = pluginId;
    c.kind = kind;
    c.settings = "{}";
    return c;
  }

  /** Stores checked settings and switches the plugin on or off. */
  public void configure(boolean on, Map<String, String> values, String actor, Instant now) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(values).forEach(json::add);
    this.settings = json.build().toString();
    this.enabled = on;
    this.updatedBy = actor;
    this.updatedAt = now;
    this.nextPullAt = null;
  }

  /** The stored settings, by key. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    if (settings == null || settings.isBlank()) {
      return values;
    }
    JsonObject stored = Json.createReader(new StringReader(settings)).readObject();
    stored.forEach(
        (key, value) -> {
          if (value.getValueType() == JsonValue.ValueType.STRING) {
            values.put(key, ((JsonString) value).getString());
          }
        });
    return values;
  }

  public String pluginId() {
    return pluginId;
  }

  public long version() {
    return version;
  }

  public PluginKind kind() {
    return kind;
  }

  public boolean enabled() {
    return enabled;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
