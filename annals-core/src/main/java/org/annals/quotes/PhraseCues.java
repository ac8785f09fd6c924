package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Cues made of more than a verb: a light verb and its speech noun ("made the case", "took a
 * swipe"), a copula and a role noun ("is a vocal supporter of"), a copula and an attitude adjective
 * ("are furious at").
 */
final class PhraseCues {
  /**
   * The speech noun a light verb at {@code k} makes an act of, within four words ("made the case",
   * "took a swipe", "offered his congratulations", "made clear"), or -1.
   */
  static int lightVerbNoun(List<Token> toks, int k) {
    Token t = toks.get(k);
    // "is a vocal supporter of", "was the party's most outspoken critic of": a role noun after a
    // copula holds a view as a stance verb does
    boolean role = t.pos().startsWith("VB") && Tokens.lemma(t).equals("be");
    if (!t.pos().startsWith("VB") || !role && !Cues.LIGHT_VERBS.contains(Tokens.lemma(t))) {
      return -1;
    }
    for (int n = k + 1; n < toks.size() && n - k <= (role ? 6 : 4); n++) {
      Token w = toks.get(n);
      String nl = Tokens.lemma(w);
      if (role
          ? w.pos().startsWith("NN") && Cues.ROLE_NOUNS.contains(nl)
          : (w.pos().startsWith("NN") || w.pos().equals("JJ") && nl.equals("clear"))
              && Cues.SPEECH_NOUNS.contains(nl)) {
        return n;
      }
      boolean modifier =
          Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "RB", "CD", "POS").contains(w.pos())
              || role && Set.of("NN", "NNP", "HYPH", "RBS").contains(w.pos())
              || !role && nl.equals("it") && n == k + 1; // "made it clear that"
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code k} is an attitude adjective after a copula, with something for it to be about:
   * "are furious at", "was willing to", "is confident that".
   */
  static boolean attitude(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (!Set.of("JJ", "VBN", "JJR").contains(t.pos())
        || !Cues.ATTITUDES.contains(t.text().toLowerCase(Locale.ROOT))
        || k + 1 >= toks.size()) {
      return false;
    }
    int b = Tokens.beforeAdverbs(toks, k); // "less concerned", "most proud", "also angry"
    return b >= 0 && copula(toks.get(b));
  }

  /** Whether a verb links its subject to an attitude ("is", "seemed", "grew"). */
  static boolean copula(Token t) {
    return t.pos().startsWith("VB") && Cues.COPULAS.contains(Tokens.lemma(t));
  }
}
