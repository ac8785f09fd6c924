package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.linking.LinkRules;
import org.annals.linking.Mention;
import org.annals.model.DatePrecision;

/**
 * Links one article's newly stored events to the events already stored, inside the article's
 * transaction: each new event joins the cluster of its best-scoring match (and other clusters it
 * matches are merged in when they agree with that match), or keeps its own. A cluster is named
 * after its least event id, whatever the order its reports were stored in. Old articles are never
 * reprocessed; only the events of the article's block (CAMEO root and actors) are read, through an
 * index.
 */
final class EventLinker {
  private final Connection c;

  EventLinker(Connection c) {
    this.c = c;
  }

  void link(String articleId) throws SQLException {
    for (Mention m : mentions("e.article_id = ?", articleId)) {
      if (!m.linkable()) {
        continue;
      }
      Mention best = null;
      LinkRules.Verdict bestVerdict = null;
      List<Mention> matches = new ArrayList<>();
      for (Mention other : candidates(m)) {
        LinkRules.Verdict v = LinkRules.compare(other, m);
        if (v.same()) {
          matches.add(other);
          if (bestVerdict == null || v.score() > bestVerdict.score()) {
            best = other;
            bestVerdict = v;
          }
        }
      }
      if (best == null) {
        continue;
      }
      // clusters the new mention bridges merge only when every mention of theirs agrees with the
      // best match: a vaguely dated report ("this year") must not join two visits months apart
      Set<String> clusters = new LinkedHashSet<>();
      String bestCluster = clusterOf(best.id());
      for (Mention other : matches) {
        String oc = clusterOf(other.id());
        if (oc.equals(bestCluster) || clusters.contains(oc)) {
          continue;
        }
        boolean agrees = true;
        for (Mention member : mentions("e.cluster = ?", oc)) {
          agrees &= LinkRules.compare(best, member).same();
        }
        if (agrees) {
          clusters.add(oc);
        }
      }
      // the merged cluster is named after its least event id, so that its name does not depend
      // on which report was stored first (threads, concurrent writers, backends agree)
      clusters.add(bestCluster);
      clusters.add(m.id()); // its own, until now
      String cluster = clusters.stream().min(String::compareTo).orElseThrow();
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE events SET link_with = ?, link_score = ?, link_evidence = ? WHERE id = ?")) {
        p.setString(1, best.id());
        p.setDouble(2, bestVerdict.score());
        p.setString(3, String.join("; ", bestVerdict.evidence()));
        p.setString(4, m.id());
        p.executeUpdate();
      }
      for (String other : clusters) {
        if (other.equals(cluster)) {
          continue;
        }
        try (PreparedStatement p =
            c.prepareStatement("UPDATE events SET cluster = ? WHERE cluster = ?")) {
          p.setString(1, cluster);
          p.setString(2, other);
          p.executeUpdate();
        }
      }
    }
  }

  private String clusterOf(String eventId) throws SQLException {
    return clusterOf(c, eventId).orElse(eventId);
  }

  /** The cluster of a stored event, or empty when there is no such event. */
  static java.util.Optional<String> clusterOf(Connection c, String eventId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT cluster FROM events WHERE id = ?")) {
      p.setString(1, eventId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
      }
    }
  }

  /** Stored events of the same block, other than the mention itself. */
  private List<Mention> candidates(Mention m) throws SQLException {
    boolean symmetric = m.root().equals("04") || m.root().equals("06");
    String where =
        symmetric
            ? "((e.source_actor = ? AND e.target_actor = ?) OR (e.source_actor = ? AND"
                + " e.target_actor = ?)) AND e.cameo LIKE ? AND e.id <> ?"
            : "e.source_actor = ? AND e.target_actor = ? AND e.cameo LIKE ? AND e.id <> ?";
    List<String> args = new ArrayList<>(List.of(m.source(), m.target()));
    if (symmetric) {
      args.addAll(List.of(m.target(), m.source()));
    }
    args.add(m.root() + "%");
    args.add(m.id());
    return mentions(where, args.toArray(new String[0]));
  }

  private List<Mention> mentions(String where, String... args) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT e.id, e.article_id, e.source_actor, e.target_actor, e.cameo, e.trigger_text,"
                + " e.event_date, e.date_precision, e.date_text FROM events e WHERE "
                + where
                + " ORDER BY e.id")) {
      for (int i = 0; i < args.length; i++) {
        p.setString(i + 1, args[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Mention(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  DatePrecision.valueOf(rs.getString(8).toUpperCase(java.util.Locale.ROOT)),
                  rs.getString(9)));
        }
      }
    }
    return out;
  }
}
