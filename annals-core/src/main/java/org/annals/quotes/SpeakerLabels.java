package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * A name and a colon that label the words after them: "Ted Cruz: ‘…’" (a headline), "CRANE: I think
 * …" (a transcript). Rule {@code quote:name-colon}.
 */
final class SpeakerLabels {
  /** What heads a story, saying nothing: "EXCLUSIVE: …", "Watch: …". */
  private static final Set<String> NOT_SOURCES =
      Set.of(
          "exclusive",
          "update",
          "updated",
          "watch",
          "video",
          "breaking",
          "analysis",
          "opinion",
          "editorial",
          "live",
          "photos",
          "photo",
          "listen",
          "audio",
          "read",
          "fact check",
          "q&a",
          "note",
          "editor's note",
          "correction",
          "related",
          "see also",
          "more",
          "source",
          "sources");

  /**
   * "Ted Cruz: ‘Assaulting a reporter is a fireable offense’" (a headline) or "FALLIN: I think he
   * is …" (a transcript): a name, a colon, then the words. The name must be a person or an
   * organisation (or a transcript's capitals), and the words at least three tokens, up to the end
   * of the line.
   */
  static Quote colonHeaded(
      String text, Sentence s, List<Token> toks, ArticleActors actors, List<Quote> earlier) {
    int colon = -1;
    for (int k = 1; k < toks.size() && k <= 6; k++) {
      if (toks.get(k).text().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0 || toks.size() - colon < 4) {
      return null;
    }
    // a headline line ("Poll: Sanders leads", "Clinton camp: …") may name its source with any
    // noun; a line of running text ("CRANE: I think …") only with a name
    int lineStart = text.lastIndexOf('\n', toks.get(0).span().start()) + 1;
    int lineEnd = text.indexOf('\n', toks.get(colon).span().end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    boolean headline =
        (!line.endsWith(".") || lineStart == 0) // an article's first line is its headline
            && Character.isUpperCase(toks.get(0).text().charAt(0))
            && toks.get(0).span().start() == lineStart;
    boolean named = false;
    boolean noun = false;
    for (int k = 0; k < colon; k++) {
      Token t = toks.get(k);
      boolean capitals =
          t.text().length() > 2
              && t.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-');
      boolean headWord =
          headline && Set.of("NN", "NNS", "JJ", "IN", "DT", "CD", "POS").contains(t.pos());
      if (!t.pos().startsWith("NNP") && !capitals && !headWord) {
        return null;
      }
      named |= capitals || Set.of("PERSON", "ORGANIZATION").contains(t.ner());
      noun |= t.pos().startsWith("NN");
    }
    String head = text.substring(toks.get(0).span().start(), toks.get(colon - 1).span().end());
    if (!(named || headline && noun) || NOT_SOURCES.contains(head.toLowerCase(Locale.ROOT))) {
      return null; // "EXCLUSIVE: …", "Watch: …" head a story, they say nothing
    }
    int from = toks.get(colon + 1).span().start();
    int end = toks.get(Tokens.lastContentToken(toks)).span().end();
    int newline = text.indexOf('\n', from);
    if (newline >= 0 && newline < end) {
      end = newline;
    }
    if (end - from < 10) {
      return null;
    }
    Span speaker = Tokens.between(toks, 0, colon - 1);
    return new Quote(
        s.index(),
        new Span(from, end),
        toks.get(colon).span(),
        ":",
        speaker,
        SpeakerActors.speakerActor(text, actors, speaker, earlier),
        null,
        null,
        false,
        "quote:name-colon");
  }
}
