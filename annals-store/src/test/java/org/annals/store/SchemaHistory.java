package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers around schema history: Flyway's table, and stores made by the pre-Flyway runner. */
final class SchemaHistory {
  /** The migration files the store ships, in order, read from the classpath folder Flyway scans. */
  static final List<String> FILES = files();

  /** Their versions as Flyway records them ("001" …). */
  static final List<String> VERSIONS =
      FILES.stream().map(f -> f.substring(1, f.indexOf("__"))).toList();

  /** The last version. */
  static final int LAST = Integer.parseInt(VERSIONS.get(VERSIONS.size() - 1));

  private static List<String> files() {
    try {
      URI folder = SchemaHistory.class.getResource("/org/annals/store/migrations").toURI();
      if (!"jar".equals(folder.getScheme())) {
        return names(Path.of(folder));
      }
      try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
        return names(jar.provider().getPath(folder));
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d{3}__.+\\.sql"))
          .sorted()
          .toList();
    }
  }

  /** The versions from {@code from} (inclusive) to the last one. */
  static List<String> versionsFrom(int from) {
    return VERSIONS.subList(from - 1, VERSIONS.size());
  }

  private SchemaHistory() {}

  /** Versions recorded as applied in Flyway's history (a baseline included), in order. */
  static List<String> applied(String db) {
    return strings(
        db,
        "SELECT version FROM "
            + Migrations.HISTORY_TABLE
            + " WHERE success ORDER BY installed_rank");
  }

  /** Flyway's type of each row ("BASELINE", "SQL"), in order. */
  static List<String> types(String db) {
    return strings(db, "SELECT type FROM " + Migrations.HISTORY_TABLE + " ORDER BY installed_rank");
  }

  static List<String> strings(String db, String sql) {
    List<String> out = new ArrayList<>();
    try (Connection c = Databases.connect(ArticleStore.jdbcUrl(db));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Makes an SQLite store as Annals did before Flyway: migrations 1 to {@code upTo} applied by the
   * old runner (its statement splitting, its type names) and recorded in {@code schema_version}.
   */
  static void legacySqliteStore(String path, int upTo) {
    // what the old runner wrote on SQLite is what the SQLite placeholders give
    Map<String, String> types = Dialect.SQLITE.placeholders();
    try (Connection c = Databases.connect(ArticleStore.jdbcUrl(path))) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name"
                + " VARCHAR(200) NOT NULL, applied_at VARCHAR(32) NOT NULL)");
      }
      for (int v = 1; v <= upTo; v++) {
        String sql = read(FILES.get(v - 1));
        for (Map.Entry<String, String> t : types.entrySet()) {
          sql = sql.replace("${" + t.getKey() + "}", t.getValue());
        }
        for (String stmt : statements(sql)) {
          try (Statement s = c.createStatement()) {
            s.execute(stmt);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO schema_version VALUES (?, ?, '2026-11-01T00:00:00Z')")) {
          p.setInt(1, v);
          p.setString(2, FILES.get(v - 1));
          p.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot make a legacy store: " + e.getMessage(), e);
    }
  }

  private static List<String> statements(String sql) {
    StringBuilder cleaned = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        cleaned.append(line).append('\n');
      }
    }
    return Arrays.stream(cleaned.toString().split("\n;\n?"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
