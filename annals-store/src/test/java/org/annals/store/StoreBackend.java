package org.annals.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's integration tests run on, for {@code @EnumSource}: an SQLite file in
 * the test's folder, and PostgreSQL when {@code ANNALS_TEST_PG_URL} names a server (as {@code
 * .ci/with-postgres} does), each test in a schema of its own that is dropped afterwards. Without
 * the variable the PostgreSQL cases are skipped with a message, except under CI, where that fails.
 */
enum StoreBackend {
  SQLITE,
  POSTGRESQL;

  static final String PG_URL_VARIABLE = "ANNALS_TEST_PG_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** An empty database of this kind; closing it removes it (a file is left to the temp dir). */
  TestDb fresh(Path dir) {
    if (this == SQLITE) {
      return new TestDb(dir.resolve("store-" + SCHEMAS.incrementAndGet() + ".db").toString(), null);
    }
    String server = System.getenv(PG_URL_VARIABLE);
    if (server == null || server.isBlank()) {
      String why =
          PG_URL_VARIABLE + " is not set: PostgreSQL case skipped (run under .ci/with-postgres)";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + "; CI must run the store's tests against PostgreSQL");
      }
      Assumptions.abort(why);
    }
    String schema = "it_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    execute(server, "CREATE SCHEMA " + schema);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDb(url, () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
  }

  static void execute(String url, String sql) {
    try (Connection c = Databases.connect(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** A database for one test: its URL (or SQLite path) for {@link ArticleStore#open}. */
  record TestDb(String url, Runnable drop) implements AutoCloseable {
    @Override
    public void close() {
      if (drop != null) {
        drop.run();
      }
    }
  }
}
