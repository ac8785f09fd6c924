package org.annals.store;

import java.util.Map;
import org.annals.ConfigException;

/**
 * What differs between the databases Annals runs on: the type names that the migrations write as
 * Flyway placeholders ({@code ${TEXT}}, {@code ${BINARY}}, {@code ${REAL}}). {@code REAL} is an
 * 8-byte float on SQLite but a 4-byte one on PostgreSQL, so PostgreSQL gets {@code DOUBLE
 * PRECISION}: scores and Goldstein values read back the same from both. And the text columns of the
 * article indexes ({@code ${INDEXED_SOURCE}}, {@code ${INDEXED_TITLE}}): a PostgreSQL index row
 * holds at most 2,704 bytes, so there they are indexed by their first 200 characters, which is all
 * a listing's order needs; SQLite indexes them whole.
 */
enum Dialect {
  SQLITE(
      Map.of(
          "BINARY", "BLOB",
          "TEXT", "TEXT",
          "REAL", "REAL",
          "INDEXED_SOURCE", "source",
          "INDEXED_TITLE", "title")),
  POSTGRESQL(
      Map.of(
          "BINARY", "BYTEA",
          "TEXT", "TEXT",
          "REAL", "DOUBLE PRECISION",
          "INDEXED_SOURCE", "(LEFT(source, 200))",
          "INDEXED_TITLE", "(LEFT(title, 200))"));

  private final Map<String, String> types;

  Dialect(Map<String, String> types) {
    this.types = types;
  }

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new ConfigException(
        "unsupported database URL '"
            + Databases.redact(jdbcUrl)
            + "': use a file path, jdbc:sqlite:… or jdbc:postgresql:…");
  }

  /** The migrations' placeholders and this database's values for them. */
  Map<String, String> placeholders() {
    return types;
  }
}
