package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.model.Dependency;

/**
 * Keeps one event where a sentence says one thing twice: an announced act stands for the verb that
 * announces it, and a target-less event is dropped when one of its kind and source has a target.
 * Stateless.
 */
final class RedundantEvents {
  private RedundantEvents() {}

  /**
   * The events of one sentence in order, from the events coded at each head token (other keys,
   * negative, for events with no head of their own).
   */
  static List<Event> of(Map<Integer, List<Event>> byHead, DependencyGraph g) {
    // "threatened to impose a curfew", "agreed to withdraw": the announced act, coded as the
    // threat or intent it is, stands for its announcing verb when both name the same kind; not
    // when only the verb has a target ("met with X to discuss …": the meeting says more)
    Set<Integer> announcing = new HashSet<>();
    byHead.forEach(
        (child, events) -> {
          for (Dependency p : g.parents(child)) {
            List<Event> parent = byHead.get(p.governor());
            if (p.relation().equals("xcomp")
                && parent != null
                && !parent.isEmpty()
                && !events.isEmpty()
                && parent.get(0).cameo().startsWith(events.get(0).cameo().substring(0, 2))
                && !(events.get(0).target() == null && parent.get(0).target() != null)) {
              announcing.add(p.governor());
            }
          }
        });
    List<Event> sentenceEvents = new ArrayList<>();
    byHead.forEach(
        (h, events) -> {
          if (!announcing.contains(h)) {
            sentenceEvents.addAll(events);
          }
        });
    return dropEchoes(sentenceEvents);
  }

  /**
   * "Raisi discussed the developments in phone calls with X": the target-less "discussed" repeats
   * the call; an event with no target is dropped when one of the same kind (CAMEO root) and source
   * in its sentence has one.
   */
  private static List<Event> dropEchoes(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.target() == null && e.source() != null) {
        boolean echo =
            events.stream()
                .anyMatch(
                    o ->
                        o != e
                            && o.target() != null
                            && o.source() != null
                            && Objects.equals(o.source().actor(), e.source().actor())
                            && o.cameo().startsWith(e.cameo().substring(0, 2)));
        if (echo) {
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }
}
