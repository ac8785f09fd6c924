package org.annals.store.read;

/** A PLOVER event type and its mode (either may be null when the CAMEO code has none). */
public record Plover(String type, String mode) {}
