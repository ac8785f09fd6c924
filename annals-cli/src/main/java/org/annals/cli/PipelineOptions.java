package org.annals.cli;

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
}
