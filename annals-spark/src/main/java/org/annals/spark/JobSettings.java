package org.annals.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.pipeline.Budgets;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;

/**
 * What every executor needs to build the same pipeline as {@code annals ingest}: the article size
 * limit, the budgets, the knowledge base directories (read on the executor, so they must be
 * reachable there), and the Hadoop settings ({@code spark.hadoop.*}) to read the inputs with.
 */
record JobSettings(
    long maxBytes,
    int maxTokenChars,
    int maxSentenceTokens,
    int maxSentences,
    long maxSeconds,
    List<String> kbDirs,
    Map<String, String> hadoop)
    implements Serializable {

  Budgets budgets() {
    return new Budgets(
        maxTokenChars, maxSentenceTokens, maxSentences, Duration.ofSeconds(maxSeconds));
  }

  /**
   * The pipeline of this executor JVM for these settings, built once and shared by its task
   * threads: {@link Pipeline#process} is thread-safe (CoreNLP's models sit in static holders;
   * stages keep their non-thread-safe matchers per thread), as {@code BatchRunner}'s workers use
   * it.
   */
  Pipeline pipeline() {
    return Holder.pipeline(this);
  }

  private static final class Holder {
    private static JobSettings built;
    private static Pipeline pipeline;

    static synchronized Pipeline pipeline(JobSettings s) {
      if (pipeline == null || !s.equals(built)) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
        for (String d : s.kbDirs()) {
          if (Files.isDirectory(Path.of(d))) {
            loader.addDirectory(Path.of(d));
          }
        }
        Pipeline p = StandardPipeline.full(loader.build(), s.budgets(), note -> {});
        p.warmUp(); // the models load here, not inside an article's wall time
        pipeline = p;
        built = s;
      }
      return pipeline;
    }
  }
}
