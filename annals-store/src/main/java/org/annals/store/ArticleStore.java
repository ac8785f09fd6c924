package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.AnnalsException;
import org.annals.ConfigException;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;
import org.annals.model.RawArticle;
import org.annals.model.RemovedSpan;
import org.annals.pipeline.ArticleOutcome;

/**
 * The article store over JDBC: SQLite file by default, PostgreSQL by URL. Each article is written
 * in one transaction, so a run killed half-way leaves whole articles only, and a re-run adds the
 * rest. Not thread-safe: one writer; open one store per thread.
 */
public final class ArticleStore implements AutoCloseable {
  /** What saving an outcome did. */
  public enum Saved {
    /** a new article */
    INGESTED,
    /** an article that had failed before and now got through */
    REPAIRED,
    /** the same bytes were stored already with the same status: nothing written */
    UNCHANGED,
    /** the input could not be read at all, so there is nothing to store */
    NOT_STORED
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection c;

  private ArticleStore(Connection c) {
    this.c = c;
  }

  /** JDBC URL for what a user typed after {@code --db}: a file path or a JDBC URL. */
  public static String jdbcUrl(String pathOrUrl) {
    return pathOrUrl.startsWith("jdbc:") ? pathOrUrl : "jdbc:sqlite:" + pathOrUrl;
  }

  /** Opens (creating if needed) the database and brings its schema up to date. */
  public static ArticleStore open(String pathOrUrl) {
    String url = jdbcUrl(pathOrUrl);
    Dialect dialect = Dialect.of(url);
    if (dialect == Dialect.SQLITE) {
      Path file = Path.of(url.substring("jdbc:sqlite:".length()));
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new ConfigException(
            "cannot create database " + file + ": folder " + parent + " does not exist");
      }
    }
    try {
      Connection c =
          dialect == Dialect.SQLITE ? SqliteWriters.connect(url) : DriverManager.getConnection(url);
      Migrations.apply(c, dialect);
      return new ArticleStore(c);
    } catch (SQLException e) {
      throw new ConfigException(
          "cannot open database " + pathOrUrl + ": " + SqliteWriters.explain(e), e);
    }
  }

  /** Ids of the articles stored with status ok: inputs with these ids need no work. */
  public Set<String> okIds() {
    return ids("ok");
  }

  /** Ids of the articles stored as failed: a re-run leaves them alone unless asked to retry. */
  public Set<String> failedIds() {
    return ids("failed");
  }

  private Set<String> ids(String status) {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE status = ?")) {
      p.setString(1, status);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read article ids: " + e.getMessage(), e);
    }
    return ids;
  }

  /** Stores one outcome in its own transaction. */
  public Saved save(ArticleOutcome o) {
    RawArticle raw = o.raw();
    if (raw == null) {
      return Saved.NOT_STORED;
    }
    String status = o.ok() ? "ok" : "failed";
    try {
      c.setAutoCommit(false);
      String existing = statusOf(raw.id());
      if (existing != null && (existing.equals("ok") || existing.equals(status))) {
        c.rollback();
        return Saved.UNCHANGED;
      }
      if (existing != null) {
        for (String sql :
            new String[] {
              "DELETE FROM mentions WHERE article_id = ?",
              "DELETE FROM quotes WHERE article_id = ?",
              "DELETE FROM events WHERE article_id = ?",
              "DELETE FROM articles WHERE id = ?"
            }) {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, raw.id());
            p.executeUpdate();
          }
        }
      }
      insert(o, raw, status);
      if (o.ok() && o.doc().actors() != null) {
        Map<String, String> remap = new ActorWriter(c).write(raw.id(), o.clean(), o.doc().actors());
        if (o.doc().quotes() != null) {
          QuoteWriter.write(c, raw.id(), o.clean(), o.doc().quotes(), remap);
        }
        if (o.doc().events() != null) {
          EventWriter.write(c, raw.id(), o.clean(), o.doc().events(), remap);
          new EventLinker(c).link(raw.id());
        }
      }
      c.commit();
      return existing == null ? Saved.INGESTED : Saved.REPAIRED;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new AnnalsException(
          "cannot store " + raw.source() + ": " + SqliteWriters.explain(e), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is broken; the next call reports it
      }
    }
  }

  private String statusOf(String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT status FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void insert(ArticleOutcome o, RawArticle raw, String status) throws SQLException {
    CleanText clean = o.clean();
    ArticleMetadata m = clean == null ? ArticleMetadata.EMPTY : clean.metadata();
    String sql =
        "INSERT INTO articles (id, sha256, source, format, raw, raw_size, charset, charset_note, clean_text,"
            + " offset_map, title, published, published_from, agency, dateline, dateline_date, site_name, author,"
            + " url, folded_chars, removed_json, steps, status, error, warnings, ingested_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      p.setString(i++, raw.id());
      p.setString(i++, raw.sha256());
      p.setString(i++, raw.source());
      p.setString(i++, raw.format().name().toLowerCase());
      p.setBytes(i++, raw.bytes());
      p.setLong(i++, raw.bytes().length);
      p.setString(i++, raw.charset());
      p.setString(i++, raw.charsetNote());
      p.setString(i++, clean == null ? null : clean.text());
      p.setBytes(i++, clean == null ? null : clean.map().encode());
      p.setString(i++, m.title());
      p.setString(i++, m.published());
      p.setString(i++, m.publishedFrom());
      p.setString(i++, m.agency());
      p.setString(i++, m.dateline());
      p.setString(i++, m.datelineDate());
      p.setString(i++, m.siteName());
      p.setString(i++, m.author());
      p.setString(i++, m.url());
      p.setInt(i++, clean == null ? 0 : clean.foldedChars());
      p.setString(
          i++,
          clean == null ? null : json(clean.removed().stream().map(RemovedSpan::asRow).toList()));
      p.setString(i++, clean == null ? null : json(clean.steps()));
      p.setString(i++, status);
      p.setString(i++, o.error());
      p.setString(i++, o.warnings().isEmpty() ? null : json(o.warnings()));
      p.setString(i, Instant.now().toString());
      p.executeUpdate();
    }
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String LIST_COLUMNS =
      "id, sha256, source, format, raw_size, charset, title, published, published_from, agency, dateline,"
          + " dateline_date, site_name, author, url, folded_chars, status, error, ingested_at";

  /** All articles, by publication date then id; {@code status} null for all. */
  public List<StoredArticle> articles(String status) {
    String sql =
        "SELECT "
            + LIST_COLUMNS
            + " FROM articles"
            + (status == null ? "" : " WHERE status = ?")
            + " ORDER BY published IS NULL, published, source, id";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (status != null) {
        p.setString(1, status);
      }
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new AnnalsException("cannot list articles: " + e.getMessage(), e);
    }
  }

  /** Number of articles stored, by status. */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT status, COUNT(*) FROM articles GROUP BY status ORDER BY status")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot count articles: " + e.getMessage(), e);
    }
    return out;
  }

  /** The stored raw bytes, clean text and offset map of one article. */
  public Optional<StoredText> text(String id) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT raw, charset, clean_text, offset_map FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        byte[] map = rs.getBytes(4);
        return Optional.of(
            new StoredText(
                rs.getBytes(1),
                rs.getString(2),
                rs.getString(3),
                map == null ? null : OffsetMap.decode(map)));
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * Actors with at least one mention, most mentioned first; {@code search} (or null) keeps those
   * with an alias or id containing it, case-insensitively.
   */
  public List<StoredActor> actors(String search) {
    String sql =
        "SELECT a.id, a.name, a.kind, a.country, a.sectors, a.known, COUNT(m.actor_id) AS n FROM actors a"
            + " JOIN mentions m ON m.actor_id = a.id GROUP BY a.id, a.name, a.kind, a.country, a.sectors, a.known"
            + " ORDER BY n DESC, a.name";
    List<StoredActor> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String id = rs.getString(1);
        List<String> aliases =
            strings("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", id);
        if (search != null && !matches(search, id, rs.getString(2), aliases)) {
          continue;
        }
        String sectors = rs.getString(5);
        String name = rs.getInt(6) == 1 ? rs.getString(2) : mostUsedName(id, rs.getString(2));
        out.add(
            new StoredActor(
                id,
                name,
                rs.getString(3),
                rs.getString(4),
                sectors == null || sectors.isEmpty() ? List.of() : List.of(sectors.split(",")),
                aliases,
                roles(id),
                rs.getInt(7),
                rs.getInt(6) == 1,
                strings(
                    "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id",
                    id)));
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot list actors: " + e.getMessage(), e);
    }
    return out;
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
          String t = org.annals.actors.ActorNames.withoutHonorifics(rs.getString(1));
          if (t.contains(" ") || !stored.contains(" ")) {
            return t;
          }
        }
      }
    }
    return stored;
  }

  private static boolean matches(String search, String id, String name, List<String> aliases) {
    String s = search.toLowerCase(java.util.Locale.ROOT);
    if (id.toLowerCase(java.util.Locale.ROOT).equals(s)
        || name.toLowerCase(java.util.Locale.ROOT).contains(s)) {
      return true;
    }
    return aliases.stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains(s));
  }

  private List<Map<String, Object>> roles(String id) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT title, of_actor, sector, from_date, to_date, article_id, source FROM actor_roles WHERE actor_id = ? ORDER BY from_date, article_id, title")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("title", rs.getString(1));
          r.put("of", rs.getString(2));
          r.put("sector", rs.getString(3));
          r.put("from", rs.getString(4));
          r.put("to", rs.getString(5));
          r.put("article", rs.getString(6));
          r.put("source", rs.getString(7));
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

  /**
   * Quotes in article and text order; {@code speaker} (or null) keeps those whose speaker actor id
   * is it, or whose speaker actor has a name or alias containing it.
   */
  public List<Map<String, Object>> quotes(String speaker) {
    return quotes(speaker, null);
  }

  /** Quotes as {@link #quotes(String)}, of one article only when {@code article} is given. */
  public List<Map<String, Object>> quotes(String speaker, String article) {
    Set<String> ids = null;
    if (speaker != null) {
      ids = new HashSet<>();
      for (StoredActor a : actors(speaker)) {
        ids.add(a.id());
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    String sql =
        "SELECT q.id, q.article_id, q.speaker_actor, s.name, q.speaker_text, q.addressee_actor, d.name,"
            + " q.addressee_text, q.text, q.direct, q.cue, q.start_raw, q.end_raw, q.rule, s.known, d.known,"
            + " q.reported_by"
            + " FROM quotes q"
            + " LEFT JOIN actors s ON s.id = q.speaker_actor LEFT JOIN actors d ON d.id = q.addressee_actor"
            + (article == null ? "" : " WHERE q.article_id = ?")
            + " ORDER BY q.article_id, q.start_raw";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      if (article != null) {
        st.setString(1, article);
      }
      ResultSet rs = st.executeQuery();
      while (rs.next()) {
        if (ids != null && !ids.contains(rs.getString(3))) {
          continue;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", rs.getString(1));
        r.put("article", rs.getString(2));
        r.put(
            "speaker",
            party(
                rs.getString(3),
                displayName(rs.getString(3), rs.getString(4), rs.getInt(15) == 1, names),
                rs.getString(5)));
        r.put(
            "addressee",
            party(
                rs.getString(6),
                displayName(rs.getString(6), rs.getString(7), rs.getInt(16) == 1, names),
                rs.getString(8)));
        r.put("text", rs.getString(9));
        r.put("direct", rs.getInt(10) == 1);
        r.put("cue", rs.getString(11));
        r.put("start", rs.getInt(12));
        r.put("end", rs.getInt(13));
        r.put("rule", rs.getString(14));
        r.put("reported_by", rs.getString(17));
        out.add(r);
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot list quotes: " + e.getMessage(), e);
    }
    return out;
  }

  /** What {@link #events} keeps; null fields keep everything. */
  public record EventFilter(
      String actor, String type, String from, String to, String article, String cluster) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);
  }

  /**
   * Events in date order (undated last), as records of the CLI's event shape. {@code actor} keeps
   * those whose source or target is that actor (id, or name/alias containing it); {@code type} a
   * CAMEO code prefix ("04", "041") or a PLOVER type ("CONSULT"); {@code from}/{@code to} ISO
   * dates, inclusive, and then undated events are left out.
   */
  public List<Map<String, Object>> events(EventFilter f) {
    Set<String> ids = null;
    if (f.actor() != null) {
      ids = new HashSet<>();
      for (StoredActor a : actors(f.actor())) {
        ids.add(a.id());
      }
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.id, e.cluster, e.article_id, e.event_date, e.date_text, e.date_precision,"
                + " e.cameo, e.plover_type, e.plover_mode, e.quad_class, e.goldstein,"
                + " e.source_actor, s.name, e.source_text, s.country, s.sectors, s.known,"
                + " e.target_actor, t.name, e.target_text, t.country, t.sectors, t.known,"
                + " e.location_name, e.location_country, e.reported_by, e.modality, e.sentence,"
                + " e.evidence_start_raw, e.evidence_end_raw, e.trigger_text, e.trigger_start_raw,"
                + " e.trigger_end_raw, e.rule, e.date_basis, e.location_from, e.link_with,"
                + " e.link_score, e.link_evidence, e.source_start_raw, e.target_start_raw"
                + " FROM events e LEFT JOIN actors s ON s.id = e.source_actor"
                + " LEFT JOIN actors t ON t.id = e.target_actor WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (f.type() != null) {
      if (f.type().matches("\\d{2,4}")) {
        sql.append(" AND e.cameo LIKE ?");
        args.add(f.type() + "%");
      } else {
        sql.append(" AND e.plover_type = ?");
        args.add(f.type().toUpperCase(java.util.Locale.ROOT));
      }
    }
    if (f.from() != null) {
      sql.append(" AND e.event_date >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND e.event_date <= ?");
      args.add(f.to());
    }
    if (f.article() != null) {
      sql.append(" AND e.article_id = ?");
      args.add(f.article());
    }
    if (f.cluster() != null) {
      sql.append(" AND e.cluster = ?");
      args.add(f.cluster());
    }
    sql.append(
        " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.article_id,"
            + " e.trigger_start_raw");
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          if (ids != null && !ids.contains(rs.getString(12)) && !ids.contains(rs.getString(18))) {
            continue;
          }
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("id", rs.getString(1));
          r.put("cluster", rs.getString(2));
          r.put("article", rs.getString(3));
          r.put("date", rs.getString(4));
          r.put("date_text", rs.getString(5));
          r.put("date_precision", rs.getString(6));
          r.put("date_basis", rs.getString(35));
          r.put("cameo", rs.getString(7));
          Map<String, Object> plover = null;
          if (rs.getString(8) != null) {
            plover = new LinkedHashMap<>();
            plover.put("type", rs.getString(8));
            plover.put("mode", rs.getString(9));
          }
          r.put("plover", plover);
          r.put("quad_class", rs.getInt(10));
          r.put("goldstein", rs.getDouble(11));
          r.put("source", eventParty(rs, 12, names, 40));
          r.put("target", eventParty(rs, 18, names, 41));
          Map<String, Object> location = null;
          if (rs.getString(24) != null) {
            location = new LinkedHashMap<>();
            location.put("name", rs.getString(24));
            location.put("country", rs.getString(25));
            location.put("from", rs.getString(36));
          }
          r.put("location", location);
          String chain = rs.getString(26);
          r.put(
              "reported_by",
              chain == null || chain.isEmpty()
                  ? List.of()
                  : List.of(chain.split(EventWriter.CHAIN_SEPARATOR)));
          r.put("negated", "negated".equals(rs.getString(27)));
          r.put("modality", rs.getString(27));
          Map<String, Object> evidence = new LinkedHashMap<>();
          evidence.put("sentence", rs.getInt(28));
          evidence.put("start", rs.getInt(29));
          evidence.put("end", rs.getInt(30));
          r.put("evidence", evidence);
          Map<String, Object> trigger = new LinkedHashMap<>();
          trigger.put("text", rs.getString(31));
          trigger.put("start", rs.getInt(32));
          trigger.put("end", rs.getInt(33));
          r.put("trigger", trigger);
          r.put("rule", rs.getString(34));
          if (rs.getString(37) != null) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("with", rs.getString(37));
            link.put("score", rs.getDouble(38));
            link.put("evidence", rs.getString(39));
            r.put("link", link);
          } else {
            r.put("link", null);
          }
          out.add(r);
        }
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot list events: " + e.getMessage(), e);
    }
    return out;
  }

  /** The cluster of the event with this id, or empty when there is none. */
  public Optional<String> clusterOfEvent(String eventId) {
    try {
      return EventLinker.clusterOf(c, eventId);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read event " + eventId + ": " + e.getMessage(), e);
    }
  }

  /** Reporting facts of every stored article, by id. */
  public Map<String, ArticleFacts> articleFacts() {
    Map<String, ArticleFacts> out = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, source, published, agency, site_name, url, ingested_at, raw_size"
                    + " FROM articles")) {
      while (rs.next()) {
        out.put(
            rs.getString(1),
            new ArticleFacts(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8)));
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read articles: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * One record per cluster (one real-world event) of the events the filter keeps, in date order:
   * the best-supported date and any conflicting ones, the code most mentions give, the actors,
   * first and last report, the number of mentions, articles and distinct sources.
   */
  public List<Map<String, Object>> clusters(EventFilter f) {
    Map<String, ArticleFacts> facts = articleFacts();
    Map<String, List<Map<String, Object>>> byCluster = new LinkedHashMap<>();
    for (Map<String, Object> e : events(f)) {
      byCluster.computeIfAbsent((String) e.get("cluster"), k -> new ArrayList<>()).add(e);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> c : byCluster.entrySet()) {
      out.add(ClusterSummary.of(c.getKey(), c.getValue(), facts));
    }
    out.sort(
        java.util.Comparator.comparing(
            (Map<String, Object> r) -> r.get("date") == null ? "~" : (String) r.get("date")));
    return out;
  }

  /** Columns actor, name, text, country, sectors, known from {@code k} on. */
  private Map<String, Object> eventParty(
      ResultSet rs, int k, Map<String, String> names, int offsetColumn) throws SQLException {
    String actor = rs.getString(k);
    if (actor == null && rs.getString(k + 2) == null) {
      return null;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("actor", actor);
    p.put("name", displayName(actor, rs.getString(k + 1), rs.getInt(k + 5) == 1, names));
    p.put("text", rs.getString(k + 2));
    p.put("country", rs.getString(k + 3));
    String sectors = rs.getString(k + 4);
    p.put("sector", sectors == null || sectors.isBlank() ? null : sectors.split(",")[0].strip());
    p.put("start", rs.getInt(offsetColumn));
    return p;
  }

  /** The name an actor is shown under: the knowledge base's, or the full name used most. */
  private String displayName(String id, String stored, boolean known, Map<String, String> cache)
      throws SQLException {
    if (id == null || stored == null || known) {
      return stored;
    }
    String cached = cache.get(id);
    if (cached == null) {
      cached = mostUsedName(id, stored);
      cache.put(id, cached);
    }
    return cached;
  }

  private static Map<String, Object> party(String actor, String name, String text) {
    if (actor == null && text == null) {
      return null;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("actor", actor);
    p.put("name", name);
    p.put("text", text);
    return p;
  }

  /** Raw bytes, their charset, the clean text and its map to the decoded raw text. */
  public record StoredText(byte[] raw, String charset, String cleanText, OffsetMap map) {}

  private static StoredArticle row(ResultSet rs) throws SQLException {
    return new StoredArticle(
        rs.getString("id"),
        rs.getString("sha256"),
        rs.getString("source"),
        rs.getString("format"),
        rs.getLong("raw_size"),
        rs.getString("charset"),
        rs.getString("title"),
        rs.getString("published"),
        rs.getString("published_from"),
        rs.getString("agency"),
        rs.getString("dateline"),
        rs.getString("dateline_date"),
        rs.getString("site_name"),
        rs.getString("author"),
        rs.getString("url"),
        rs.getInt("folded_chars"),
        rs.getString("status"),
        rs.getString("error"),
        rs.getString("ingested_at"));
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new AnnalsException("cannot close database: " + e.getMessage(), e);
    }
  }
}
