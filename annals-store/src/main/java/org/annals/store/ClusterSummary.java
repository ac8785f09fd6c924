package org.annals.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The summary record of one cluster, from its mentions (event records) and their articles. */
final class ClusterSummary {
  private ClusterSummary() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(
      String cluster, List<Map<String, Object>> mentions, Map<String, ArticleFacts> facts) {
    Map<String, Integer> dayVotes = new TreeMap<>();
    Map<String, Integer> otherDates = new TreeMap<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    String first = null;
    String last = null;
    for (Map<String, Object> e : mentions) {
      String date = (String) e.get("date");
      if (date != null && "day".equals(e.get("date_precision"))) {
        dayVotes.merge(date, "text".equals(e.get("date_basis")) ? 2 : 1, Integer::sum);
      } else if (date != null) {
        otherDates.merge(date, 1, Integer::sum);
      }
      codes.merge((String) e.get("cameo"), 1, Integer::sum);
      String article = (String) e.get("article");
      articles.add(article);
      List<String> chain = (List<String>) e.get("reported_by");
      ArticleFacts a = facts.get(article);
      if (!chain.isEmpty()) {
        sources.add(chain.get(0));
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
    Map<String, Object> head = mentions.get(0);
    String cameo = best(codes);
    for (Map<String, Object> e : mentions) {
      if (e.get("cameo").equals(cameo)) {
        head = e;
        break;
      }
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("cluster", cluster);
    r.put("date", best);
    r.put("conflicting_dates", conflicting);
    r.put("cameo", cameo);
    r.put("plover", head.get("plover"));
    r.put("quad_class", head.get("quad_class"));
    r.put("goldstein", head.get("goldstein"));
    r.put("source", head.get("source"));
    r.put("target", head.get("target"));
    r.put("location", head.get("location"));
    r.put("mentions", mentions.size());
    r.put("articles", articles.size());
    r.put("sources", new ArrayList<>(sources));
    r.put("first_report", first);
    r.put("last_report", last);
    r.put("events", ids(mentions));
    return r;
  }

  private static List<Object> ids(Collection<Map<String, Object>> mentions) {
    List<Object> out = new ArrayList<>();
    mentions.forEach(m -> out.add(m.get("id")));
    return out;
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
