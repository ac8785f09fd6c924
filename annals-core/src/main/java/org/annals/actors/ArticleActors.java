package org.annals.actors;

import java.util.List;
import java.util.Optional;

/**
 * The actors one article mentions, and each mention's actor. Discovered actors carry the titles and
 * affiliations the article gives them; their ids are keys that meet across articles ("p:sml_hn" for
 * every spelling of Ismail Haniyeh).
 */
public record ArticleActors(List<Actor> actors, List<ResolvedMention> mentions) {
  public ArticleActors {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public List<ResolvedMention> mentionsOf(String id) {
    return mentions.stream().filter(m -> m.actorId().equals(id)).toList();
  }
}
