package org.annals.cli;

import picocli.CommandLine.Option;

/** The output option every listing command takes. */
final class ListingOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, jsonl or csv (default: table on a terminal, else jsonl).")
  Output.Format format;

  Output.Format chosen() {
    return Output.choose(format);
  }
}
