package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.annals.framing.Label;
import org.annals.model.CleanText;
import org.annals.model.Span;

/** Writes an article's labels inside the article's transaction, under the stored actor ids. */
final class LabelWriter {
  private LabelWriter() {}

  static void write(
      Connection c,
      String articleId,
      CleanText clean,
      List<Label> labels,
      Map<String, String> remap)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO labels (article_id, actor_id, sentence, sentence_start_raw,"
                + " sentence_end_raw, mention_start_raw, mention_end_raw, phrase, phrase_start_raw,"
                + " phrase_end_raw, label, lemmas, head, rule)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Label l : labels) {
        Span mention = clean.toRaw(l.mention());
        Span phrase = clean.toRaw(l.phrase());
        Span sentence = clean.toRaw(l.sentenceSpan());
        int i = 1;
        p.setString(i++, articleId);
        p.setString(i++, remap.getOrDefault(l.actorId(), l.actorId()));
        p.setInt(i++, l.sentence());
        p.setInt(i++, sentence.start());
        p.setInt(i++, sentence.end());
        p.setInt(i++, mention.start());
        p.setInt(i++, mention.end());
        p.setString(i++, l.phrase().of(clean.text()));
        p.setInt(i++, phrase.start());
        p.setInt(i++, phrase.end());
        p.setString(i++, l.label());
        p.setString(i++, l.lemmas());
        p.setString(i++, l.head() == null ? null : truncate(l.head(), 100));
        p.setString(i, l.rule());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
