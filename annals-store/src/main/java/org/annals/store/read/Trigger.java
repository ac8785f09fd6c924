package org.annals.store.read;

/** The words that made an event, with their offsets in the raw input. */
public record Trigger(String text, int start, int end) {}
