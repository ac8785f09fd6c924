package org.annals.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.cli.KbCommand;
import org.annals.pipeline.Budgets;
import org.annals.pipeline.StandardPipeline;
import picocli.CommandLine.Option;

/** Options of the Spark commands: where to run, and the pipeline's limits as for ingest. */
final class JobOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master: local[*] (the default, unless spark-submit set one), local[N],"
              + " spark://HOST:PORT, yarn, k8s://….")
  String master;

  @Option(
      names = "--max-bytes",
      paramLabel = "BYTES",
      description = "Largest article accepted, after decompression (default: ${DEFAULT-VALUE}).")
  long maxBytes = StandardPipeline.DEFAULT_MAX_BYTES;

  @Option(
      names = "--max-seconds",
      paramLabel = "S",
      description = "Longest time one article may take, in seconds (default: ${DEFAULT-VALUE}).")
  long maxSeconds = Budgets.DEFAULT.wallTime().toSeconds();

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Extra knowledge base directory (repeatable), as for ingest; it must be readable on every"
              + " executor.")
  List<Path> kb = new ArrayList<>();

  JobSettings settings(Map<String, String> hadoop) {
    List<String> dirs = new ArrayList<>();
    dirs.add(KbCommand.home().toString()); // imported with 'annals kb import', where it exists
    kb.forEach(d -> dirs.add(d.toAbsolutePath().toString()));
    Budgets b = Budgets.DEFAULT;
    return new JobSettings(
        maxBytes,
        b.maxTokenChars(),
        b.maxSentenceTokens(),
        b.maxSentences(),
        maxSeconds,
        List.copyOf(dirs),
        Map.copyOf(hadoop));
  }
}
