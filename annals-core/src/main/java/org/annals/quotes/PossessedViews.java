package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Views and words a possessor holds: "Trump's proposal to ban …", "his attacks on Clinton" (rule
 * {@code quote:possessed-view}) and "Rubio's answer was that …" (rule {@code quote:owned-words}).
 */
final class PossessedViews {
  /** The rule that names a possessed view in provenance. */
  static final String POSSESSED_VIEW = "quote:possessed-view";

  /** What a possessed view takes before its object: "attacks on", "support for", "view of". */
  static final Set<String> VIEW_PREPS =
      Set.of("of", "on", "about", "for", "against", "toward", "towards", "over");

  /**
   * The possessive ("his", or the "'s" of "Rubio's") before noun {@code noun}, past at most {@code
   * max} modifiers tagged {@code modifiers}, or -1.
   */
  private static int possessive(List<Token> toks, int noun, int max, Set<String> modifiers) {
    int b = noun - 1;
    while (b >= 0 && noun - b <= max && modifiers.contains(toks.get(b).pos())) {
      b--;
    }
    return b >= 0 && Set.of("PRP$", "POS").contains(toks.get(b).pos()) ? b : -1;
  }

  /**
   * "Trump's proposal to ban …", "his attacks on Clinton", "her remark that …": the possessor of a
   * noun of a view or a statement holds it, and what the noun takes is the content (as a speech
   * noun's after a light verb); null when token {@code k} is no such noun.
   */
  static Quote possessedView(
      String text,
      Sentence s,
      List<Token> toks,
      int k,
      ArticleActors actors,
      List<Span> quoted,
      List<Quote> earlier) {
    Token t = toks.get(k);
    if (!t.pos().startsWith("NN")
        || !Cues.VIEW_NOUNS.contains(Tokens.lemma(t))
        || QuotedPassages.insideAny(quoted, t.span())
        || earlier.stream().anyMatch(q -> q.cue().contains(t.span()))) {
      return null; // (the noun of "offered his congratulations to" is the light verb's)
    }
    // past its modifiers: "Graham's energetic endorsement of", "his past comments"
    int p = possessive(toks, k, 3, Set.of("JJ", "JJR", "JJS", "RB", "NN", "HYPH", "CD", "VBN"));
    Span owner;
    if (p >= 0 && toks.get(p).pos().equals("PRP$")) {
      owner = toks.get(p).span();
    } else if (p >= 1 && NounPhrases.npStart(toks, p - 1) <= p - 1) {
      owner = Tokens.between(toks, NounPhrases.npStart(toks, p - 1), p - 1);
    } else {
      return null;
    }
    // what the noun takes ends before the verb of its own clause: "his refusal to sign the lease
    // made the sale harder"
    return Stances.stance(
        text, s, toks, k, "+'s " + Tokens.lemma(t), owner, k + 1, actors, quoted, earlier, true);
  }

  /**
   * "Rubio's catch phrase was that Crist “would say anything”", "His answer is “no.”": the owner of
   * a speech noun says what follows its copula. {@code k} is the copula.
   */
  static Quote ownedWords(
      String text,
      Sentence s,
      List<Token> toks,
      int k,
      ArticleActors actors,
      List<Span> quoted,
      List<Quote> earlier) {
    Token t = toks.get(k);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (k < 2
        || !Set.of("is", "was").contains(w)
        || QuotedPassages.insideAny(quoted, t.span())
        || !toks.get(k - 1).pos().startsWith("NN")
        || !Cues.OWNED_NOUNS.contains(Tokens.lemma(toks.get(k - 1)))) {
      return null;
    }
    // past the noun's modifiers ("catch phrase", "main talking point")
    int b = possessive(toks, k - 1, 4, Set.of("NN", "NNS", "JJ", "VBG"));
    Span owner;
    if (b >= 0 && toks.get(b).pos().equals("PRP$")) {
      owner = toks.get(b).span(); // "His answer was …"
    } else if (b >= 1 && toks.get(b - 1).pos().startsWith("NN")) {
      owner = Tokens.between(toks, NounPhrases.npStart(toks, b - 1), b); // "Rubio's"
    } else {
      return null;
    }
    int c = k + 1;
    boolean clause = c < toks.size() && toks.get(c).text().equalsIgnoreCase("that");
    if (clause) {
      c++;
    }
    int last = Tokens.lastContentToken(toks);
    if (last < c) {
      return null;
    }
    last = ContentBounds.clauseEnd(toks, c, last);
    for (int v = c; v <= last; v++) {
      clause |= Tokens.finite(toks.get(v)) || Set.of("``", "“", "\"").contains(toks.get(v).text());
    }
    if (!clause
        && !(c == last
            && Set.of("yes", "no").contains(toks.get(c).text().toLowerCase(Locale.ROOT)))) {
      return null; // words, not a state: "the bank's position was strong" says nothing
    }
    Span content = QuotedPassages.widenToQuotedPassage(Tokens.between(toks, c, last), quoted);
    return new Quote(
        s.index(),
        content,
        Tokens.between(toks, k - 1, k),
        Tokens.lemma(toks.get(k - 1)),
        owner,
        SpeakerActors.speakerActor(text, actors, owner, earlier),
        null,
        null,
        quoted.stream().anyMatch(q -> q.contains(content)),
        "quote:owned-words");
  }
}
