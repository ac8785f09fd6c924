package org.annals.store.read;

/** The sentence an event was read from: its index and its offsets in the raw input. */
public record Evidence(int sentence, int start, int end) {}
