package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Dependency;

/**
 * Clause structure read from the dependency parse: a verb's subject (inherited from the clause it
 * depends on), the verb a noun hangs on, passive voice. Stateless.
 */
final class Clauses {
  private Clauses() {}

  static boolean isPassive(DependencyGraph g, int head) {
    return !g.children(head, "nsubj:pass").isEmpty() || !g.children(head, "aux:pass").isEmpty();
  }

  /**
   * The subject of a verb: its own, else the subject of the clause it depends on ("Receiving X,
   * Khamenei said …": the participle's subject is Khamenei's).
   */
  static List<Integer> subjects(ParsedArticle d, int verb) {
    DependencyGraph g = d.graph();
    int v = verb;
    for (int hop = 0; hop < 3 && v >= 0; hop++) {
      List<Integer> subj = new ArrayList<>(g.children(v, "nsubj"));
      subj.addAll(g.children(v, "nsubj:xsubj"));
      if (!subj.isEmpty()) {
        return subj;
      }
      int up = -1;
      for (Dependency p : g.parents(v)) {
        String r = p.relation();
        // "Receiving X, Khamenei said": an unmarked participle shares its clause's subject;
        // "accused
        // Y of blocking" (marked) does not
        boolean participle = r.startsWith("advcl") && !marked(d, v);
        if (p.governor() >= 0 && (participle || r.equals("xcomp") || r.startsWith("conj"))) {
          up = p.governor();
          break;
        }
      }
      v = up;
    }
    return List.of();
  }

  /**
   * Whether an adverbial clause is introduced by a word that gives it a subject of its own ("of
   * blocking", "after …"); "to investigate" (purpose) keeps the main clause's subject.
   */
  private static boolean marked(ParsedArticle d, int verb) {
    for (int m : d.graph().children(verb, "mark")) {
      if (!d.tokens().get(m).text().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return !d.graph().children(verb, "case").isEmpty();
  }

  /** The verb a noun hangs on, through at most three nominal links. */
  static int governingVerb(ParsedArticle d, int noun) {
    int n = noun;
    for (int hop = 0; hop < 3; hop++) {
      int up = -1;
      for (Dependency p : d.graph().parents(n)) {
        if (p.governor() >= 0 && !p.relation().startsWith("conj")) {
          up = p.governor();
          break;
        }
      }
      if (up < 0) {
        return -1;
      }
      if (d.tokens().get(up).pos().startsWith("VB")) {
        return up;
      }
      n = up;
    }
    return -1;
  }
}
