package org.annals.model;

/**
 * A name found in the text: tokens {@code [firstToken, endToken)} of one sentence.
 *
 * @param type PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, … as the NER gives it
 */
public record EntityMention(
    int sentence, int firstToken, int endToken, Span span, String text, String type) {}
