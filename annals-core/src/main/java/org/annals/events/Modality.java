package org.annals.events;

import java.util.Locale;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Token;

/**
 * Whether the text says an event happened, read from the parse around its verb: "asserted",
 * "negated", "refused", "future", "intended", "possible" or "conditional". {@link StatedIntent}
 * turns the forward-looking ones into the statement CAMEO codes. Stateless.
 */
final class Modality {
  private Modality() {}

  private static final Set<String> INTENT =
      Set.of(
          "plan",
          "intend",
          "want",
          "hope",
          "seek",
          "aim",
          "expect",
          "prepare",
          "threaten",
          "vow",
          "promise",
          "pledge",
          "agree",
          "offer",
          "decide",
          "try",
          "attempt",
          "wish",
          "propose",
          "consider",
          "urge",
          "ask",
          "call",
          "demand",
          "invite",
          "push",
          "press");
  private static final Set<String> NEGATING = Set.of("refuse", "decline", "fail", "reject");

  /** "is willing to withdraw", "is prepared to lift": intent stated by an adjective. */
  private static final Set<String> INTENT_ADJECTIVES =
      Set.of("willing", "ready", "prepared", "determined", "eager", "committed");

  /** "would" is the future of reported speech: "they said they would meet". */
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would", "wo");

  private static final Set<String> POSSIBLE_AUX =
      Set.of("could", "may", "might", "can", "should", "must");

  /**
   * Whether the text says it happened: "did not meet" is negated, "will visit" future, "plans to
   * visit" intended, "could meet" possible, "if they meet" conditional.
   */
  static String of(ParsedArticle d, int head, int eventVerb) {
    DependencyGraph g = d.graph();
    for (int det : g.children(head, "det")) {
      if (d.tokens().get(det).lemma().equalsIgnoreCase("no")) {
        return "negated"; // "no talks were held"
      }
    }
    int v = eventVerb;
    String found = "asserted";
    for (int hop = 0; hop < 3 && v >= 0; hop++) {
      for (Dependency c : g.children(v)) {
        Token t = d.tokens().get(c.dependent());
        String w = t.text().toLowerCase(Locale.ROOT);
        if ((c.base().equals("advmod") || c.base().equals("neg"))
            && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
          // "will not accept", "would not allow": a refusal stated for what is to come
          return hasModalAux(d, v) ? "refused" : "negated";
        }
        if (c.base().equals("aux") && found.equals("asserted")) {
          if (FUTURE_AUX.contains(w)) {
            found = "future";
          } else if (POSSIBLE_AUX.contains(w)) {
            found = "possible";
          }
        }
        if (c.base().equals("mark") && (w.equals("if") || w.equals("unless"))) {
          found = "conditional";
        }
        if (c.base().equals("advcl") && hasMark(d, c.dependent(), "unless")) {
          found = "conditional"; // "will withdraw … unless X arranges a ceasefire": a threat
        }
      }
      int up = -1;
      for (Dependency p : g.parents(v)) {
        if (p.governor() >= 0 && p.relation().equals("xcomp")) {
          String lemma = d.tokens().get(p.governor()).lemma().toLowerCase(Locale.ROOT);
          if (lemma.equals("hesitate") && negatedHere(d, p.governor())) {
            return "future"; // "will not hesitate to support": will support
          }
          if (NEGATING.contains(lemma)) {
            return "negated";
          }
          if ((INTENT.contains(lemma)
                  || INTENT_ADJECTIVES.contains(
                      d.tokens().get(p.governor()).text().toLowerCase(Locale.ROOT)))
              && found.equals("asserted")) {
            found = "intended";
          }
          up = p.governor();
        }
      }
      v = up;
    }
    return found;
  }

  private static boolean hasMark(ParsedArticle d, int verb, String word) {
    for (int m : d.graph().children(verb, "mark")) {
      if (d.tokens().get(m).text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasModalAux(ParsedArticle d, int verb) {
    for (int c : d.graph().children(verb, "aux")) {
      String w = d.tokens().get(c).text().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(w) || w.equals("can")) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedHere(ParsedArticle d, int verb) {
    for (int c : d.graph().children(verb, "advmod")) {
      String w = d.tokens().get(c).text().toLowerCase(Locale.ROOT);
      if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        return true;
      }
    }
    return false;
  }
}
