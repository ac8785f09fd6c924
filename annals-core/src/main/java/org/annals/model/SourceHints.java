package org.annals.model;

/**
 * What the container told us about an article before we read it: fields of a JSONL record (id, url,
 * title, published, source). All may be null.
 */
public record SourceHints(String id, String url, String title, String published, String outlet) {
  public static final SourceHints NONE = new SourceHints(null, null, null, null, null);
}
