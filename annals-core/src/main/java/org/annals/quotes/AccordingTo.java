package org.annals.quotes;

import java.util.List;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * "According to X, …" and "…, according to X": X is the source of the words on the other side of
 * its comma (rule {@code quote:according-to}).
 */
final class AccordingTo {
  /**
   * The attribution of the "according to" at token {@code i} of sentence {@code s}: the source is
   * what follows it up to a comma or full stop, the words the other side; or null.
   */
  static Quote quote(String text, Sentence s, List<Token> toks, int i, ArticleActors actors) {
    int k = i + 2;
    int start = k;
    while (k < toks.size() && !toks.get(k).text().equals(",") && !toks.get(k).text().equals(".")) {
      k++;
    }
    if (k == start) {
      return null;
    }
    Span speaker = Tokens.between(toks, start, k - 1);
    Span cue = Tokens.between(toks, i, i + 1);
    Span content;
    if (i <= 1) { // "According to X, CONTENT."
      int last = Tokens.lastContentToken(toks);
      if (k + 1 > last) {
        return null;
      }
      content = Tokens.between(toks, k + 1, last);
    } else { // "CONTENT, according to X."
      int end = i - 1;
      while (end >= 0 && toks.get(end).text().equals(",")) {
        end--;
      }
      if (end < 1) {
        return null;
      }
      // "At the heart of the trouble, according to Dennis Ross, is …": the words on both sides
      int last = Tokens.lastContentToken(toks);
      if (k < toks.size() && toks.get(k).text().equals(",") && last - k >= 2) {
        end = last;
      }
      content = Tokens.between(toks, 0, end);
    }
    return new Quote(
        s.index(),
        content,
        cue,
        "according to",
        speaker,
        SpeakerActors.actorAt(text, actors, speaker, List.of()),
        null,
        null,
        false,
        "quote:according-to");
  }

  /** "…,” the letter read, according to AFP": the source named after the cue, or null. */
  static Span sourceAfter(Annotations a, Quote q) {
    List<Token> toks = a.tokens(a.sentences().get(q.sentence()));
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (toks.get(i).span().start() >= q.cue().end()
          && toks.get(i).text().equalsIgnoreCase("according")
          && toks.get(i + 1).text().equalsIgnoreCase("to")) {
        int k = i + 2;
        while (k < toks.size() && !Set.of(",", ".", ";").contains(toks.get(k).text())) {
          k++;
        }
        return k == i + 2 ? null : Tokens.between(toks, i + 2, k - 1);
      }
    }
    return null;
  }
}
