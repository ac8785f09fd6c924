package org.annals.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annals.ConfigException;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.pipeline.Budgets;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import picocli.CommandLine.Option;

/** Options of the commands that run the pipeline. */
final class PipelineOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "BYTES",
      description = "Largest article accepted, after decompression (default: ${DEFAULT-VALUE}).")
  long maxBytes = StandardPipeline.DEFAULT_MAX_BYTES;

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Extra knowledge base directory (repeatable): Annals files (*.jsonl actors, countries.tsv,"
              + " agents.tsv) or Phoenix/PETRARCH dictionaries (*.actors.txt, *agents*.txt, the verb"
              + " dictionary CAMEO*.txt, *discards*.txt).")
  List<Path> kb = new ArrayList<>();

  @Option(
      names = "--max-token-chars",
      paramLabel = "N",
      description = "Longest token of an article, in characters (default: ${DEFAULT-VALUE}).")
  int maxTokenChars = Budgets.DEFAULT.maxTokenChars();

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "Longest sentence of an article, in tokens (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens = Budgets.DEFAULT.maxSentenceTokens();

  @Option(
      names = "--max-sentences",
      paramLabel = "N",
      description = "Most sentences in one article (default: ${DEFAULT-VALUE}).")
  int maxSentences = Budgets.DEFAULT.maxSentences();

  @Option(
      names = "--max-seconds",
      paramLabel = "S",
      description = "Longest time one article may take, in seconds (default: ${DEFAULT-VALUE}).")
  long maxSeconds = Budgets.DEFAULT.wallTime().toSeconds();

  @Option(
      names = "--clean-only",
      description = "Run only the cleaning stages (no language models, no actors).")
  boolean cleanOnly;

  /** The per-article budgets these options ask for; an article over one is recorded failed. */
  Budgets budgets() {
    try {
      return new Budgets(
          maxTokenChars, maxSentenceTokens, maxSentences, Duration.ofSeconds(maxSeconds));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  /**
   * The pipeline these options ask for; what loading the knowledge base read, left aside or left
   * out goes to {@code err} ("note: …", "warning: FILE:LINE: …").
   */
  Pipeline pipeline(java.io.PrintWriter err) {
    if (cleanOnly) {
      return StandardPipeline.create(budgets());
    }
    List<Path> dirs = KbCommand.directories(kb);
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
    dirs.forEach(loader::addDirectory);
    loader.notes().forEach(n -> err.println("note: " + n));
    loader.warnings().forEach(w -> err.println("warning: " + w));
    Pipeline p = StandardPipeline.full(loader.build(), budgets(), n -> err.println("note: " + n));
    err.flush();
    return p;
  }
}
