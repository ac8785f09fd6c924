package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.AnnalsException;
import org.annals.ConfigException;
import org.annals.model.OffsetMap;
import org.annals.pipeline.ArticleOutcome;
import org.annals.store.read.ClusterRecord;
import org.annals.store.read.EventRecord;
import org.annals.store.read.MentionRecord;
import org.annals.store.read.Page;
import org.annals.store.read.QuoteRecord;
import org.annals.store.read.RemovedRecord;

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

  private final Connection c;

  private final ActorReads actorReads;
  private final EventReads eventReads;
  private final QuoteReads quoteReads;
  private final ArticleReads articleReads;

  private final Dialect dialect;
  private final ArticleWriter writer;

  private ArticleStore(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
    this.writer = new ArticleWriter(c, dialect);
    this.actorReads = new ActorReads(c);
    this.eventReads = new EventReads(c, actorReads);
    this.quoteReads = new QuoteReads(c, actorReads);
    this.articleReads = new ArticleReads(c, actorReads);
  }

  /** JDBC URL for what a user typed after {@code --db}: a file path or a JDBC URL. */
  public static String jdbcUrl(String pathOrUrl) {
    return pathOrUrl.startsWith("jdbc:") ? pathOrUrl : "jdbc:sqlite:" + pathOrUrl;
  }

  /**
   * The database as it may be shown: a path as given, a URL with any password replaced by {@code
   * ***}.
   */
  public static String shown(String pathOrUrl) {
    return Databases.redact(pathOrUrl);
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
    javax.sql.DataSource ds = Databases.dataSource(url);
    for (int attempt = 1; ; attempt++) {
      Connection c = null;
      try {
        c = ds.getConnection();
        Migrations.apply(ds, c, dialect);
        return new ArticleStore(c, dialect);
      } catch (SQLException e) {
        // several processes creating one SQLite file at once race to switch it to WAL
        // (SQLITE_IOERR_DELETE_NOENT); the loser opens the file the winner made
        closeQuietly(c, e);
        if (dialect != Dialect.SQLITE || attempt == 5) {
          throw new ConfigException(
              "cannot open database "
                  + Databases.redact(pathOrUrl)
                  + ": "
                  + Databases.redact(SqliteWriters.explain(e)),
              e);
        }
        sleep(100L * attempt);
      } catch (AnnalsException e) {
        closeQuietly(c, e);
        throw new ConfigException(
            "cannot open database "
                + Databases.redact(pathOrUrl)
                + ": "
                + Databases.redact(SqliteWriters.explain(e)),
            e);
      }
    }
  }

  /** The framing lens over this store (issue 19), reading classes and outlets from these. */
  public FramingLens framing(
      org.annals.framing.FramingTerms terms, org.annals.framing.Outlets outlets) {
    return new FramingLens(this, new FramingReads(c), terms, outlets);
  }

  /** The tables as plain rows, for batch jobs that write and load them (see {@link TableRows}). */
  public TableRows tables() {
    return new TableRows(c);
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

  /**
   * Stores one outcome in its own transaction (see {@link ArticleWriter}): concurrent writers see
   * each other's articles, actors and clusters as if they wrote one after the other.
   */
  public Saved save(ArticleOutcome o) {
    return writer.save(o);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted while opening the database", e);
    }
  }

  private static void closeQuietly(Connection c, Exception cause) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static final String LIST_COLUMNS =
      "id, sha256, source, format, raw_size, charset, title, published, published_from, agency, dateline,"
          + " dateline_date, site_name, author, url, folded_chars, status, error, ingested_at,"
          + " fetched_at";

  /**
   * All articles, newest first (undated last), as the API lists them; {@code status} null for all.
   */
  public List<StoredArticle> articles(String status) {
    String sql =
        "SELECT "
            + LIST_COLUMNS
            + " FROM articles"
            + (status == null ? "" : " WHERE status = ?")
            + ArticleReads.NEWEST_FIRST;
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

  /**
   * A page of articles, newest first; {@code q} (or null) keeps those whose title or source
   * contains it or whose id is it, {@code status} (or null) those with that status.
   */
  public Page<StoredArticle> articles(String q, String status, int limit, int offset) {
    try {
      return articleReads.page(q, status, limit, offset, LIST_COLUMNS);
    } catch (SQLException e) {
      throw new AnnalsException("cannot list articles: " + e.getMessage(), e);
    }
  }

  /** One article's row, or empty when there is no such article. */
  public Optional<StoredArticle> article(String id) {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + LIST_COLUMNS + " FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  /** Every actor mention of one article, in text order (offsets into the raw input). */
  public List<MentionRecord> mentions(String article) {
    try {
      return articleReads.mentions(article);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read mentions of " + article + ": " + e.getMessage(), e);
    }
  }

  /** What cleaning removed from one article, with the rule that removed it. */
  public List<RemovedRecord> removed(String article) {
    try {
      return articleReads.removed(article);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read article " + article + ": " + e.getMessage(), e);
    }
  }

  /** Number of articles stored, by status. */
  public Map<String, Integer> counts() {
    try {
      return articleReads.counts();
    } catch (SQLException e) {
      throw new AnnalsException("cannot count articles: " + e.getMessage(), e);
    }
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
   * whose id is it or with a name or alias containing it, case-insensitively.
   */
  public List<StoredActor> actors(String search) {
    return actors(search, Integer.MAX_VALUE, 0).items();
  }

  /** A page of {@link #actors(String)}, with their number in all. */
  public Page<StoredActor> actors(String search, int limit, int offset) {
    try {
      return actorReads.actors(search, limit, offset);
    } catch (SQLException e) {
      throw new AnnalsException("cannot list actors: " + e.getMessage(), e);
    }
  }

  /** The actor with exactly this id, when it has mentions. */
  public Optional<StoredActor> actor(String id) {
    try {
      return actorReads.actor(id);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read actor " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * The shown name of the most mentioned actor that {@code search} (an id, or words of a name or
   * alias) finds, as {@link #actors(String, int, int)} would list it first; reads nothing else.
   */
  public Optional<String> actorName(String search) {
    try {
      return actorReads.firstName(search);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read actor " + search + ": " + e.getMessage(), e);
    }
  }

  /**
   * Quotes in article and text order; {@code speaker} (or null) keeps those whose speaker actor id
   * is it, or whose speaker actor has a name or alias containing it.
   */
  public List<QuoteRecord> quotes(String speaker) {
    return quotes(speaker, null);
  }

  /** Quotes as {@link #quotes(String)}, of one article only when {@code article} is given. */
  public List<QuoteRecord> quotes(String speaker, String article) {
    return quotes(speaker, article, Integer.MAX_VALUE, 0).items();
  }

  /** A page of {@link #quotes(String, String)}, with their number in all. */
  public Page<QuoteRecord> quotes(String speaker, String article, int limit, int offset) {
    try {
      return quoteReads.quotes(speaker, article, limit, offset);
    } catch (SQLException e) {
      throw new AnnalsException("cannot list quotes: " + e.getMessage(), e);
    }
  }

  /** What {@link #events} keeps; null fields keep everything. */
  public record EventFilter(
      String actor, String type, String from, String to, String article, String cluster) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);
  }

  /**
   * Events in date order (undated last). {@code actor} keeps those whose source or target is that
   * actor (id, or name/alias containing it); {@code type} a CAMEO code prefix ("04", "041") or a
   * PLOVER type ("CONSULT"); {@code from}/{@code to} ISO dates, inclusive, and then undated events
   * are left out.
   */
  public List<EventRecord> events(EventFilter f) {
    try {
      return eventReads.events(f);
    } catch (SQLException e) {
      throw new AnnalsException("cannot list events: " + e.getMessage(), e);
    }
  }

  /** A page of {@link #events(EventFilter)}, with their number in all. */
  public Page<EventRecord> events(EventFilter f, int limit, int offset) {
    try {
      return eventReads.page(f, limit, offset, true);
    } catch (SQLException e) {
      throw new AnnalsException("cannot list events: " + e.getMessage(), e);
    }
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
    return articleFacts(null);
  }

  /** Reporting facts of the articles with these ids (all when null), by id. */
  private Map<String, ArticleFacts> articleFacts(Set<String> ids) {
    String sql =
        "SELECT id, source, published, agency, site_name, url, ingested_at, raw_size FROM articles";
    Map<String, ArticleFacts> out = new HashMap<>();
    try {
      if (ids == null) {
        readFacts(sql, List.of(), out);
        return out;
      }
      List<String> all = new ArrayList<>(ids);
      for (int from = 0; from < all.size(); from += 500) {
        List<String> part = all.subList(from, Math.min(all.size(), from + 500));
        String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
        readFacts(sql + " WHERE id IN (" + marks + ")", part, out);
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read articles: " + e.getMessage(), e);
    }
    return out;
  }

  private void readFacts(String sql, List<String> args, Map<String, ArticleFacts> out)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
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
      }
    }
  }

  /**
   * One record per cluster (one real-world event) of the events the filter keeps, in date order:
   * the best-supported date and any conflicting ones, the code most mentions give, the actors,
   * first and last report, the number of mentions, articles and distinct sources.
   */
  public List<ClusterRecord> clusters(EventFilter f) {
    List<EventRecord> events = events(f);
    Set<String> articles = new HashSet<>();
    events.forEach(e -> articles.add(e.article()));
    Map<String, ArticleFacts> facts = articleFacts(articles);
    Map<String, List<EventRecord>> byCluster = new LinkedHashMap<>();
    for (EventRecord e : events) {
      byCluster.computeIfAbsent(e.cluster(), k -> new ArrayList<>()).add(e);
    }
    List<ClusterRecord> out = new ArrayList<>();
    for (Map.Entry<String, List<EventRecord>> c : byCluster.entrySet()) {
      out.add(ClusterSummary.of(c.getKey(), c.getValue(), facts));
    }
    out.sort(Comparator.comparing((ClusterRecord r) -> r.date() == null ? "~" : r.date()));
    return out;
  }

  /** Raw bytes, their charset, the clean text and its map to the decoded raw text. */
  public record StoredText(byte[] raw, String charset, String cleanText, OffsetMap map) {}

  static StoredArticle row(ResultSet rs) throws SQLException {
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
        rs.getString("ingested_at"),
        rs.getString("fetched_at"));
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
