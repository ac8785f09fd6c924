package org.annals.spark;

import picocli.CommandLine.Command;

@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    subcommands = {SparkIngestCommand.class, SparkBenchCommand.class},
    description = {
      "Run the batch on Apache Spark: local cores, or a cluster's executors.",
      "",
      "'spark ingest' writes Parquet tables that 'load' brings into a store; 'spark bench' measures it.",
    })
final class SparkCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
