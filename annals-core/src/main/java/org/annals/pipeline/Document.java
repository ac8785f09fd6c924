package org.annals.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.annals.model.CleanText;
import org.annals.model.RawArticle;

/**
 * One article moving through the pipeline: the raw input and the layers stages have added so far.
 * Immutable; a stage returns a new document.
 */
public record Document(RawArticle raw, CleanText clean) {
  public Document {
    Objects.requireNonNull(raw, "raw");
  }

  public static Document of(RawArticle raw) {
    return new Document(raw, null);
  }

  public Document withClean(CleanText c) {
    return new Document(raw, c);
  }

  public String id() {
    return raw.id();
  }

  public Set<Layer> layers() {
    Set<Layer> s = EnumSet.of(Layer.RAW);
    if (clean != null) {
      s.add(Layer.CLEAN_TEXT);
      s.add(Layer.METADATA);
    }
    return s;
  }
}
