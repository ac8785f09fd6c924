package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.read.Page;
import org.annals.store.read.Party;
import org.annals.store.read.QuoteRecord;

/** The quote queries of the store. */
final class QuoteReads {
  private final Connection c;
  private final ActorReads actors;

  QuoteReads(Connection c, ActorReads actors) {
    this.c = c;
    this.actors = actors;
  }

  /**
   * Quotes in article and text order; {@code speaker} (or null) keeps those whose speaker is that
   * actor (id, or name/alias containing it), {@code article} (or null) those of one article.
   */
  Page<QuoteRecord> quotes(String speaker, String article, int limit, int offset)
      throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (speaker != null) {
      where.append(" AND q.speaker_actor IN (").append(ActorReads.MATCHING_IDS).append(")");
      args.addAll(ActorReads.searchArgs(speaker));
    }
    if (article != null) {
      where.append(" AND q.article_id = ?");
      args.add(article);
    }
    int total = Sql.count(c, "SELECT COUNT(*) FROM quotes q" + where, args);
    String sql =
        "SELECT q.id, q.article_id, q.speaker_actor, s.name, q.speaker_text, q.addressee_actor, d.name,"
            + " q.addressee_text, q.text, q.direct, q.cue, q.start_raw, q.end_raw, q.rule, s.known, d.known,"
            + " q.reported_by"
            + " FROM quotes q"
            + " LEFT JOIN actors s ON s.id = q.speaker_actor LEFT JOIN actors d ON d.id = q.addressee_actor"
            + where
            + " ORDER BY q.article_id, q.start_raw, q.id LIMIT ? OFFSET ?";
    List<QuoteRecord> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Sql.bind(st, args);
      st.setInt(args.size() + 1, limit);
      st.setInt(args.size() + 2, offset);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new QuoteRecord(
                  rs.getString(1),
                  rs.getString(2),
                  party(rs.getString(3), rs.getString(4), rs.getInt(15) == 1, rs.getString(5)),
                  party(rs.getString(6), rs.getString(7), rs.getInt(16) == 1, rs.getString(8)),
                  rs.getString(9),
                  rs.getInt(10) == 1,
                  rs.getString(11),
                  rs.getInt(12),
                  rs.getInt(13),
                  rs.getString(14),
                  rs.getString(17)));
        }
      }
    }
    return new Page<>(out, total, limit, offset);
  }

  private Party party(String actor, String name, boolean known, String text) throws SQLException {
    if (actor == null && text == null) {
      return null;
    }
    return new Party(actor, actors.shownName(actor, name, known), text);
  }
}
