package org.annals.actors;

import org.annals.model.Span;

/**
 * A mention linked to an actor.
 *
 * @param span where in the clean text
 * @param text the words as written
 * @param actorId the actor's id (in {@link ArticleActors#actors()})
 * @param rule how it was linked: "kb:alias", "kb:capital", "kb:adjective-stripped", "name",
 *     "surname", "discovered" — provenance
 */
public record ResolvedMention(int sentence, Span span, String text, String actorId, String rule) {}
