package org.annals.store.read;

/**
 * Where an event took place.
 *
 * @param name the place as the article names it
 * @param country ISO 3166 alpha-3, or null
 * @param from what the place came from: the sentence, the dateline, ...
 */
public record Place(String name, String country, String from) {}
