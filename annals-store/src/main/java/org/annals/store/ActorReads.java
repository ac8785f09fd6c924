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

  /** Actors read per query: well under the bound parameters SQLite and PostgreSQL allow. */
  private static final int CHUNK = 500;

  private final Connection c;
  private final Map<String, String> shownNames = new HashMap<>();

  /**
   * The articles of each actor read so far, for this state of the database (cleared with {@link
   * #ranked}): an actor of a busy store is in hundreds of articles, and a page of fifty such actors
   * is tens of thousands of rows to read again for every request.
   */
  private final Map<String, List<String>> articlesOf = new HashMap<>();

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
    List<Map.Entry<String, Integer>> ranked = matching(search);
    int end = (int) Math.min(ranked.size(), (long) offset + limit);
    List<StoredActor> out = new ArrayList<>();
    for (int from = offset; from < end; from += CHUNK) {
      out.addAll(stored(ranked.subList(from, Math.min(end, from + CHUNK))));
    }
    return new Page<>(out, ranked.size(), limit, offset);
  }

  /** The actors with mentions that the search finds (all for null), most mentioned first. */
  private List<Map.Entry<String, Integer>> matching(String search) throws SQLException {
    List<Map.Entry<String, Integer>> ranked = ranked();
    if (search == null) {
      return ranked;
    }
    Set<String> ids = new HashSet<>();
    try (PreparedStatement p = c.prepareStatement(MATCHING_IDS)) {
      Sql.bind(p, searchArgs(search));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ranked.stream().filter(e -> ids.contains(e.getKey())).toList();
  }

  /**
   * The name shown for the most mentioned actor the search finds, without reading its aliases,
   * roles and articles: what a timeline lane is labelled with.
   */
  Optional<String> firstName(String search) throws SQLException {
    List<Map.Entry<String, Integer>> found = matching(search);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String id = found.get(0).getKey();
    try (PreparedStatement p = c.prepareStatement("SELECT name, known FROM actors WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next()
            ? Optional.ofNullable(shownName(id, rs.getString(1), rs.getInt(2) == 1))
            : Optional.empty();
      }
    }
  }

  /** The actor with exactly this id, when it has mentions. */
  Optional<StoredActor> actor(String id) throws SQLException {
    for (Map.Entry<String, Integer> e : ranked()) {
      if (e.getKey().equals(id)) {
        return stored(List.of(e)).stream().findFirst();
      }
    }
    return Optional.empty();
  }

  /**
   * The actors of a page (ids with their mention counts), in that order: one query per table for
   * the whole page, not one per actor and table.
   */
  private List<StoredActor> stored(List<Map.Entry<String, Integer>> page) throws SQLException {
    List<String> ids = page.stream().map(Map.Entry::getKey).toList();
    Map<String, List<String>> aliases =
        grouped(
            "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN", ids, " ORDER BY 1, 2");
    List<String> unread = ids.stream().filter(id -> !articlesOf.containsKey(id)).toList();
    if (!unread.isEmpty()) {
      Map<String, List<String>> read =
          grouped(
              "SELECT DISTINCT actor_id, article_id FROM mentions WHERE actor_id IN",
              unread,
              " ORDER BY 1, 2");
      unread.forEach(id -> articlesOf.put(id, List.copyOf(read.getOrDefault(id, List.of()))));
    }
    Map<String, List<RoleRecord>> roles = roles(ids);
    Map<String, StoredActor> byId = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    page.forEach(e -> mentions.put(e.getKey(), e.getValue()));
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, name, kind, country, sectors, known FROM actors WHERE id IN ("
                + marks(ids.size())
                + ")")) {
      Sql.bind(p, ids);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          boolean known = rs.getInt(6) == 1;
          String sectors = rs.getString(5);
          byId.put(
              id,
              new StoredActor(
                  id,
                  shownName(id, rs.getString(2), known),
                  rs.getString(3),
                  rs.getString(4),
                  sectors == null || sectors.isEmpty() ? List.of() : List.of(sectors.split(",")),
                  aliases.getOrDefault(id, List.of()),
                  roles.getOrDefault(id, List.of()),
                  mentions.get(id),
                  known,
                  articlesOf.get(id)));
        }
      }
    }
    List<StoredActor> out = new ArrayList<>();
    for (String id : ids) {
      if (byId.containsKey(id)) {
        out.add(byId.get(id));
      }
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** The second column of {@code select} (actor_id, value) for these actors, by actor. */
  private Map<String, List<String>> grouped(String select, List<String> ids, String order)
      throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(select + " (" + marks(ids.size()) + ")" + order)) {
      Sql.bind(p, ids);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return out;
  }

  /**
   * Every actor with mentions and their number, most mentioned first, then by name: counted once
   * per state of the database (a commit by any writer makes it count again).
   */
  private List<Map.Entry<String, Integer>> ranked() throws SQLException {
    long now = generation();
    if (ranked == null || now != generation) {
      shownNames.clear();
      articlesOf.clear();
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

  /** The roles of these actors, by actor, each once, in date order. */
  private Map<String, List<RoleRecord>> roles(List<String> ids) throws SQLException {
    Map<String, List<RoleRecord>> out = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT actor_id, title, of_actor, sector, from_date, to_date, article_id, source"
                + " FROM actor_roles WHERE actor_id IN ("
                + marks(ids.size())
                + ") ORDER BY actor_id, from_date IS NULL DESC, from_date, article_id IS NULL DESC, article_id, title")) {
      Sql.bind(p, ids);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          RoleRecord r =
              new RoleRecord(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8));
          List<RoleRecord> mine = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
          if (!mine.contains(r)) {
            mine.add(r);
          }
        }
      }
    }
    return out;
  }
}
