package org.annals.store.read;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the records of this page
 * @param total how many records the filter keeps in all
 * @param limit the most records a page holds
 * @param offset how many records come before this page
 */
public record Page<T>(List<T> items, int total, int limit, int offset) {}
