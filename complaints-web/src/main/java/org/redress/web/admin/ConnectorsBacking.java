package org.redress.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redress.platform.BusinessException;
import org.redress.plugin.ConfigureConnector;
import org.redress.plugin.ConnectorView;
import org.redress.plugin.Connectors;
import org.redress.plugin.SettingView;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/connectors.xhtml}: the plugins this server found, and the settings form of
 * the one chosen, built from the settings the plugin declares.
 */
@Named
@ViewScoped
public class ConnectorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Connectors connectors;

  private String id;
  private List<ConnectorView> items = List.of();
  private ConnectorView selected;
  private boolean enabled;
  private final Map<String, String> values = new HashMap<>();

  /** Runs on every request for the page: the list, and the chosen plugin's form. */
  public void load() {
    items = connectors.list();
    selected =
        id == null ? null : items.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    if (selected != null) {
      enabled = selected.enabled();
      values.clear();
      for (SettingView s : selected.settings()) {
        values.put(s.key(), s.value() != null ? s.value() : "");
      }
    }
  }

  public void save() {
    try {
      ConnectorView saved = connectors.configure(id, new ConfigureConnector(enabled, values));
      FormErrors.info("connectors.saved", saved.name());
      load();
    } catch (BusinessException refused) {
      Map<String, String> fields = new HashMap<>();
      List<SettingView> settings = selected.settings();
      for (int i = 0; i < settings.size(); i++) {
        SettingView setting = settings.get(i);
        String input =
            switch (setting.type()) {
              case SECRET -> "secret";
              case FLAG -> "flag";
              default -> "text";
            };
        fields.put("settings." + setting.key(), "fields:" + i + ":" + input);
      }
      fields.put("enabled", "enabled");
      FormErrors.show(refused, "settingsForm", fields);
    }
  }

  public void pullNow() {
    try {
      connectors.pullNow(id);
      FormErrors.info("connectors.pullQueued");
    } catch (BusinessException refused) {
      FormErrors.show(refused, "settingsForm", Map.of());
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<ConnectorView> getItems() {
    return items;
  }

  public ConnectorView getSelected() {
    return selected;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Map<String, String> getValues() {
    return values;
  }
}
