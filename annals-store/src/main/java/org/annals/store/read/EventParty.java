package org.annals.store.read;

/**
 * The source or target of an event.
 *
 * @param actor the actor id, or null when the words were linked to no actor
 * @param name the actor's name
 * @param text the words of the article
 * @param country ISO 3166 alpha-3 of the actor, or null
 * @param sector the actor's first sector code (GOV, MIL, ...), or null
 * @param start offset of the words in the raw input, or null
 */
public record EventParty(
    String actor, String name, String text, String country, String sector, Integer start) {}
