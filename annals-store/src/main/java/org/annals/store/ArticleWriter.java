package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.annals.AnnalsException;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.RawArticle;
import org.annals.model.RemovedSpan;
import org.annals.pipeline.ArticleOutcome;

/**
 * The store's write path: one article, its actors, quotes and events and their links, in one
 * transaction on the store's connection.
 */
final class ArticleWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection c;
  private final Dialect dialect;

  ArticleWriter(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
  }

  /**
   * Stores one outcome in its own transaction. Concurrent writers into one database see each
   * other's articles, actors and clusters as if they wrote one after the other: SQLite by its write
   * lock ({@link SqliteWriters}); PostgreSQL by a serializable transaction, tried again from the
   * start when the server reports a conflict with another writer (see {@link WriteConflicts}).
   */
  ArticleStore.Saved save(ArticleOutcome o) {
    RawArticle raw = o.raw();
    if (raw == null) {
      return ArticleStore.Saved.NOT_STORED;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return saveOnce(o, raw);
      } catch (AnnalsException e) {
        if (dialect != Dialect.POSTGRESQL
            || !WriteConflicts.isConflict(e)
            || attempt == WriteConflicts.ATTEMPTS) {
          throw e;
        }
        WriteConflicts.backOff(attempt);
      }
    }
  }

  private ArticleStore.Saved saveOnce(ArticleOutcome o, RawArticle raw) {
    String status = o.ok() ? "ok" : "failed";
    try {
      if (dialect == Dialect.POSTGRESQL) {
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      }
      c.setAutoCommit(false);
      String existing = statusOf(raw.id());
      if (existing != null && (existing.equals("ok") || existing.equals(status))) {
        c.rollback();
        return ArticleStore.Saved.UNCHANGED;
      }
      if (existing != null) {
        for (String sql :
            new String[] {
              "DELETE FROM mentions WHERE article_id = ?",
              "DELETE FROM labels WHERE article_id = ?",
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
        if (o.doc().labels() != null) {
          LabelWriter.write(c, raw.id(), o.clean(), o.doc().labels(), remap);
        }
        if (o.doc().quotes() != null) {
          QuoteWriter.write(c, raw.id(), o.clean(), o.doc().quotes(), remap);
        }
        if (o.doc().events() != null) {
          EventWriter.write(c, raw.id(), o.clean(), o.doc().events(), remap);
          new EventLinker(c).link(raw.id());
        }
      }
      c.commit();
      return existing == null ? ArticleStore.Saved.INGESTED : ArticleStore.Saved.REPAIRED;
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
        if (dialect == Dialect.POSTGRESQL) {
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
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
            + " url, folded_chars, removed_json, steps, status, error, warnings, ingested_at, fetched_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
      p.setString(i++, Instant.now().toString());
      p.setString(i, raw.hints() == null ? null : raw.hints().fetched());
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
}
