package org.annals.clean;

import org.annals.model.CleanText;

/**
 * One step of text cleaning. Implementations are stateless after construction and thread-safe; they
 * return a new {@link CleanText} whose offset map still reaches the raw text.
 */
public interface CleaningStep {
  /** Name and version, recorded in provenance, e.g. {@code "unicode-hygiene/1"}. */
  String name();

  CleanText apply(CleanText in);
}
