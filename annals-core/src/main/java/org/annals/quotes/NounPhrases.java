package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Where a noun phrase starts and ends among a sentence's tokens, past what may sit inside one ("of
 * Texas", "six in ten") or beside it (a parenthesis, an aside between commas).
 */
final class NounPhrases {
  /** Tags a subject's noun phrase is made of ("the Iranian president's 2 top aides"). */
  static final Set<String> SUBJECT_POS =
      Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "JJS", "POS", "CD", "HYPH");

  /** Subject pronouns: one is a whole subject ("on Tuesday night he said"). */
  static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "we", "i");

  /** Nouns of a share of a group: "a majority of", "most of", "55 percent of". */
  private static final Set<String> QUANTITIES =
      Set.of(
          "percent",
          "majority",
          "majorities",
          "minority",
          "half",
          "third",
          "thirds",
          "quarter",
          "quarters",
          "most",
          "many",
          "some",
          "none",
          "all",
          "each",
          "number",
          "share",
          "plurality");

  /**
   * End (exclusive) of the noun phrase starting at {@code from}; {@code from} when there is none.
   */
  static int nounPhraseEnd(List<Token> toks, int from) {
    int k = from;
    while (k < toks.size() && SUBJECT_POS.contains(toks.get(k).pos())) {
      k++;
    }
    return k;
  }

  /** The first token of the noun phrase that ends at {@code end}. */
  static int npStart(List<Token> toks, int end) {
    int b = end;
    while (b >= 0 && SUBJECT_POS.contains(toks.get(b).pos())) {
      b--;
      if (b >= 1 && placeLink(toks, b)) {
        b--; // "Senator Ted Cruz of Texas": the senator, not Texas
      }
    }
    return b + 1;
  }

  /**
   * Whether {@code k} is the "of" between a noun and a proper name that places or names it:
   * "Senator Ted Cruz of Texas", "the governor of Ohio", "James Pethokoukis of the American
   * Enterprise Institute".
   */
  static boolean placeLink(List<Token> toks, int k) {
    int name = k + 1 < toks.size() && toks.get(k + 1).text().equals("the") ? k + 2 : k + 1;
    return toks.get(k).text().equals("of")
        && name < toks.size()
        && Set.of("NNP", "NNPS").contains(toks.get(name).pos())
        && Set.of("NN", "NNS", "NNP", "NNPS").contains(toks.get(k - 1).pos());
  }

  /** Whether {@code k} links a quantity to its group: "in" of "six in ten", "than", "of". */
  static boolean quantityLink(List<Token> toks, int k) {
    String w = toks.get(k).text().toLowerCase(Locale.ROOT);
    Token before = toks.get(k - 1);
    return Set.of("in", "than", "of").contains(w)
        && (Set.of("CD", "JJR", "RBR").contains(before.pos())
            || QUANTITIES.contains(before.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * The token before a parenthesis that ends at {@code j} ("Sen. Marco Rubio (R-Fla.) said"), or
   * {@code j}.
   */
  static int beforeParenthesis(List<Token> toks, int j) {
    if (j < 1 || !toks.get(j).text().equals("-RRB-") && !toks.get(j).text().equals(")")) {
      return j;
    }
    for (int k = j - 1; k >= 0 && j - k <= 8; k--) {
      String w = toks.get(k).text();
      if (w.equals("-LRB-") || w.equals("(")) {
        return k - 1;
      }
    }
    return j;
  }

  /**
   * An interjection or apposition between a subject and its verb: "Haniyeh, on his part, said",
   * "Velayati, a top advisor to …, said" (no finite verb between the commas). When token {@code j}
   * closes one, the token before it opens ("Haniyeh"); else {@code j}.
   */
  static int beforeAside(List<Token> toks, int j) {
    if (j <= 0 || !toks.get(j).text().equals(",")) {
      return j;
    }
    int k = j - 1;
    boolean hasVerb = false;
    while (k >= 0 && !toks.get(k).text().equals(",") && j - k <= 25) {
      // "Mary Susan, clad in a cape with lights that formed the name Trump, said": the verb of
      // a relative clause inside the apposition is not the clause's
      if (Set.of("WDT", "WP").contains(toks.get(k).pos())) {
        hasVerb = false;
      }
      hasVerb |= Tokens.finite(toks.get(k));
      k--;
    }
    // "Lee Epstein, who teaches law at …, said": a relative clause's verb is not the clause's
    boolean relative = k >= 0 && k + 1 < j && Set.of("WP", "WP$").contains(toks.get(k + 1).pos());
    if (k > 0
        && toks.get(k).text().equals(",")
        && (!hasVerb || relative)
        && beforeParenthesis(toks, k - 1) >= 0
        && SUBJECT_POS.contains(toks.get(beforeParenthesis(toks, k - 1)).pos())) {
      return beforeParenthesis(toks, k - 1); // "Rep. Zoe Lofgren (D-Calif.), who …, said"
    }
    return j;
  }

  /**
   * Where the one told ends, within the noun phrase run {@code [from, np)} after "tell": the told
   * words' subject follows at once, with no "that" ("told reporters he was confident", "told
   * Reuters the plan was dead", "told him the vote was lost"). It starts at a subject pronoun, or
   * at a determiner after a name, a noun or an object pronoun.
   */
  static int addresseeEnd(List<Token> toks, int from, int np) {
    for (int k = from + 1; k < np; k++) {
      Token t = toks.get(k);
      String before = toks.get(k - 1).pos();
      if (NOMINATIVE.contains(t.text().toLowerCase(Locale.ROOT))
          || t.pos().equals("DT") && Set.of("NN", "NNS", "NNP", "NNPS", "PRP").contains(before)
          || before.equals("PRP")
              && Set.of("him", "her", "them", "us", "me")
                  .contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return np;
  }
}
