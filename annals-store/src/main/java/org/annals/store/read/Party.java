package org.annals.store.read;

/**
 * Who said or did something, as an article names them.
 *
 * @param actor the actor id, or null when the words were linked to no actor
 * @param name the actor's name (the knowledge base's, or the full name used most)
 * @param text the words of the article
 */
public record Party(String actor, String name, String text) {}
