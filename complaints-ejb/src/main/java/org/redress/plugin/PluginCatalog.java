package org.redress.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redress.spi.ErpDirectoryFactory;
import org.redress.spi.PluginFactory;
import org.redress.spi.QmsConnectorFactory;

/**
 * The plugins this server has: factories that are CDI beans (the built-in ones, and plugin jars
 * with a {@code beans.xml}), then those {@link ServiceLoader} finds through the application's class
 * loader, which sees the EAR's {@code lib/} and the server's plugin library. A factory is taken
 * once, by its id; a second factory with an id already taken is left out with a warning.
 */
@ApplicationScoped
public class PluginCatalog {

  private static final Logger LOG = Logger.getLogger(PluginCatalog.class.getName());
  static final String BUILT_IN = "built-in";

  @Inject @Any Instance<QmsConnectorFactory> qmsBeans;

  @Inject @Any Instance<ErpDirectoryFactory> erpBeans;

  private volatile List<DiscoveredPlugin> plugins;

  /** Every plugin, QMS connectors first, each kind by priority (highest first), then id. */
  public List<DiscoveredPlugin> all() {
    List<DiscoveredPlugin> found = plugins;
    if (found == null) {
      synchronized (this) {
        if (plugins == null) {
          plugins = discover();
        }
        found = plugins;
      }
    }
    return found;
  }

  public Optional<DiscoveredPlugin> find(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private List<DiscoveredPlugin> discover() {
    Map<String, DiscoveredPlugin> byId = new LinkedHashMap<>();
    qmsBeans.forEach(f -> add(byId, PluginKind.QMS, f));
    erpBeans.forEach(f -> add(byId, PluginKind.ERP, f));
    ClassLoader loader = applicationClassLoader();
    load(byId, PluginKind.QMS, QmsConnectorFactory.class, loader);
    load(byId, PluginKind.ERP, ErpDirectoryFactory.class, loader);
    List<DiscoveredPlugin> sorted = new ArrayList<>(byId.values());
    sorted.sort(
        Comparator.comparing(DiscoveredPlugin::kind)
            .thenComparing(p -> -p.factory().priority())
            .thenComparing(DiscoveredPlugin::id));
    sorted.forEach(
        p -> LOG.info(() -> "Plugin " + p.id() + " (" + p.kind() + ") found, from " + p.origin()));
    return List.copyOf(sorted);
  }

  private static <F extends PluginFactory<?>> void load(
      Map<String, DiscoveredPlugin> byId, PluginKind kind, Class<F> type, ClassLoader loader) {
    try {
      for (F factory : ServiceLoader.load(type, loader)) {
        add(byId, kind, factory);
      }
    } catch (ServiceConfigurationError broken) {
      LOG.log(Level.WARNING, "A " + kind + " plugin could not be loaded and is left out", broken);
    }
  }

  private static void add(
      Map<String, DiscoveredPlugin> byId, PluginKind kind, PluginFactory<?> factory) {
    String id = factory.id();
    DiscoveredPlugin taken = byId.get(id);
    if (taken == null) {
      byId.put(id, new DiscoveredPlugin(kind, factory, origin(factory)));
    } else if (!taken.factory().getClass().getName().equals(factory.getClass().getName())) {
      LOG.warning(
          () ->
              "Two plugins have the id "
                  + id
                  + ": "
                  + taken.factory().getClass().getName()
                  + " is used, "
                  + factory.getClass().getName()
                  + " is left out");
    }
  }

  private static String origin(PluginFactory<?> factory) {
    Class<?> type = factory.getClass();
    if (type.getPackageName().equals(PluginCatalog.class.getPackageName())) {
      return BUILT_IN;
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return type.getName();
    }
    String path = location.getPath();
    int slash = path.replaceAll("/+$", "").lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1).replaceAll("!?/+$", "");
  }

  private static ClassLoader applicationClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : PluginCatalog.class.getClassLoader();
  }
}
