package org.annals.pipeline;

import org.annals.actors.ActorResolver;
import org.annals.actors.KnowledgeBase;
import org.annals.clean.Cleaner;
import org.annals.events.EventStage;
import org.annals.framing.FramingStage;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.quotes.QuoteStage;

/** The pipeline {@code annals ingest} runs: the stages that exist so far, in order. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** Cleaning only: no models are loaded (for {@code annals clean}). */
  public static Pipeline create() {
    return Pipeline.of(new Cleaner());
  }

  /** Cleaning only, each article held to the wall time of the budgets. */
  public static Pipeline create(Budgets budgets) {
    return create().withWallTime(budgets.wallTime());
  }

  /**
   * Every stage: cleaning, the language layer (CoreNLP, loaded on first use), actors, quotes,
   * events (with the verb patterns and discard phrases {@code kb} carries).
   */
  public static Pipeline full(KnowledgeBase kb) {
    return full(kb, Budgets.DEFAULT, note -> {});
  }

  /** Every stage, each article held to the budgets. */
  public static Pipeline full(KnowledgeBase kb, Budgets budgets) {
    return full(kb, budgets, note -> {});
  }

  /**
   * Every stage, each article held to the budgets, telling {@code notes} what the stages made of
   * {@code kb}.
   */
  public static Pipeline full(
      KnowledgeBase kb, Budgets budgets, java.util.function.Consumer<String> notes) {
    EventStage events = new EventStage(kb);
    events.notes().forEach(notes);
    return Pipeline.of(
            new Cleaner(),
            new BudgetCheck(budgets),
            new CoreNlpAnnotator(events::worthParsing, budgets),
            new ActorResolver(kb),
            new QuoteStage(),
            events,
            new FramingStage(kb))
        .withWallTime(budgets.wallTime());
  }

  /** Largest article accepted by default: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;
}
