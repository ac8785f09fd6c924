package org.annals.framing;

import java.util.Set;
import org.annals.actors.KnowledgeBase;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;

/** Adds the labels around each actor mention ({@link LabelFinder}). Thread-safe. */
public final class FramingStage implements Stage {
  private final LabelFinder finder;

  /** With the title words and the framing lexicon's terms as nouns of persons. */
  public FramingStage() {
    this.finder = new LabelFinder();
  }

  /** With the knowledge base's agent nouns ("militant", "spokesman") as nouns of persons too. */
  public FramingStage(KnowledgeBase kb) {
    this.finder = new LabelFinder(w -> kb.agentSector(w) != null);
  }

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ANNOTATIONS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.LABELS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withLabels(finder.find(doc.clean().text(), doc.annotations(), doc.actors()));
  }
}
