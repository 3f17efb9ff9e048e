package org.redress.plugin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.outbox.Outbox;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.security.Roles;
import org.redress.spi.PluginFactory;
import org.redress.spi.PluginSettings;
import org.redress.spi.SettingDefinition;
import org.redress.spi.SettingType;

/**
 * The administrator's connector list: every plugin this server found, its settings form, and
 * switching it on or off. Configuration changes land in the audit trail with secrets masked.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class Connectors {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @Inject PluginCatalog catalog;

  @EJB AuditTrail audit;

  @EJB Outbox outbox;

  @Resource SessionContext context;

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR})
  public List<ConnectorView> list() {
    Map<String, PluginConfiguration> configurations = new LinkedHashMap<>();
    em.createQuery("SELECT c FROM PluginConfiguration c", PluginConfiguration.class)
        .getResultList()
        .forEach(c -> configurations.put(c.pluginId(), c));
    return catalog.all().stream().map(p -> view(p, configurations.get(p.id()))).toList();
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.QMS_ADMIN, Roles.MANAGER, Roles.AUDITOR})
  public ConnectorView find(String id) {
    DiscoveredPlugin plugin = plugin(id);
    return view(plugin, em.find(PluginConfiguration.class, id));
  }

  /**
   * Saves a plugin's settings and switches it on or off. The settings are checked against what the
   * plugin declared, and an enabled plugin must accept them ({@code create} succeeds).
   */
  public ConnectorView configure(String id, ConfigureConnector input) {
    DiscoveredPlugin plugin = plugin(id);
    validator.check(input);
    PluginConfiguration configuration =
        em.find(PluginConfiguration.class, id, LockModeType.PESSIMISTIC_WRITE);
    boolean isNew = configuration == null;
    if (isNew) {
      configuration = PluginConfiguration.unconfigured(id, plugin.kind());
    }
    PluginFactory<?> factory = plugin.factory();
    Map<String, String> stored = configuration.values();
    Map<String, String> values = SettingsCheck.check(factory.settings(), input.settings(), stored);
    if (input.enabled()) {
      try {
        factory.create(new PluginSettings(values));
      } catch (IllegalArgumentException | IllegalStateException refused) {
        throw new InvalidInputException(
            "settings", Messages.text("plugin.setting.rejected", refused.getMessage()));
      }
    }
    Map<String, Object> before = isNew ? Map.of() : state(factory, configuration);
    String actor = context.getCallerPrincipal().getName();
    configuration.configure(input.enabled(), values, actor, clock.instant());
    if (isNew) {
      em.persist(configuration);
    }
    em.flush();
    audit.recordChange("Connector", id, "CONFIGURE", actor, before, state(factory, configuration));
    return view(plugin, configuration);
  }

  /** Asks an enabled QMS connector for the status of every record it holds, in the background. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.QMS_ADMIN})
  public void pullNow(String id) {
    DiscoveredPlugin plugin = plugin(id);
    PluginConfiguration configuration = em.find(PluginConfiguration.class, id);
    if (plugin.kind() != PluginKind.QMS || configuration == null || !configuration.enabled()) {
      throw new RuleViolationException(
          "enabled-qms-connector", Messages.text("plugin.pullNeedsEnabledQms", id));
    }
    outbox.enqueue(QualitySync.PULL, id, id, null);
  }

  private DiscoveredPlugin plugin(String id) {
    return catalog
        .find(id == null ? "" : id)
        .orElseThrow(() -> new RecordNotFoundException("Connector", id));
  }

  private static Map<String, Object> state(
      PluginFactory<?> factory, PluginConfiguration configuration) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("enabled", configuration.enabled());
    SettingsCheck.masked(factory.settings(), configuration.values())
        .forEach((key, value) -> state.put("settings." + key, value));
    return state;
  }

  private static ConnectorView view(DiscoveredPlugin plugin, PluginConfiguration configuration) {
    PluginFactory<?> factory = plugin.factory();
    Map<String, String> stored = configuration == null ? Map.of() : configuration.values();
    List<SettingView> settings =
        factory.settings().stream().map(d -> setting(d, stored.get(d.key()))).toList();
    return new ConnectorView(
        factory.id(),
        plugin.kind(),
        factory.displayName(),
        factory.description(),
        factory.priority(),
        plugin.origin(),
        configuration != null && configuration.enabled(),
        settings,
        configuration == null ? null : configuration.updatedBy(),
        configuration == null ? null : configuration.updatedAt());
  }

  private static SettingView setting(SettingDefinition d, String value) {
    boolean secret = d.type() == SettingType.SECRET;
    return new SettingView(
        d.key(),
        d.label(),
        d.help(),
        d.type(),
        d.required(),
        d.defaultValue(),
        secret ? null : value,
        secret && value != null && !value.isEmpty());
  }
}
