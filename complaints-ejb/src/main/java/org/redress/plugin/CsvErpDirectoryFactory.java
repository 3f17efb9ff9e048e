package org.redress.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.redress.spi.ErpDirectory;
import org.redress.spi.ErpDirectoryFactory;
import org.redress.spi.PluginSettings;
import org.redress.spi.SettingDefinition;
import org.redress.spi.SettingType;

/**
 * The built-in ERP directory over the master data an ERP exports as CSV files: for organisations
 * whose ERP has no API Redress can call, or until a plugin for it is written.
 */
@ApplicationScoped
public class CsvErpDirectoryFactory implements ErpDirectoryFactory {

  public static final String ID = "erp-csv";
  static final String DIRECTORY = "directory";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "ERP export files (CSV)";
  }

  @Override
  public String description() {
    return "Looks up customers, orders, products and lots in the CSV files an ERP exports"
        + " (customers.csv, orders.csv, products.csv, lots.csv), read again when they change.";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.required(
            DIRECTORY,
            "Folder of the export files",
            "A folder on the server with customers.csv, orders.csv, products.csv and lots.csv"
                + " (each with a header row; see README)",
            SettingType.TEXT));
  }

  @Override
  public ErpDirectory create(PluginSettings settings) {
    Path folder = Path.of(settings.require(DIRECTORY));
    if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
      throw new IllegalArgumentException("The folder " + folder + " does not exist on the server");
    }
    return new CsvErpDirectory(folder);
  }
}
