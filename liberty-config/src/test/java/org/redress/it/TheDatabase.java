package org.redress.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A direct JDBC connection to the database the test server uses, chosen by the same environment
 * variables (DB_KIND, DB_HOST, ...), for tests that must change data behind the application's back.
 */
public final class TheDatabase {

  private TheDatabase() {}

  /** Which database the test server runs on: h2 (the default), postgres or mariadb. */
  public static String kind() {
    return env("DB_KIND", "h2");
  }

  public static Connection connect() throws SQLException {
    String kind = kind();
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

  /**
   * How many other sessions wait for a lock this connection holds: a statement of the server's that
   * reached a row the test has changed and not yet committed.
   */
  public static int sessionsWaitingFor(Connection connection) throws SQLException {
    String query =
        switch (kind()) {
          case "postgres" ->
              "SELECT COUNT(*) FROM pg_stat_activity"
                  + " WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))";
          case "mariadb" ->
              "SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS w"
                  + " JOIN information_schema.INNODB_TRX t ON t.trx_id = w.blocking_trx_id"
                  + " WHERE t.trx_mysql_thread_id = CONNECTION_ID()";
          default ->
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()";
        };
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery(query)) {
      count.next();
      return count.getInt(1);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
