package org.annals.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;

/**
 * The lexicons' triggers in a sentence that may code events: matches sharing no token (the longer
 * pattern wins, and of two as long the earlier lexicon's), in text order, none inside a name
 * ("Islamic Revolution"). Thread-safe.
 *
 * <p>Other sources of matches (noun or multiword lists, verb patterns) join the lexicons' in {@link
 * #find} before {@code distinct}, so that overlaps between them are settled the same way. The
 * bundled lexicon comes first, then the verb patterns of a knowledge base ({@link
 * VerbPatternTriggers}).
 */
final class TriggerMatcher {
  private final List<TriggerLexicon> lexicons;

  TriggerMatcher(List<TriggerLexicon> lexicons) {
    this.lexicons = List.copyOf(lexicons);
  }

  /** Whether some lexicon has a whole pattern in the sentence: worth parsing it. */
  boolean mayTrigger(List<org.annals.model.Token> sentence) {
    return lexicons.stream().anyMatch(l -> l.mayTrigger(sentence));
  }

  List<TriggerLexicon.Match> find(ParsedArticle d, Sentence s) {
    List<TriggerLexicon.Match> found = new ArrayList<>();
    lexicons.forEach(l -> found.addAll(l.find(d.tokens(s))));
    List<TriggerLexicon.Match> out = new ArrayList<>();
    for (TriggerLexicon.Match m : distinct(found)) {
      if (d.mentionAt()[m.head()] != null || insideName(d.annotations(), m.head())) {
        continue; // "Islamic Revolution", a name, is not a trigger
      }
      out.add(m);
    }
    return out;
  }

  /** Matches that share no token; the longer pattern wins. */
  private static List<TriggerLexicon.Match> distinct(List<TriggerLexicon.Match> found) {
    List<TriggerLexicon.Match> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((TriggerLexicon.Match m) -> -m.tokens().size()));
    Set<Integer> used = new HashSet<>();
    List<TriggerLexicon.Match> kept = new ArrayList<>();
    for (TriggerLexicon.Match m : sorted) {
      if (m.tokens().stream().noneMatch(used::contains)) {
        used.addAll(m.tokens());
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(TriggerLexicon.Match::head));
    return kept;
  }

  private static boolean insideName(Annotations a, int token) {
    Span s = a.tokens().get(token).span();
    for (var m : a.mentions()) {
      if (m.span().contains(s)
          && (m.type().equals("ORGANIZATION") || m.type().equals("MISC"))
          && m.endToken() - m.firstToken() > 1) {
        return true;
      }
    }
    return false;
  }
}
