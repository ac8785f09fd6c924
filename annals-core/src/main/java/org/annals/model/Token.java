package org.annals.model;

/**
 * A token of the clean text. Tokens are owned by {@link Annotations} and referred to by index.
 *
 * @param index position in the document's token list
 * @param sentence index of its sentence
 * @param span where it is in the clean text
 * @param ner the named-entity tag ("PERSON", "O", …)
 */
public record Token(
    int index, int sentence, Span span, String text, String lemma, String pos, String ner) {}
