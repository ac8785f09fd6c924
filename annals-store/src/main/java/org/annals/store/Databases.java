package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * Where connections to a store come from, for the store itself, for Flyway and for tools that write
 * rows in bulk ({@link SyntheticStore}): SQLite with the settings of {@link SqliteWriters};
 * PostgreSQL with the URL's user and password, or {@code PGPASSWORD} from the environment when the
 * URL has none.
 */
final class Databases {
  private Databases() {}

  /** A data source for a JDBC URL of a {@link Dialect} Annals knows. */
  static DataSource dataSource(String jdbcUrl) {
    return switch (Dialect.of(jdbcUrl)) {
      case SQLITE -> {
        SQLiteDataSource ds = new SQLiteDataSource(SqliteWriters.config());
        ds.setUrl(jdbcUrl);
        yield ds;
      }
      case POSTGRESQL -> {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        String password = System.getenv("PGPASSWORD");
        if (ds.getPassword() == null && password != null && !password.isEmpty()) {
          ds.setPassword(password);
        }
        ds.setApplicationName("annals");
        yield ds;
      }
    };
  }

  /** A new connection, in autocommit mode; the caller closes it. */
  static Connection connect(String jdbcUrl) throws SQLException {
    return dataSource(jdbcUrl).getConnection();
  }

  /** The URL with any password in it replaced by {@code ***}, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(" + PGProperty.PASSWORD.getName() + "=)[^&;]*", "$1***");
  }
}
