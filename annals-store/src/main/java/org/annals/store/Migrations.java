package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.annals.AnnalsException;

/**
 * Brings a database's schema up to date by applying the numbered SQL files under {@code
 * org/annals/store/migrations/} that it has not had yet, each in its own transaction, and recording
 * them in {@code schema_version}.
 */
final class Migrations {
  /** In order; a new migration is added at the end and never edited once released. */
  static final List<String> ALL =
      List.of(
          "V001__articles.sql",
          "V002__actors.sql",
          "V003__quotes.sql",
          "V004__events.sql",
          "V005__event_links.sql",
          "V006__read_indexes.sql",
          "V007__fetched_at.sql",
          "V008__article_list_index.sql");

  private Migrations() {}

  static void apply(Connection c, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(32) NOT NULL)");
    }
    int current = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      if (rs.next()) {
        current = rs.getInt(1);
      }
    }
    if (current > ALL.size()) {
      throw new AnnalsException(
          "the database has schema version "
              + current
              + " but this Annals knows only "
              + ALL.size()
              + ": use a newer Annals");
    }
    if (current == ALL.size()) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      // read the version again inside the write transaction: another process may have migrated
      for (int v = version(c) + 1; v <= ALL.size(); v = version(c) + 1) {
        String name = ALL.get(v - 1);
        for (String stmt : statements(dialect.expand(read(name)))) {
          try (Statement s = c.createStatement()) {
            s.execute(stmt);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> statements(String sql) {
    StringBuilder cleaned = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        cleaned.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(cleaned.toString().split("\n;\n?"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new AnnalsException("migration " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AnnalsException("cannot read migration " + name, e);
    }
  }
}
