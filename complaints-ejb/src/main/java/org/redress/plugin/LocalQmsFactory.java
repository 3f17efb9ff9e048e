package org.redress.plugin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.redress.spi.PluginSettings;
import org.redress.spi.QmsConnector;
import org.redress.spi.QmsConnectorFactory;
import org.redress.spi.QmsNonconformity;
import org.redress.spi.QmsStatus;
import org.redress.spi.SettingDefinition;

/**
 * The built-in QMS: Redress's own nonconformity tables. With it, Redress is the organisation's
 * record of nonconformities; its "external" id is the nonconformity's own reference.
 */
@ApplicationScoped
public class LocalQmsFactory implements QmsConnectorFactory {

  public static final String ID = "local-qms";

  @EJB LocalQmsRecords records;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Redress local QMS";
  }

  @Override
  public String description() {
    return "Keeps nonconformities and corrective actions in Redress's own tables, for"
        + " organisations whose QMS is Redress itself.";
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of();
  }

  @Override
  public QmsConnector create(PluginSettings settings) {
    LocalQmsRecords store = records;
    return new QmsConnector() {
      @Override
      public String push(QmsNonconformity nonconformity, String externalId) {
        return nonconformity.reference();
      }

      @Override
      public Optional<QmsStatus> pullStatus(String externalId) {
        return store.status(externalId);
      }
    };
  }
}
