package org.annals.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.linking.LinkRules;
import org.annals.linking.Mention;
import org.annals.model.DatePrecision;

/**
 * Links the events of one linking block (CAMEO root and actor pair, unordered for 04x and 06x: see
 * {@link Mention#block()}) as the store's incremental linker (annals-store's EventLinker) links
 * them when the articles are stored one after the other in input order: an article's events are
 * compared with every event of the block stored before and of the article itself, each joins the
 * cluster of its best-scoring match (the least id among equal scores), clusters it bridges merge
 * only when all their members agree with that match, and a cluster is named after its least event
 * id. Events of an earlier output come first, in the clusters that output gave them. A block never
 * shares a cluster with another, so blocks are linked apart, each on one executor.
 */
final class BlockLinker {
  private BlockLinker() {}

  /**
   * One event of a block: its mention, its article's place in the input, its cluster if earlier.
   */
  record Member(long seq, Mention mention, String earlierCluster) implements Serializable {}

  /** What linking decided for one event; {@code earlier} for an earlier output's event. */
  record Link(
      String event,
      String article,
      String cluster,
      String linkWith,
      Double score,
      String evidence,
      boolean earlier)
      implements Serializable {}

  /** The mention linking reads of an event row (columns of the events table). */
  static Mention mention(Object[] e) {
    return new Mention(
        (String) e[EventColumns.ID],
        (String) e[EventColumns.ARTICLE],
        (String) e[EventColumns.SOURCE],
        (String) e[EventColumns.TARGET],
        (String) e[EventColumns.CAMEO],
        (String) e[EventColumns.TRIGGER],
        (String) e[EventColumns.DATE],
        DatePrecision.valueOf(
            ((String) e[EventColumns.PRECISION]).toUpperCase(java.util.Locale.ROOT)),
        (String) e[EventColumns.DATE_TEXT]);
  }

  /** Links one block; answers for every new event and every earlier one whose cluster changed. */
  static List<Link> link(Iterable<Member> block) {
    List<Member> earlier = new ArrayList<>();
    TreeMap<Long, List<Member>> byArticle = new TreeMap<>();
    for (Member m : block) {
      if (m.earlierCluster() != null) {
        earlier.add(m);
      } else {
        byArticle.computeIfAbsent(m.seq(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, String> cluster = new HashMap<>();
    Map<String, Link> links = new HashMap<>();
    // stored events by id, as the store's queries order them
    TreeMap<String, Mention> stored = new TreeMap<>();
    for (Member m : earlier) {
      stored.put(m.mention().id(), m.mention());
      cluster.put(m.mention().id(), m.earlierCluster());
    }
    for (List<Member> article : byArticle.values()) {
      for (Member m : article) {
        stored.put(m.mention().id(), m.mention());
        cluster.put(m.mention().id(), m.mention().id());
      }
      article.sort(Comparator.comparing(m -> m.mention().id()));
      for (Member member : article) {
        linkOne(member.mention(), stored, cluster, links);
      }
    }
    List<Link> out = new ArrayList<>();
    for (Member m : block) {
      String id = m.mention().id();
      String c = cluster.get(id);
      Link l = links.get(id);
      if (m.earlierCluster() == null) {
        out.add(
            l == null
                ? new Link(id, m.mention().article(), c, null, null, null, false)
                : new Link(
                    id, m.mention().article(), c, l.linkWith(), l.score(), l.evidence(), false));
      } else if (!c.equals(m.earlierCluster())) {
        out.add(new Link(id, m.mention().article(), c, null, null, null, true));
      }
    }
    return out;
  }

  private static void linkOne(
      Mention m,
      TreeMap<String, Mention> stored,
      Map<String, String> cluster,
      Map<String, Link> links) {
    Mention best = null;
    LinkRules.Verdict bestVerdict = null;
    List<Mention> matches = new ArrayList<>();
    for (Mention other : stored.values()) {
      if (other.id().equals(m.id())) {
        continue;
      }
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
      return;
    }
    Set<String> clusters = new LinkedHashSet<>();
    String bestCluster = cluster.get(best.id());
    for (Mention other : matches) {
      String oc = cluster.get(other.id());
      if (oc.equals(bestCluster) || clusters.contains(oc)) {
        continue;
      }
      boolean agrees = true;
      for (Mention member : stored.values()) {
        if (cluster.get(member.id()).equals(oc)) {
          agrees &= LinkRules.compare(best, member).same();
        }
      }
      if (agrees) {
        clusters.add(oc);
      }
    }
    clusters.add(bestCluster);
    clusters.add(m.id()); // its own, as the store's linker names it (even if linked into since)
    String name = clusters.stream().min(String::compareTo).orElseThrow();
    links.put(
        m.id(),
        new Link(
            m.id(),
            m.article(),
            null,
            best.id(),
            bestVerdict.score(),
            String.join("; ", bestVerdict.evidence()),
            false));
    for (Map.Entry<String, String> e : cluster.entrySet()) {
      if (clusters.contains(e.getValue())) {
        e.setValue(name);
      }
    }
  }
}
