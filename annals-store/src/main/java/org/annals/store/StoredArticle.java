package org.annals.store;

/** An article row as listed by the store; the record of {@code annals articles}. */
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
    String ingestedAt) {}
