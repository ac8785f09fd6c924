package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The label and mention rows the framing lens reads ({@link FramingLens}). */
final class FramingReads {
  /** A stored label: offsets into the raw input. */
  record LabelRow(
      String article,
      String actor,
      int sentence,
      int sentenceStart,
      int sentenceEnd,
      int phraseStart,
      int phraseEnd,
      String phrase,
      String label,
      String lemmas,
      String rule) {}

  /** A stored mention of an actor. */
  record MentionRow(String article, int sentence, int start, int end, String text, String rule) {}

  private static final String LABEL_COLUMNS =
      "SELECT article_id, actor_id, sentence, sentence_start_raw, sentence_end_raw,"
          + " phrase_start_raw, phrase_end_raw, phrase, label, lemmas, rule FROM labels";

  private final Connection c;

  FramingReads(Connection c) {
    this.c = c;
  }

  /** An actor's labels, in article and text order. */
  List<LabelRow> labelsOf(String actor) throws SQLException {
    return labels(
        LABEL_COLUMNS + " WHERE actor_id = ? ORDER BY article_id, phrase_start_raw, rule", actor);
  }

  /** The labels of one sentence of an article, in text order. */
  List<LabelRow> labelsIn(String article, int sentence) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            LABEL_COLUMNS
                + " WHERE article_id = ? AND sentence = ? ORDER BY phrase_start_raw, rule")) {
      p.setString(1, article);
      p.setInt(2, sentence);
      return labels(p);
    }
  }

  private List<LabelRow> labels(String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      return labels(p);
    }
  }

  private static List<LabelRow> labels(PreparedStatement p) throws SQLException {
    List<LabelRow> out = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(
            new LabelRow(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11)));
      }
    }
    return out;
  }

  /** An actor's mentions by name (not by title alone), in article and text order. */
  List<MentionRow> mentionsOf(String actor) throws SQLException {
    List<MentionRow> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT article_id, sentence, start_raw, end_raw, text, rule FROM mentions"
                + " WHERE actor_id = ? AND rule NOT IN ('title', 'name-suffix')"
                + " ORDER BY article_id, start_raw")) {
      p.setString(1, actor);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new MentionRow(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    }
    return out;
  }
}
