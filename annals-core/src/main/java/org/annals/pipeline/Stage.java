package org.annals.pipeline;

import java.util.Set;

/**
 * A pipeline stage: a thread-safe function of a document. It declares the layers it requires and
 * produces, so that a pipeline missing a layer fails when it is assembled, not at the first
 * document.
 */
public interface Stage {
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  Document apply(Document doc);

  /** Loads what the stage would load at its first document (models); by default nothing. */
  default void warmUp() {}
}
