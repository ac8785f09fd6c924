package org.annals.store.read;

/**
 * One place an article names an actor.
 *
 * @param article the article
 * @param actor the actor id
 * @param name the actor's name
 * @param kind person, organization, country, group or location
 * @param text the words of the article
 * @param sentence the sentence index
 * @param start offset of the words in the raw input
 * @param end end offset in the raw input
 * @param rule how the words were linked to the actor
 */
public record MentionRecord(
    String article,
    String actor,
    String name,
    String kind,
    String text,
    int sentence,
    int start,
    int end,
    String rule) {}
