package org.redress.benchmark;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's own PostgreSQL database: created afresh for each run, migrated with the
 * application's Flyway migrations exactly as the server's {@code SchemaMigrator} runs them, and
 * opened with the application's persistence unit (EclipseLink outside the server).
 */
final class BenchmarkDatabase {

  private static final Logger LOG = Logger.getLogger(BenchmarkDatabase.class.getName());

  /**
   * The column types SchemaMigrator gives the migrations on PostgreSQL (BenchmarkDatabaseTest
   * checks they are still the server's).
   */
  static final Map<String, String> POSTGRES_PLACEHOLDERS =
      Map.of("text", "TEXT", "timestamp", "TIMESTAMP(6)", "blob", "BYTEA");

  private final Settings settings;

  BenchmarkDatabase(Settings settings) {
    this.settings = settings;
  }

  /** Drops the database if it is there and creates it empty. */
  void recreate() throws SQLException {
    if (!settings.dbName().matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + settings.dbName());
    }
    try (Connection admin =
            DriverManager.getConnection(
                settings.jdbcUrl("postgres"), settings.dbUser(), settings.dbPassword());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + settings.dbName() + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + settings.dbName() + " ENCODING 'UTF8'");
    }
    LOG.info(() -> "Created the empty database " + settings.dbName());
  }

  /** Brings the schema to the application's version with its own migrations. */
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())
            .locations("classpath:db/migration/common", "classpath:db/migration/vendor/postgresql")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .table("SCHEMA_HISTORY")
            .placeholders(POSTGRES_PLACEHOLDERS)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations)");
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
  }

  /** The application's persistence unit, outside the server, on this database. */
  EntityManagerFactory persistenceUnit() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    properties.put("jakarta.persistence.jdbc.url", settings.jdbcUrl());
    properties.put("jakarta.persistence.jdbc.user", settings.dbUser());
    properties.put("jakarta.persistence.jdbc.password", settings.dbPassword());
    properties.put("eclipselink.weaving", "false");
    properties.put("eclipselink.logging.level", "WARNING");
    return Persistence.createEntityManagerFactory("redress", properties);
  }

  /** One number a query answers. */
  static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The database server's version, for the report. */
  static String version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return "PostgreSQL " + rows.getString(1);
    }
  }
}
