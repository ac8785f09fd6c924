package org.annals.model;

import java.util.List;

/**
 * The language layer of a document: sentences, tokens, entity mentions and time expressions, all
 * with spans in the clean text. Immutable.
 *
 * @param anchor the date relative expressions were resolved against, or null when the article gives
 *     none (then "on Monday" stays unresolved)
 * @param anchorFrom where the anchor came from: "published", "dateline" or "text"
 */
public record Annotations(
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> mentions,
    List<TimeExpression> times,
    String anchor,
    String anchorFrom) {
  public Annotations {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }

  /** The tokens of a sentence. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }
}
