package org.annals.pipeline;

import org.annals.clean.Cleaner;

/** The pipeline {@code annals ingest} runs: the stages that exist so far, in order. */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static Pipeline create() {
    return Pipeline.of(new Cleaner());
  }

  /** Largest article accepted by default: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;
}
