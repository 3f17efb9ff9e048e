package org.redress.plugins.qmsrest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.redress.spi.PluginSettings;
import org.redress.spi.QmsConnector;
import org.redress.spi.QmsConnectorFactory;
import org.redress.spi.SettingDefinition;
import org.redress.spi.SettingType;

/** Makes the REST QMS connector from the administrator's settings. */
public final class RestQmsConnectorFactory implements QmsConnectorFactory {

  static final String BASE_URL = "baseUrl";
  static final String API_TOKEN = "apiToken";
  static final String TIMEOUT = "timeoutSeconds";

  @Override
  public String id() {
    return "qms-rest";
  }

  @Override
  public String displayName() {
    return "REST QMS connector";
  }

  @Override
  public String description() {
    return "Pushes nonconformities and their corrective actions to a QMS with a REST/JSON API"
        + " and pulls their status back.";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.required(
            BASE_URL,
            "QMS API address",
            "The address the QMS's nonconformity API lives under, e.g."
                + " https://qms.example.com/api/v1",
            SettingType.URL),
        SettingDefinition.optional(
            API_TOKEN,
            "API token",
            "Sent as a bearer token; leave empty to keep the saved one",
            SettingType.SECRET,
            null),
        SettingDefinition.optional(
            TIMEOUT,
            "Timeout (seconds)",
            "How long one call may take before it is tried again later",
            SettingType.NUMBER,
            "10"));
  }

  @Override
  public QmsConnector create(PluginSettings settings) {
    int seconds = settings.number(TIMEOUT, 10);
    if (seconds < 1 || seconds > 300) {
      throw new IllegalArgumentException(TIMEOUT + " must be between 1 and 300");
    }
    String base = settings.require(BASE_URL).replaceAll("/+$", "");
    return new RestQmsConnector(
        URI.create(base + "/"), settings.get(API_TOKEN).orElse(null), Duration.ofSeconds(seconds));
  }
}
