package org.annals.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.store.read.ClusterRecord;
import org.annals.store.read.EventRecord;

/** The summary record of one cluster, from its mentions (event records) and their articles. */
final class ClusterSummary {
  private ClusterSummary() {}

  static ClusterRecord of(
      String cluster, List<EventRecord> mentions, Map<String, ArticleFacts> facts) {
    Map<String, Integer> dayVotes = new TreeMap<>();
    Map<String, Integer> otherDates = new TreeMap<>();
    Map<String, String> precisions = new java.util.HashMap<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    String first = null;
    String last = null;
    for (EventRecord e : mentions) {
      if (e.datedToDay()) {
        dayVotes.merge(e.date(), "text".equals(e.dateBasis()) ? 2 : 1, Integer::sum);
        precisions.put(e.date(), "day");
      } else if (e.date() != null) {
        otherDates.merge(e.date(), 1, Integer::sum);
        // a day that one mention gives to the day is known to the day
        precisions.putIfAbsent(e.date(), e.datePrecision());
      }
      codes.merge(e.cameo(), 1, Integer::sum);
      articles.add(e.article());
      ArticleFacts a = facts.get(e.article());
      if (!e.reportedBy().isEmpty()) {
        sources.add(e.reportedBy().get(0));
      } else if (a != null && a.outlet() != null) {
        sources.add(a.outlet());
      }
      String when = a == null ? null : a.reported();
      if (when != null) {
        first = first == null || when.compareTo(first) < 0 ? when : first;
        last = last == null || when.compareTo(last) > 0 ? when : last;
      }
    }
    String best = best(dayVotes.isEmpty() ? otherDates : dayVotes);
    List<String> conflicting = new ArrayList<>(dayVotes.keySet());
    conflicting.addAll(otherDates.keySet());
    conflicting.remove(best);
    List<String> conflictingPrecisions = conflicting.stream().map(precisions::get).toList();
    String cameo = best(codes);
    EventRecord head =
        mentions.stream().filter(e -> e.cameo().equals(cameo)).findFirst().orElse(mentions.get(0));
    return new ClusterRecord(
        cluster,
        best,
        best == null ? "unknown" : precisions.get(best),
        conflicting,
        conflictingPrecisions,
        cameo,
        head.plover(),
        head.quadClass(),
        head.goldstein(),
        head.source(),
        head.target(),
        head.location(),
        mentions.size(),
        articles.size(),
        new ArrayList<>(sources),
        first,
        last,
        mentions.stream().map(EventRecord::id).toList());
  }

  private static String best(Map<String, Integer> votes) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
