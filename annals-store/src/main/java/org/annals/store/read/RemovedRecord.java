package org.annals.store.read;

/**
 * Text that cleaning removed from an article.
 *
 * @param start where it was in the raw input
 * @param end where it ended in the raw input
 * @param rule the rule that removed it, e.g. boilerplate:also-read
 * @param text the removed text
 */
public record RemovedRecord(int start, int end, String rule, String text) {}
