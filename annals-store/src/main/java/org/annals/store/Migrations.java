package org.annals.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.annals.AnnalsException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema up to date with Flyway: the numbered SQL files under {@code
 * org/annals/store/migrations/} ({@code V001__articles.sql} …), each applied once in its own
 * transaction and recorded with its checksum in {@code flyway_schema_history}. A new migration is
 * added at the end and never edited once released.
 *
 * <p>Stores made before Flyway recorded their migrations in {@code schema_version} (version, name,
 * applied_at). Such a store is baselined at its highest version there, so Flyway applies only the
 * later files; {@code schema_version} itself is left as it was.
 *
 * <p>Concurrent first opens: on PostgreSQL Flyway takes an advisory lock; on SQLite, which Flyway
 * does not lock, each of its transactions starts with {@code BEGIN IMMEDIATE} (see {@link
 * SqliteWriters}), so a second process waits for the first one's migration, and the rare loser of
 * the race to create the history table tries again.
 */
final class Migrations {
  /** Where the migrations are, for Flyway. */
  static final String LOCATION = "classpath:org/annals/store/migrations";

  /** The table in which stores made before Flyway recorded their migrations. */
  static final String LEGACY_TABLE = "schema_version";

  static final String HISTORY_TABLE = "flyway_schema_history";

  private static final int ATTEMPTS = 5;

  /**
   * Flyway reports every step at INFO ("Migrating schema … to version …"): noise on a user's
   * terminal and in machine-read output. Warnings and errors still show. Held here so the setting
   * is not collected with its logger.
   */
  private static final java.util.logging.Logger FLYWAY_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  private Migrations() {}

  /**
   * Migrates the database behind {@code ds}; {@code c} is a connection to the same database, used
   * to look for a pre-Flyway history.
   */
  static void apply(DataSource ds, Connection c, Dialect dialect) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        migrate(ds, c, dialect);
        return;
      } catch (FlywayException e) {
        if (attempt == ATTEMPTS || dialect != Dialect.SQLITE) {
          throw new AnnalsException("cannot migrate the database: " + oneLine(e), e);
        }
        sleep(100L * attempt); // another process was creating the schema at the same moment
      }
    }
  }

  private static void migrate(DataSource ds, Connection c, Dialect dialect) throws SQLException {
    FluentConfiguration config =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(ds)
            // java.util.logging whatever else the class path has, quiet below WARNING (FLYWAY_LOG)
            .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
            .locations(LOCATION)
            .table(HISTORY_TABLE)
            .placeholders(dialect.placeholders())
            .failOnMissingLocations(true)
            .validateMigrationNaming(true);
    Integer legacy = legacyVersion(c);
    if (legacy != null) {
      config =
          config
              .baselineOnMigrate(true)
              .baselineVersion(String.format("%03d", legacy))
              .baselineDescription("migrations 1 to " + legacy + " recorded in " + LEGACY_TABLE);
    }
    Flyway flyway = config.load();
    MigrationInfo[] all = flyway.info().all();
    int known = (int) java.util.Arrays.stream(all).filter(m -> m.getState().isResolved()).count();
    if (legacy != null && legacy > known) {
      throw newerStore(legacy, known);
    }
    for (MigrationInfo m : all) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED) {
        throw newerStore(Integer.parseInt(m.getVersion().getVersion()), known);
      }
    }
    flyway.migrate();
  }

  private static AnnalsException newerStore(int version, int known) {
    return new AnnalsException(
        "the database has schema version "
            + version
            + " but this Annals knows only "
            + known
            + ": use a newer Annals");
  }

  /**
   * The highest version in a pre-Flyway {@code schema_version} table, or null when there is none or
   * Flyway's history exists already (the store was baselined before).
   */
  static Integer legacyVersion(Connection c) throws SQLException {
    if (!hasTable(c, LEGACY_TABLE) || hasTable(c, HISTORY_TABLE)) {
      return null;
    }
    int v;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + LEGACY_TABLE)) {
      v = rs.next() ? rs.getInt(1) : 0;
    }
    if (v == 0) {
      // the old runner created its table, then its first migration failed: nothing to keep
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + LEGACY_TABLE);
      }
      return null;
    }
    return v;
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
      return rs.next();
    }
  }

  private static String oneLine(Exception e) {
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted while migrating the database", e);
    }
  }
}
