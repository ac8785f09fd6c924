package org.annals.store;

import java.util.Map;
import org.annals.ConfigException;

/** What differs between the databases Annals runs on: type names in migrations. */
enum Dialect {
  SQLITE(Map.of("BINARY", "BLOB", "TEXT", "TEXT")),
  POSTGRESQL(Map.of("BINARY", "BYTEA", "TEXT", "TEXT"));

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
            + jdbcUrl
            + "': use a file path, jdbc:sqlite:… or jdbc:postgresql:…");
  }

  String expand(String sql) {
    String out = sql;
    for (Map.Entry<String, String> e : types.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
