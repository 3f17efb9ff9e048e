package org.redress.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A direct JDBC connection to the database the test server uses, chosen by the same environment
 * variables (DB_KIND, DB_HOST, ...), for tests that must change data behind the application's back.
 */
public final class TheDatabase {

  private TheDatabase() {}

  public static Connection connect() throws SQLException {
    String kind = env("DB_KIND", "h2");
    String host = env("DB_HOST", "localhost");
    String name = env("DB_NAME", "redress");
    String user = env("DB_USER", "redress");
    String password = env("DB_PASSWORD", "");
    return switch (kind) {
      case "postgres" ->
          DriverManager.getConnection(
              "jdbc:postgresql://" + host + ":" + env("DB_PORT", "5432") + "/" + name,
              user,
              password);
      case "mariadb" ->
          DriverManager.getConnection(
              "jdbc:mariadb://" + host + ":" + env("DB_PORT", "3306") + "/" + name, user, password);
      default ->
          DriverManager.getConnection(
              "jdbc:h2:" + System.getProperty("redress.h2.path") + ";AUTO_SERVER=TRUE",
              "redress",
              "redress");
    };
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
