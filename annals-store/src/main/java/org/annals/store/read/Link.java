package org.annals.store.read;

/**
 * Why an event mention joined its cluster.
 *
 * @param with the event it was linked to
 * @param score the link score
 * @param evidence the features that decided it, in words
 */
public record Link(String with, double score, String evidence) {}
