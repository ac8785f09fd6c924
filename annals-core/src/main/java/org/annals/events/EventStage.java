package org.annals.events;

import java.util.Set;
import org.annals.actors.KnowledgeBase;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;

/** The pipeline stage that codes events. Thread-safe. */
public final class EventStage implements Stage {
  private final EventCoder coder;

  public EventStage(KnowledgeBase kb) {
    this.coder = new EventCoder(TriggerLexicon.standard(), kb);
  }

  @Override
  public String name() {
    return "events/1";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ANNOTATIONS, Layer.ACTORS, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withEvents(
        coder.code(
            doc.clean().text(),
            doc.clean().metadata(),
            doc.annotations(),
            doc.actors(),
            doc.quotes()));
  }
}
