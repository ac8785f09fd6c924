package org.annals.model;

/** A sentence: tokens {@code [firstToken, endToken)} and its span in the clean text. */
public record Sentence(int index, int firstToken, int endToken, Span span) {}
