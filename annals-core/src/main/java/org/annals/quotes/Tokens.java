package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Small tests and views over a sentence's tokens, which every rule shares: a token's lemma, a
 * finite verb, the span of a token run, where the sentence's words end. Tokens are referred to by
 * their index in the sentence's list.
 */
final class Tokens {
  /** Auxiliaries and adverbs between a subject and its verb: "has also said", "he'd say". */
  static final Set<String> AUX =
      Set.of(
          "has",
          "had",
          "have",
          "will",
          "would",
          "also",
          "then",
          "later",
          "previously",
          "repeatedly",
          "again",
          "once",
          "did",
          "does",
          "do",
          "not",
          "n't",
          "never",
          "'d",
          "’d",
          "'ve",
          "’ve",
          "'ll",
          "’ll",
          "'s",
          "’s");

  /** Forms of "be": before a progressive ("is calling") or a passive ("was backed"). */
  static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "'s", "'re", "’s", "’re", "am", "'m");

  /** Entity tags of a time: "for weeks", "in early June". */
  static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION");

  /** A token's lemma in lower case ("" when the tagger gave none). */
  static String lemma(Token t) {
    return t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** A finite verb or modal: the verb of a clause ("said", "says", "say", "will"). */
  static boolean finite(Token t) {
    return Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos());
  }

  /** The last token before {@code k} that is no adverb ("has repeatedly called"), or -1. */
  static int beforeAdverbs(List<Token> toks, int k) {
    int b = k - 1;
    while (b >= 0 && toks.get(b).pos().startsWith("RB")) {
      b--;
    }
    return b;
  }

  /** The text of tokens {@code from} to {@code to}, both included. */
  static Span between(List<Token> toks, int from, int to) {
    return new Span(toks.get(from).span().start(), toks.get(to).span().end());
  }

  /** Whether token {@code k} is a comma, or a closing quotation mark right after one (",”"). */
  static boolean afterComma(List<Token> toks, int k) {
    String w = toks.get(k).text();
    return w.equals(",")
        || Set.of("''", "”", "\"").contains(w) && k >= 1 && toks.get(k - 1).text().equals(",");
  }

  /** The last token before the sentence's closing marks (". ”", "?", ")"), or -1. */
  static int lastContentToken(List<Token> toks) {
    int last = toks.size() - 1;
    while (last >= 0 && Set.of(".", "!", "?", "''", "\"", ")").contains(toks.get(last).text())) {
      last--;
    }
    return last;
  }
}
