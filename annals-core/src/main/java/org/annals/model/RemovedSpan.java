package org.annals.model;

/**
 * Text that cleaning removed, kept so an analyst can see what was dropped and why.
 *
 * @param raw where it was in the raw text
 * @param rule the rule that removed it, e.g. "boilerplate:also-read"
 * @param text the removed text as it read after the earlier cleaning steps
 */
public record RemovedSpan(Span raw, String rule, String text) {}
