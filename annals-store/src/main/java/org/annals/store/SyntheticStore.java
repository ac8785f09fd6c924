package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.annals.AnnalsException;
import org.annals.model.OffsetMap;

/**
 * Fills a store with made-up articles, actors, mentions, quotes and events of the real shapes, for
 * benchmarks and tests of the read side at sizes no corpus here has (100,000 events). Nothing it
 * writes is presented as news: every article's source is {@code synthetic:N} and its title says it
 * is synthetic.
 */
public final class SyntheticStore {
  private static final List<String> CODES =
      List.of("040", "042", "043", "036", "051", "057", "111", "112", "130", "173", "190", "193");
  private static final List<String> TYPES =
      List.of(
          "CONSULT",
          "CONSULT",
          "CONSULT",
          "CONSULT",
          "COOPERATE",
          "AGREE",
          "DISAPPROVE",
          "DISAPPROVE",
          "THREATEN",
          "COERCE",
          "ASSAULT",
          "FIGHT");
  private static final List<String> VERBS =
      List.of(
          "met",
          "visited",
          "hosted",
          "wanted to meet",
          "praised",
          "signed a deal with",
          "criticised",
          "condemned",
          "threatened",
          "arrested envoys of",
          "attacked",
          "fought");
  private static final List<String> COUNTRIES =
      List.of("NOR", "FRA", "DEU", "JPN", "BRA", "KEN", "IND", "USA", "IRN", "ISR", "EGY", "TUR");

  private SyntheticStore() {}

  /**
   * Adds {@code articles} articles of {@code eventsPerArticle} events each among {@code actors}
   * made-up persons, with article ids starting at {@code firstArticle}; returns the events added.
   */
  public static int fill(
      String db, int firstArticle, int articles, int eventsPerArticle, int actors, long seed) {
    ArticleStore.open(db).close();
    Random r = new Random(seed);
    try (Connection c = Databases.connect(ArticleStore.jdbcUrl(db))) {
      c.setAutoCommit(false);
      persons(c, actors);
      int events = 0;
      try (PreparedStatement a = c.prepareStatement(ARTICLE);
          PreparedStatement e = c.prepareStatement(EVENT);
          PreparedStatement m = c.prepareStatement(MENTION)) {
        for (int k = firstArticle; k < firstArticle + articles; k++) {
          LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
          StringBuilder text = new StringBuilder("Synthetic article " + k + ".\n\n");
          String id = String.format("s%015d", k);
          for (int i = 0; i < eventsPerArticle; i++) {
            int s = r.nextInt(actors);
            int t = (s + 1 + r.nextInt(actors - 1)) % actors;
            int kind = r.nextInt(CODES.size());
            String sName = name(s);
            String tName = name(t);
            int start = text.length();
            text.append(sName).append(' ');
            int trig = text.length();
            text.append(VERBS.get(kind)).append(' ');
            int tStart = text.length();
            text.append(tName).append(" on ").append(day).append(".\n");
            int end = text.length() - 1;
            e.setString(1, id + "-e" + (i + 1));
            e.setString(
                2, "c" + (events % 7 == 0 ? id + "-e" + (i + 1) : events / 3 + "-" + k % 97));
            e.setString(3, id);
            e.setInt(4, i + 1);
            e.setString(5, VERBS.get(kind));
            e.setInt(6, trig);
            e.setInt(7, trig + VERBS.get(kind).length());
            e.setInt(8, start);
            e.setInt(9, end);
            e.setString(10, CODES.get(kind));
            e.setString(11, TYPES.get(kind));
            e.setInt(12, 1 + kind / 3);
            e.setDouble(13, 5.0 - kind);
            e.setString(14, "p:synthetic_" + s);
            e.setString(15, sName);
            e.setInt(16, start);
            e.setString(17, "p:synthetic_" + t);
            e.setString(18, tName);
            e.setInt(19, tStart);
            e.setString(20, r.nextInt(5) == 0 ? null : day.toString());
            e.setString(21, day.toString());
            e.setString(22, "text");
            e.addBatch();
            mention(m, id, s, i + 1, start, sName);
            mention(m, id, t, i + 1, tStart, tName);
            events++;
          }
          byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
          a.setString(1, id);
          a.setString(2, org.annals.pipeline.Pipeline.sha256(raw));
          a.setString(3, "synthetic:" + k);
          a.setBytes(4, raw);
          a.setLong(5, raw.length);
          a.setString(6, text.toString());
          a.setBytes(7, OffsetMap.identity(text.length()).encode());
          a.setString(8, "Synthetic article " + k);
          a.setString(9, day.toString());
          a.setString(10, Instant.now().toString());
          a.addBatch();
          if (k % 200 == 0) {
            a.executeBatch();
            e.executeBatch();
            m.executeBatch();
            c.commit();
          }
        }
        a.executeBatch();
        e.executeBatch();
        m.executeBatch();
      }
      c.commit();
      return events;
    } catch (SQLException e) {
      throw new AnnalsException("cannot fill " + db + ": " + e.getMessage(), e);
    }
  }

  /** The made-up name of person {@code i}. */
  public static String name(int i) {
    return "Person" + i + " Synthetic";
  }

  private static void persons(Connection c, int n) throws SQLException {
    try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO actors (id, kind, name, country, sectors, known, source, surname_key)"
                    + " VALUES (?, 'person', ?, ?, 'GOV', 0, 'synthetic', NULL) ON CONFLICT DO NOTHING");
        PreparedStatement a =
            c.prepareStatement(
                "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (int i = 0; i < n; i++) {
        p.setString(1, "p:synthetic_" + i);
        p.setString(2, name(i));
        p.setString(3, COUNTRIES.get(i % COUNTRIES.size()));
        p.addBatch();
        a.setString(1, "p:synthetic_" + i);
        a.setString(2, name(i));
        a.addBatch();
      }
      p.executeBatch();
      a.executeBatch();
    }
  }

  private static void mention(
      PreparedStatement m, String article, int who, int sentence, int start, String text)
      throws SQLException {
    m.setString(1, article);
    m.setString(2, "p:synthetic_" + who);
    m.setInt(3, sentence);
    m.setInt(4, start);
    m.setInt(5, start + text.length());
    m.setString(6, text);
    m.addBatch();
  }

  private static final String ARTICLE =
      "INSERT INTO articles (id, sha256, source, format, raw, raw_size, charset, clean_text,"
          + " offset_map, title, published, folded_chars, status, ingested_at)"
          + " VALUES (?, ?, ?, 'txt', ?, ?, 'UTF-8', ?, ?, ?, ?, 0, 'ok', ?)";

  private static final String EVENT =
      "INSERT INTO events (id, cluster, article_id, sentence, trigger_text, trigger_start_raw,"
          + " trigger_end_raw, evidence_start_raw, evidence_end_raw, cameo, plover_type, quad_class,"
          + " goldstein, source_actor, source_text, source_start_raw, target_actor, target_text,"
          + " target_start_raw, event_date, date_text, date_precision, date_basis, reported_by,"
          + " modality, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'day',?,'','asserted',"
          + " 'synthetic')";

  private static final String MENTION =
      "INSERT INTO mentions (article_id, actor_id, sentence, start_raw, end_raw, text, rule)"
          + " VALUES (?,?,?,?,?,?,'name')";
}
