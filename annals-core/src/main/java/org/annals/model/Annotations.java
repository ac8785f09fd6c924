package org.annals.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The language layer of a document: sentences, tokens, entity mentions and time expressions, all
 * with spans in the clean text, and dependency edges for the sentences that were parsed. Immutable.
 *
 * @param dependencies edges of the parsed sentences only (parsing is spent where an event trigger
 *     occurs); a sentence without edges was not parsed
 * @param anchor the date relative expressions were resolved against, or null when the article gives
 *     none (then "on Monday" stays unresolved)
 * @param anchorFrom where the anchor came from: "published", "dateline" or "text"
 */
public record Annotations(
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> mentions,
    List<TimeExpression> times,
    List<Dependency> dependencies,
    String anchor,
    String anchorFrom) {
  public Annotations {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    dependencies = List.copyOf(dependencies);
  }

  /** Without dependency edges. */
  public Annotations(
      List<Sentence> sentences,
      List<Token> tokens,
      List<EntityMention> mentions,
      List<TimeExpression> times,
      String anchor,
      String anchorFrom) {
    this(sentences, tokens, mentions, times, List.of(), anchor, anchorFrom);
  }

  /** The tokens of a sentence. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The edges whose governor is the token. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edges whose dependent is the token (enhanced graphs may give several heads). */
  public List<Dependency> parents(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }
}
