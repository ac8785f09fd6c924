package org.annals.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * How several processes write one SQLite file: write-ahead log, and every write transaction taken
 * with {@code BEGIN IMMEDIATE}, so that a writer waits for the lock (up to {@link
 * #BUSY_TIMEOUT_MS}) at the start of its transaction instead of failing half-way when it upgrades a
 * read lock (which SQLite refuses at once, whatever the timeout). Two {@code annals ingest} runs on
 * one file therefore take turns, article by article.
 */
final class SqliteWriters {
  /** How long a writer waits for another one's transaction before giving up. */
  static final int BUSY_TIMEOUT_MS = 120_000;

  private SqliteWriters() {}

  /** The settings above, for every connection to an SQLite store (Flyway's too). */
  static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config;
  }

  /** A one-line reason; a lock that stayed busy is said in words, not as an SQLite code. */
  static String explain(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException se && isBusy(se.getResultCode())) {
        return "the database is locked by another process (waited "
            + BUSY_TIMEOUT_MS / 1000
            + " s); run again when it is done";
      }
    }
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
  }

  private static boolean isBusy(SQLiteErrorCode code) {
    return code != null
        && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
  }
}
