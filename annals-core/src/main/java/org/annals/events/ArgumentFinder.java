package org.annals.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tokens that stand for a trigger's source and target in the dependency parse: a verb's
 * subject and object or prepositional phrase, reversed for a passive with a "by" phrase; a noun
 * trigger's by {@link NounTriggerArguments}; else the target phrase written right after the
 * trigger. Stateless.
 *
 * <p>A new kind of trigger (a pattern that binds its own slots) adds its branch in {@link #find}.
 */
final class ArgumentFinder {
  private ArgumentFinder() {}

  static Arguments find(ParsedArticle d, TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    int head = m.head();
    Arguments found;
    if (e.noun()) {
      found = NounTriggerArguments.find(d, m);
    } else if (Clauses.isPassive(d.graph(), head)) {
      found = passive(d.graph(), head);
    } else {
      List<Integer> sourceTokens = new ArrayList<>(Clauses.subjects(d, head));
      List<Integer> targetTokens = new ArrayList<>(TargetSlots.targets(d, e, m.tokens(), "obl"));
      found = new Arguments(sourceTokens, targetTokens, false, head);
    }
    if (found.targetTokens().isEmpty()) {
      return found.withTargets(new ArrayList<>(TargetSlots.surfaceTarget(d, e, m.tokens())));
    }
    return found;
  }

  /** "X was received by Y": the passive subject is the target, the agent the source. */
  private static Arguments passive(DependencyGraph g, int head) {
    List<Integer> targetTokens = new ArrayList<>();
    List<Integer> sourceTokens = new ArrayList<>();
    targetTokens.addAll(g.children(head, "nsubj:pass"));
    sourceTokens.addAll(g.children(head, "obl:agent"));
    if (sourceTokens.isEmpty()) {
      sourceTokens.addAll(g.children(head, "obl:by"));
    }
    return new Arguments(sourceTokens, targetTokens, true, head);
  }
}
