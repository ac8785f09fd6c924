package org.annals.events;

import java.util.List;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.ResolvedMention;
import org.annals.model.Annotations;
import org.annals.model.ArticleMetadata;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.quotes.Quote;

/**
 * One article as the event rules read it: its clean text, metadata, annotations, resolved actors
 * and quotes, with the dependency graph and the mention at each token built once. Immutable; the
 * mention index is never written after construction.
 *
 * @param mentionAt the resolved mention covering each document-wide token index, or null
 */
record ParsedArticle(
    String text,
    ArticleMetadata meta,
    Annotations annotations,
    ArticleActors actors,
    List<Quote> quotes,
    DependencyGraph graph,
    ResolvedMention[] mentionAt) {

  static ParsedArticle of(
      String text, ArticleMetadata meta, Annotations a, ArticleActors actors, List<Quote> quotes) {
    return new ParsedArticle(
        text,
        meta,
        a,
        actors,
        quotes == null ? List.of() : quotes,
        new DependencyGraph(a),
        mentionIndex(a, actors));
  }

  /** Every token of the article. */
  List<Token> tokens() {
    return annotations.tokens();
  }

  /** The tokens of one sentence. */
  List<Token> tokens(Sentence s) {
    return annotations.tokens(s);
  }

  boolean isPerson(String actorId) {
    return actors.actor(actorId).map(x -> x.kind() == ActorKind.PERSON).orElse(false);
  }

  private static ResolvedMention[] mentionIndex(Annotations a, ArticleActors actors) {
    ResolvedMention[] at = new ResolvedMention[a.tokens().size()];
    if (actors == null) {
      return at;
    }
    for (ResolvedMention m : actors.mentions()) {
      for (Token t : a.tokens(a.sentences().get(m.sentence()))) {
        if (m.span().contains(t.span()) && at[t.index()] == null) {
          at[t.index()] = m;
        }
      }
    }
    return at;
  }
}
