package org.annals.model;

/**
 * What the container told us about an article before we read it: fields of a JSONL record (id, url,
 * title, published, source), or of a WARC record (target URI, and the time it was fetched, which is
 * never its publication date). All may be null.
 */
public record SourceHints(
    String id, String url, String title, String published, String outlet, String fetched) {
  public static final SourceHints NONE = new SourceHints(null, null, null, null, null, null);

  public SourceHints(String id, String url, String title, String published, String outlet) {
    this(id, url, title, published, outlet, null);
  }
}
