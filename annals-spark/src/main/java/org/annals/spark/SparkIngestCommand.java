package org.annals.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.cli.Main;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles on Spark, run the pipeline and write Parquet tables.",
      "",
      "PATH is what ingest reads (text, HTML, JSONL, gz, WARC; directories recursively), on any Hadoop file system: a local path, hdfs://…, s3a://…. Under DIR go one Parquet table per store table (articles, actors, actor_aliases, actor_roles, mentions, labels, quotes, events) and clusters and failures; 'annals load DIR' brings them into a store. A re-run overwrites them.",
      "",
      "Each failed input gets one line on stderr naming it. Exit status 1 when any input failed.",
    })
final class SparkIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<String> paths;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where the tables go (any Hadoop file system).")
  String out;

  @Option(
      names = "--link-with",
      paramLabel = "DIR",
      description =
          "An earlier output: its articles are not done again, and this batch's events link to its"
              + " events.")
  String linkWith;

  @Mixin JobOptions options;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Sessions.Session session = Sessions.session(options.master, "annals ingest")) {
      SparkSession spark = session.spark();
      long t0 = System.nanoTime();
      SparkIngest.Summary s =
          SparkIngest.run(spark, paths, out, linkWith, options.settings(Sessions.hadoop(spark)));
      s.failures().forEach(f -> err.println("failed: " + f));
      stdout.printf(
          "ingested %d, failed %d from %d files: %d events in %d clusters (largest linking block"
              + " %d) into %s in %.1f s%n",
          s.ok(),
          s.failed(),
          s.files(),
          s.events(),
          s.clusters(),
          s.largestBlock(),
          out,
          (System.nanoTime() - t0) / 1e9);
      stdout.flush();
      err.flush();
      return s.failed() > 0 ? Main.SOME_FAILED : Main.OK;
    }
  }
}
