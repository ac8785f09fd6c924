package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CoreNLP's plain pipeline (tokenize, ssplit, pos, lemma, ner, depparse over every sentence, with
 * CoreNLP's own defaults), the yardstick {@code annals bench-corenlp} measures ingest against. Not
 * used by any stage.
 */
public final class PlainCoreNlp {
  private final StanfordCoreNLP pipeline;

  /** Loads the models (the plain pipeline's start-up). */
  public PlainCoreNlp() {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // the fine-grained KBP rules need the kbp models jar, which Annals does not ship
    p.setProperty("ner.applyFineGrained", "false");
    pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Annotates every text on {@code threads} threads sharing the pipeline (which is thread-safe);
   * answers the number of sentences.
   */
  public long annotateAll(List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong sentences = new AtomicLong();
    try {
      List<Future<?>> done =
          texts.stream()
              .map(
                  t ->
                      pool.submit(
                          () -> {
                            Annotation a = new Annotation(t);
                            pipeline.annotate(a);
                            sentences.addAndGet(
                                a.get(CoreAnnotations.SentencesAnnotation.class).size());
                          }))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return sentences.get();
  }
}
