package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Dependency;
import org.annals.model.Token;

/**
 * Where a lexicon entry's target is found: its slots ("obj", "iobj" or a preposition) in the parse,
 * else the phrase its preposition introduces right after the trigger. Stateless.
 */
final class TargetSlots {
  private TargetSlots() {}

  /** Target tokens by the entry's slots, in its order of preference; prepositional ones as kind. */
  static List<Integer> targets(
      ParsedArticle d, TriggerLexicon.Entry e, List<Integer> heads, String prepKind) {
    for (String slot : e.targets()) {
      List<Integer> found = new ArrayList<>();
      for (int h : heads) {
        if (slot.equals("obj") || slot.equals("iobj")) {
          found.addAll(d.graph().children(h, slot));
          if (slot.equals("obj") && found.isEmpty()) {
            found.addAll(d.graph().children(h, "iobj")); // the parser's reading of "praised X Y"
          }
        } else {
          found.addAll(d.graph().children(h, "obl:" + slot));
          found.addAll(d.graph().children(h, "nmod:" + slot));
          if (!prepKind.equals("obl")) {
            found.addAll(d.graph().children(h, "obl:" + slot));
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * When the parse hangs "with Haniyeh" elsewhere ("spoke on Monday with Haniyeh, …, media
   * reported" goes to "reported"): the phrase the target preposition introduces right after the
   * trigger.
   */
  static List<Integer> surfaceTarget(ParsedArticle d, TriggerLexicon.Entry e, List<Integer> trig) {
    int last = trig.get(trig.size() - 1);
    List<Token> toks = d.tokens();
    int sentence = toks.get(last).sentence();
    for (int k = last + 1; k < Math.min(toks.size(), last + 7); k++) {
      Token t = toks.get(k);
      if (t.sentence() != sentence || t.pos().startsWith("VB") || t.text().equals(".")) {
        break;
      }
      if (e.targets().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        for (Dependency p : d.graph().parents(k)) {
          if (p.relation().equals("case") && p.governor() > k) {
            return List.of(p.governor());
          }
        }
      }
    }
    return List.of();
  }
}
