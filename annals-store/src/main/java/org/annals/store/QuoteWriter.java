package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.annals.model.CleanText;
import org.annals.model.Span;
import org.annals.quotes.Quote;

/** Writes an article's quotes inside the article's transaction, with raw offsets. */
final class QuoteWriter {
  private QuoteWriter() {}

  static void write(
      Connection c,
      String articleId,
      CleanText clean,
      List<Quote> quotes,
      Map<String, String> actorIds)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO quotes (id, article_id, sentence, start_raw, end_raw, text, direct, cue, cue_start_raw, cue_end_raw,"
                + " speaker_text, speaker_actor, addressee_text, addressee_actor, rule, reported_by)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        Span raw = clean.toRaw(q.content());
        Span cue = clean.toRaw(q.cue());
        p.setString(1, articleId + "-q" + (i + 1));
        p.setString(2, articleId);
        p.setInt(3, q.sentence());
        p.setInt(4, raw.start());
        p.setInt(5, raw.end());
        p.setString(6, q.content().of(clean.text()));
        p.setInt(7, q.direct() ? 1 : 0);
        p.setString(8, q.cue().of(clean.text()));
        p.setInt(9, cue.start());
        p.setInt(10, cue.end());
        p.setString(11, q.speaker() == null ? null : q.speaker().of(clean.text()));
        p.setString(
            12,
            q.speakerActor() == null
                ? null
                : actorIds.getOrDefault(q.speakerActor(), q.speakerActor()));
        p.setString(13, q.addressee() == null ? null : q.addressee().of(clean.text()));
        p.setString(
            14,
            q.addresseeActor() == null
                ? null
                : actorIds.getOrDefault(q.addresseeActor(), q.addresseeActor()));
        p.setString(15, q.rule());
        p.setString(16, q.reporter() == null ? null : q.reporter().of(clean.text()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
