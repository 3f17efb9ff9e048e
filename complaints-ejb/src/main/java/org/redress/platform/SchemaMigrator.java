package org.redress.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this release needs before anything else runs. The same
 * migrations serve H2, PostgreSQL and MariaDB (a vendor folder holds the few statements that
 * differ). If a migration fails, the application does not start, so no request ever meets a
 * half-migrated schema. Flyway's own lock makes this safe when several instances start at once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  /** The column types that differ: long text, timestamps with microseconds, binary content. */
  private static final Map<String, Map<String, String>> TYPES =
      Map.of(
          "h2",
          Map.of("text", "CHARACTER VARYING", "timestamp", "TIMESTAMP(6)", "blob", "BLOB"),
          "postgresql",
          Map.of("text", "TEXT", "timestamp", "TIMESTAMP(6)", "blob", "BYTEA"),
          "mariadb",
          Map.of("text", "TEXT", "timestamp", "DATETIME(6)", "blob", "LONGBLOB"));

  @Resource(lookup = "jdbc/redress")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/vendor/" + vendor)
            // The server's own timer and batch tables may exist before the first migration.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .table("SCHEMA_HISTORY")
            .placeholders(TYPES.get(vendor))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema ("
                + vendor
                + ") at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
  }

  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("mariadb") || product.contains("mysql")) {
        return "mariadb";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("Unsupported database: " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
