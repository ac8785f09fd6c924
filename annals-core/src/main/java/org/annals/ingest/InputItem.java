package org.annals.ingest;

import org.annals.model.InputFormat;
import org.annals.model.SourceHints;

/**
 * One article to ingest as found by the {@link InputWalker}, or the failure to read one.
 *
 * @param source the input's name: the path as given, or PATH#LINE for a JSONL line
 * @param bytes the article's raw bytes; null when {@code error} is set
 * @param error why the input could not be read; null when it could
 */
public record InputItem(
    String source, InputFormat format, byte[] bytes, SourceHints hints, String error) {

  public static InputItem failed(String source, String error) {
    return new InputItem(source, InputFormat.TEXT, null, SourceHints.NONE, error);
  }

  /** This item with {@code outlet} as its outlet when its container named none. */
  public InputItem withOutletIfNone(String outlet) {
    if (outlet == null || hints.outlet() != null && !hints.outlet().isBlank()) {
      return this;
    }
    SourceHints h =
        new SourceHints(
            hints.id(), hints.url(), hints.title(), hints.published(), outlet, hints.fetched());
    return new InputItem(source, format, bytes, h, error);
  }

  public boolean isFailure() {
    return error != null;
  }
}
