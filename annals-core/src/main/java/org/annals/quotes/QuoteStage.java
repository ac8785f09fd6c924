package org.annals.quotes;

import java.util.Set;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;

/** The pipeline stage that attaches attributed quotes to a document. Thread-safe. */
public final class QuoteStage implements Stage {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Override
  public String name() {
    return "quotes/1";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ANNOTATIONS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withQuotes(extractor.extract(doc.clean().text(), doc.annotations(), doc.actors()));
  }
}
