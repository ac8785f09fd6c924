package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.ActorNames;
import org.annals.store.read.Page;
import org.annals.store.read.RoleRecord;

/** The actor queries of the store: listing, search, names to show. */
final class ActorReads {
  /**
   * Ids of actors whose id is the search, or whose name or an alias contains it
   * (case-insensitively); three parameters, all {@link #searchArgs}.
   */
  static final String MATCHING_IDS =
      "SELECT a.id FROM actors a WHERE LOWER(a.id) = ? OR LOWER(a.name) LIKE ? ESCAPE '\\'"
          + " UNION SELECT actor_id FROM actor_aliases WHERE LOWER(alias) LIKE ? ESCAPE '\\'";

  private final Connection c;
  private final Map<String, String> shownNames = new HashMap<>();
  private final boolean sqlite;
  private List<Map.Entry<String, Integer>> ranked;
  private long generation;

  ActorReads(Connection c) {
    this.c = c;
    boolean s;
    try {
      s = c.getMetaData().getURL().startsWith("jdbc:sqlite:");
    } catch (SQLException e) {
      s = false;
    }
    this.sqlite = s;
  }

  /** The three parameters of {@link #MATCHING_IDS} for a search. */
  static List<String> searchArgs(String search) {
    String s = search.toLowerCase(Locale.ROOT);
    String like = "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return List.of(s, like, like);
  }

  /** Actors with at least one mention, most mentioned first; a page of them. */
  Page<StoredActor> actors(String search, int limit, int offset) throws SQLException {
    List<Map.Entry<String, Integer>> ranked = ranked();
    if (search != null) {
      Set<String> ids = new HashSet<>();
      try (PreparedStatement p = c.prepareStatement(MATCHING_IDS)) {
        Sql.bind(p, searchArgs(search));
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      ranked = ranked.stream().filter(e -> ids.contains(e.getKey())).toList();
    }
    List<StoredActor> out = new ArrayList<>();
    int end = (int) Math.min(ranked.size(), (long) offset + limit);
    for (int i = offset; i < end; i++) {
      stored(ranked.get(i).getKey(), ranked.get(i).getValue()).ifPresent(out::add);
    }
    return new Page<>(out, ranked.size(), limit, offset);
  }

  /** The actor with exactly this id, when it has mentions. */
  Optional<StoredActor> actor(String id) throws SQLException {
    for (Map.Entry<String, Integer> e : ranked()) {
      if (e.getKey().equals(id)) {
        return stored(id, e.getValue());
      }
    }
    return Optional.empty();
  }

  private Optional<StoredActor> stored(String id, int mentions) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT name, kind, country, sectors, known FROM actors WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        boolean known = rs.getInt(5) == 1;
        String sectors = rs.getString(4);
        return Optional.of(
            new StoredActor(
                id,
                shownName(id, rs.getString(1), known),
                rs.getString(2),
                rs.getString(3),
                sectors == null || sectors.isEmpty() ? List.of() : List.of(sectors.split(",")),
                strings("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", id),
                roles(id),
                mentions,
                known,
                strings(
                    "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id",
                    id)));
      }
    }
  }

  /**
   * Every actor with mentions and their number, most mentioned first, then by name: counted once
   * per state of the database (a commit by any writer makes it count again).
   */
  private List<Map.Entry<String, Integer>> ranked() throws SQLException {
    long now = generation();
    if (ranked == null || now != generation) {
      shownNames.clear();
      List<Map.Entry<String, Integer>> out = new ArrayList<>();
      try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT a.id, n.cnt FROM (SELECT actor_id, COUNT(*) AS cnt FROM mentions"
                      + " GROUP BY actor_id) n JOIN actors a ON a.id = n.actor_id"
                      + " ORDER BY n.cnt DESC, a.name, a.id");
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(Map.entry(rs.getString(1), rs.getInt(2)));
        }
      }
      ranked = out;
      generation = now;
    }
    return ranked;
  }

  /**
   * A number that changes whenever another connection commits: SQLite's data_version; elsewhere the
   * number of mentions and articles, which every ingest changes.
   */
  private long generation() throws SQLException {
    String sql =
        sqlite
            ? "PRAGMA data_version"
            : "SELECT (SELECT COUNT(*) FROM mentions) * 1000003 + (SELECT COUNT(*) FROM articles)";
    try (PreparedStatement p = c.prepareStatement(sql);
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** The name an actor is shown under: the knowledge base's, or the full name used most. */
  String shownName(String id, String stored, boolean known) throws SQLException {
    if (id == null || stored == null || known) {
      return stored;
    }
    String cached = shownNames.get(id);
    if (cached == null) {
      cached = mostUsedName(id, stored);
      shownNames.put(id, cached);
    }
    return cached;
  }

  /** A discovered actor goes by the full name the articles use most ("Ismail Haniyeh"). */
  private String mostUsedName(String id, String stored) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT text, COUNT(*) AS n FROM mentions WHERE actor_id = ? AND rule IN ('name', 'discovered')"
                + " GROUP BY text ORDER BY n DESC, LENGTH(text) DESC, text")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String t = ActorNames.withoutHonorifics(rs.getString(1));
          if (t.contains(" ") || !stored.contains(" ")) {
            return t;
          }
        }
      }
    }
    return stored;
  }

  private List<RoleRecord> roles(String id) throws SQLException {
    List<RoleRecord> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT title, of_actor, sector, from_date, to_date, article_id, source FROM actor_roles"
                + " WHERE actor_id = ? ORDER BY from_date IS NULL DESC, from_date, article_id IS NULL DESC, article_id, title")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          RoleRecord r =
              new RoleRecord(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7));
          if (!out.contains(r)) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  private List<String> strings(String sql, String arg) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
