package org.annals.model;

import java.util.Objects;

/**
 * An article as received: its bytes (decompressed, but otherwise untouched), their SHA-256, the
 * charset they were decoded with, and the decoded text that every offset in Annals points into.
 *
 * @param source where it came from: the path as given, or for a JSONL line its url or PATH#LINE
 * @param bytes the raw bytes (for a JSONL line: the UTF-8 bytes of its text or html field)
 * @param sha256 lower-case hex SHA-256 of {@code bytes}
 * @param charset the charset name used to decode
 * @param charsetNote how the charset was chosen, e.g. "valid UTF-8" or "detected, confidence 47"
 * @param text the decoded raw text (a leading byte-order mark is not part of it)
 */
public record RawArticle(
    String source,
    InputFormat format,
    byte[] bytes,
    String sha256,
    String charset,
    String charsetNote,
    String text,
    SourceHints hints) {

  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    hints = hints == null ? SourceHints.NONE : hints;
  }

  /** The stable article id: the first 16 hex digits of the SHA-256 of the raw bytes. */
  public String id() {
    return idOf(sha256);
  }

  public static String idOf(String sha256) {
    return sha256.substring(0, 16);
  }
}
