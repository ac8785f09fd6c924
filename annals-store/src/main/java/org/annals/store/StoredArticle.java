package org.annals.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An article row as listed by the store; the record of {@code annals articles} and {@code
 * /api/articles}: the contract's fields first, then the others.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
  "id",
  "source",
  "title",
  "published",
  "agency",
  "dateline",
  "status",
  "error",
  "published_from",
  "dateline_date",
  "site_name",
  "author",
  "url",
  "format",
  "charset",
  "folded_chars",
  "raw_size",
  "sha256",
  "ingested_at"
})
public record StoredArticle(
    String id,
    String sha256,
    String source,
    String format,
    long rawSize,
    String charset,
    String title,
    String published,
    String publishedFrom,
    String agency,
    String dateline,
    String datelineDate,
    String siteName,
    String author,
    String url,
    int foldedChars,
    String status,
    String error,
    String ingestedAt,
    String fetchedAt) {}
