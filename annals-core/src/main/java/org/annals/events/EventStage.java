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

  private static final java.util.Set<String> NAMES =
      java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY");

  /**
   * Whether a sentence is worth a dependency parse: it holds a whole trigger pattern (or a "must"
   * that may make a demand) and an actor: a name the NER found, or a noun the knowledge base knows
   * as an agent ("police", "protesters", "rebels"), which events code by its sector.
   */
  public static boolean worthParsing(
      java.util.List<org.annals.model.Token> sentence, KnowledgeBase kb) {
    return sentence.stream()
            .anyMatch(
                t ->
                    NAMES.contains(t.ner())
                        || t.pos().startsWith("NN") && kb.agentSector(t.text()) != null)
        && (TriggerLexicon.standard().mayTrigger(sentence)
            || sentence.stream()
                .anyMatch(t -> t.text().equalsIgnoreCase("must") || t.text().equals("should")));
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
