package org.annals.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a batch of mentions into clusters. Mentions are compared only within their block (CAMEO
 * root and actors) and, in a block, with a bounded window of neighbours in date order, so the cost
 * grows near-linearly with the number of mentions. Each mention joins the cluster of its best match
 * only, so that a vaguely dated mention ("this year") does not bridge two events.
 */
public final class Linker {
  /** How many earlier mentions of a block each mention is compared with. */
  static final int WINDOW = 64;

  private Linker() {}

  /** Each mention's cluster: the id of the earliest mention (in input order) of its cluster. */
  public static Map<String, String> cluster(List<Mention> mentions) {
    int[] parent = new int[mentions.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      String b = mentions.get(i).block();
      if (b != null) {
        blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
      }
    }
    // day-dated mentions first, in date order; vaguer ones after, to join what they fit best
    Comparator<Integer> byDate =
        Comparator.comparing((Integer i) -> mentions.get(i).day() == null ? 1 : 0)
            .thenComparing(i -> mentions.get(i).date() == null ? "~" : mentions.get(i).date());
    for (List<Integer> block : blocks.values()) {
      block.sort(byDate);
      for (int k = 0; k < block.size(); k++) {
        Mention m = mentions.get(block.get(k));
        int best = -1;
        double bestScore = 0;
        for (int j = Math.max(0, k - WINDOW); j < k; j++) {
          int other = block.get(j);
          LinkRules.Verdict v = LinkRules.compare(mentions.get(other), m);
          if (v.same() && v.score() > bestScore) {
            best = other;
            bestScore = v.score();
          }
        }
        if (best >= 0) {
          // the best match only: a vaguely dated mention must not bridge two events
          union(parent, best, block.get(k));
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      out.put(mentions.get(i).id(), mentions.get(find(parent, i)).id());
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two sets; the smaller index (earlier in input) stays the root. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
