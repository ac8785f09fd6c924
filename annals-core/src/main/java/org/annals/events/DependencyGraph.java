package org.annals.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.annals.model.Annotations;
import org.annals.model.Dependency;

/**
 * The dependency edges of an article indexed by token, both ways. Immutable after construction and
 * so safe to share; a token outside every parse has neither parents nor children.
 */
final class DependencyGraph {
  private final Map<Integer, List<Dependency>> down = new HashMap<>();
  private final Map<Integer, List<Dependency>> up = new HashMap<>();

  DependencyGraph(Annotations a) {
    for (Dependency d : a.dependencies()) {
      down.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      up.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
    }
  }

  boolean parsed(int token) {
    return up.containsKey(token) || down.containsKey(token);
  }

  List<Dependency> children(int token) {
    return down.getOrDefault(token, List.of());
  }

  List<Dependency> parents(int token) {
    return up.getOrDefault(token, List.of());
  }

  List<Integer> children(int token, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children(token)) {
      if (d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Edges between two tokens, ignoring direction; {@code limit + 1} when further or apart. */
  int distance(int from, int to, int limit, IntPredicate blocked) {
    if (from == to) {
      return 0;
    }
    Map<Integer, Integer> dist = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    dist.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      int n = queue.poll();
      int dn = dist.get(n);
      if (dn >= limit) {
        continue;
      }
      List<Integer> next = new ArrayList<>();
      children(n).forEach(x -> next.add(x.dependent()));
      parents(n).stream().filter(x -> x.governor() >= 0).forEach(x -> next.add(x.governor()));
      for (int m : next) {
        if (!dist.containsKey(m)) {
          if (m == to) {
            return dn + 1;
          }
          if (blocked.test(m)) {
            continue;
          }
          dist.put(m, dn + 1);
          queue.add(m);
        }
      }
    }
    return limit + 1;
  }
}
