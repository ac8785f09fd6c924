package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  ActorReads(Connection c) {
    this.c = c;
  }

  /** The three parameters of {@link #MATCHING_IDS} for a search. */
  static List<String> searchArgs(String search) {
    String s = search.toLowerCase(Locale.ROOT);
    String like = "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return List.of(s, like, like);
  }

  /** Actors with at least one mention, most mentioned first; a page of them. */
  Page<StoredActor> actors(String search, int limit, int offset) throws SQLException {
    String where = search == null ? "" : " WHERE a.id IN (" + MATCHING_IDS + ")";
    List<String> args = search == null ? List.of() : searchArgs(search);
    int total;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT COUNT(*) FROM actors a"
                + where
                + (where.isEmpty() ? " WHERE" : " AND")
                + " EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)")) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        total = rs.next() ? rs.getInt(1) : 0;
      }
    }
    String sql =
        "SELECT a.id, a.name, a.kind, a.country, a.sectors, a.known, COUNT(m.actor_id) AS n"
            + " FROM actors a JOIN mentions m ON m.actor_id = a.id"
            + where
            + " GROUP BY a.id, a.name, a.kind, a.country, a.sectors, a.known"
            + " ORDER BY n DESC, a.name, a.id LIMIT ? OFFSET ?";
    List<StoredActor> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      p.setInt(args.size() + 1, limit);
      p.setInt(args.size() + 2, offset);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          boolean known = rs.getInt(6) == 1;
          String sectors = rs.getString(5);
          out.add(
              new StoredActor(
                  id,
                  shownName(id, rs.getString(2), known),
                  rs.getString(3),
                  rs.getString(4),
                  sectors == null || sectors.isEmpty() ? List.of() : List.of(sectors.split(",")),
                  strings("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", id),
                  roles(id),
                  rs.getInt(7),
                  known,
                  strings(
                      "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id",
                      id)));
        }
      }
    }
    return new Page<>(out, total, limit, offset);
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
                + " GROUP BY text ORDER BY n DESC, LENGTH(text) DESC")) {
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
                + " WHERE actor_id = ? ORDER BY from_date, article_id, title")) {
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

  static void bind(PreparedStatement p, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setString(i + 1, args.get(i));
    }
  }
}
