package org.annals.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.cli.Main;
import org.annals.ingest.InputWalker;
import org.annals.pipeline.BatchRunner;
import org.annals.pipeline.Pipeline;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the Spark job: articles/s for each master, against the plain pipeline.",
      "",
      "The models are loaded first (not timed). For each master the whole job runs, Parquet written to a temporary directory; for local[N] the plain pipeline (what 'annals bench' runs) on N threads is timed too, and the difference is Spark's overhead.",
    })
final class SparkBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths;

  @Option(
      names = "--masters",
      split = ",",
      paramLabel = "URL",
      description = "Masters to time, one after the other (default: ${DEFAULT-VALUE}).")
  List<String> masters = List.of("local[1]", "local[2]");

  @Option(names = "--no-plain", description = "Do not time the plain pipeline.")
  boolean noPlain;

  @Mixin JobOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    JobSettings settings = options.settings(java.util.Map.of());
    long t0 = System.nanoTime();
    Pipeline pipeline = settings.pipeline(); // local masters share this JVM's models
    out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    for (String master : masters) {
      Path dir = Files.createTempDirectory("annals-spark-bench");
      SparkSession spark = Sessions.open(master, "annals spark bench");
      try {
        long t = System.nanoTime();
        SparkIngest.Summary s =
            SparkIngest.run(spark, paths, dir.toUri().toString(), null, settings);
        double secs = (System.nanoTime() - t) / 1e9;
        long n = s.ok() + s.failed();
        out.printf(
            "spark %s: %d articles (failed %d) in %.1f s: %.2f articles/s; %d events, %d"
                + " clusters, largest linking block %d events%n",
            master, n, s.failed(), secs, n / secs, s.events(), s.clusters(), s.largestBlock());
        out.flush();
      } finally {
        spark.stop();
        delete(dir);
      }
      int threads = localThreads(master);
      if (!noPlain && threads > 0) {
        long t = System.nanoTime();
        long[] n = {0};
        new BatchRunner(pipeline, threads)
            .run(paths, new InputWalker(options.maxBytes), id -> false, true, r -> n[0]++);
        double secs = (System.nanoTime() - t) / 1e9;
        out.printf(
            "plain pipeline, %d threads: %d articles in %.1f s: %.2f articles/s%n",
            threads, n[0], secs, n[0] / secs);
        out.flush();
      }
    }
    return Main.OK;
  }

  /** N of local[N], the cores of local[*]; 0 for a cluster. */
  static int localThreads(String master) {
    if (master.equals("local")) {
      return 1;
    }
    if (master.equals("local[*]")) {
      return Runtime.getRuntime().availableProcessors();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)]").matcher(master);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
