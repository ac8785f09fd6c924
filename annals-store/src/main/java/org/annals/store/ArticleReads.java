package org.annals.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.store.read.MentionRecord;
import org.annals.store.read.Page;
import org.annals.store.read.RemovedRecord;

/** Article queries beyond the plain listing: a searched page, an article's mentions and cuts. */
final class ArticleReads {
  /**
   * The order of every article listing, the command line's and the API's: newest first, undated
   * last; the key of index articles_order (V006), written as it is there so that SQLite uses it.
   */
  static final String NEWEST_FIRST = " ORDER BY published IS NULL, published DESC, source, id";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection c;
  private final ActorReads actors;

  ArticleReads(Connection c, ActorReads actors) {
    this.c = c;
    this.actors = actors;
  }

  /** A page of articles, newest first; {@code q} keeps those whose title, source or id has it. */
  Page<StoredArticle> page(String q, String status, int limit, int offset, String columns)
      throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (status != null) {
      where.append(" AND status = ?");
      args.add(status);
    }
    if (q != null) {
      List<String> s = ActorReads.searchArgs(q);
      where.append(
          " AND (LOWER(id) = ? OR LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(source) LIKE ? ESCAPE '\\')");
      args.addAll(s);
    }
    // the count and the page's ids from index articles_list (V008) alone; then only the page's
    // rows are read
    int total = Sql.count(c, "SELECT COUNT(*) FROM articles" + where, args);
    List<StoredArticle> out = new ArrayList<>();
    String ids = "SELECT id FROM articles" + where + NEWEST_FIRST + " LIMIT ? OFFSET ?";
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT " + columns + " FROM articles WHERE id IN (" + ids + ")" + NEWEST_FIRST)) {
      Sql.bind(p, args);
      p.setInt(args.size() + 1, limit);
      p.setInt(args.size() + 2, offset);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(ArticleStore.row(rs));
        }
      }
    }
    return new Page<>(out, total, limit, offset);
  }

  /** Every actor mention of one article, in text order. */
  List<MentionRecord> mentions(String article) throws SQLException {
    List<MentionRecord> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.actor_id, a.name, a.known, a.kind, m.text, m.sentence, m.start_raw, m.end_raw,"
                + " m.rule FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id"
                + " WHERE m.article_id = ? ORDER BY m.start_raw, m.end_raw")) {
      p.setString(1, article);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new MentionRecord(
                  article,
                  rs.getString(1),
                  actors.shownName(rs.getString(1), rs.getString(2), rs.getInt(3) == 1),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getString(9)));
        }
      }
    }
    return out;
  }

  /** What cleaning removed from one article, in raw order. */
  List<RemovedRecord> removed(String article) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT removed_json FROM articles WHERE id = ?")) {
      p.setString(1, article);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          return List.of();
        }
        List<Map<String, Object>> rows =
            JSON.readValue(rs.getString(1), new TypeReference<List<Map<String, Object>>>() {});
        List<RemovedRecord> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
          out.add(
              new RemovedRecord(
                  ((Number) r.get("start")).intValue(),
                  ((Number) r.get("end")).intValue(),
                  String.valueOf(r.get("rule")),
                  String.valueOf(r.get("text"))));
        }
        return out;
      }
    } catch (IOException e) {
      throw new SQLException("removed spans of " + article + " are not readable: " + e, e);
    }
  }

  /** Number of articles stored, by status. */
  java.util.Map<String, Integer> counts() throws SQLException {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT status, COUNT(*) FROM articles GROUP BY status ORDER BY status")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }
}
