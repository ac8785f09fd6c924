package org.annals.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.ingest.InputWalker;
import org.annals.pipeline.BatchRunner;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StepTimes;
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
      "Measure the pipeline's speed on a corpus: articles/s, MB/s and peak heap.",
      "",
      "Runs every stage ingest runs, without storing. The first round warms the JVM up; the numbers of every round are printed, and the best one last. Duplicates are processed too.",
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories, as for ingest.")
  List<String> paths;

  @Mixin PipelineOptions options;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Rounds over the corpus (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    HeapSampler heap = new HeapSampler();
    heap.start();
    long s0 = System.nanoTime();
    Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
    pipeline.warmUp();
    out.printf("start-up (knowledge base and models): %.1f s%n", (System.nanoTime() - s0) / 1e9);
    double best = 0;
    String bestLine = null;
    out.printf(
        "bench: %s, %d threads, %d rounds, stages %s%n",
        String.join(" ", paths), options.threads, rounds, pipeline.stageNames());
    for (int round = 1; round <= rounds; round++) {
      long[] n = new long[3]; // articles, bytes, failed
      StepTimes.reset();
      long t0 = System.nanoTime();
      new BatchRunner(pipeline, options.threads)
          .run(
              paths,
              new InputWalker(options.maxBytes),
              id -> false,
              false,
              r -> {
                n[0]++;
                if (r.outcome().raw() != null) {
                  n[1] += r.outcome().raw().bytes().length;
                }
                if (!r.outcome().ok()) {
                  n[2]++;
                }
              });
      double secs = (System.nanoTime() - t0) / 1e9;
      String line =
          String.format(
              "articles %d (failed %d), %.1f MB in %.2f s: %.1f articles/s, %.2f MB/s",
              n[0], n[2], n[1] / 1e6, secs, n[0] / secs, n[1] / 1e6 / secs);
      out.printf("round %d: %s%n", round, line);
      printSteps(out, secs, options.threads);
      out.flush();
      if (n[0] / secs > best) {
        best = n[0] / secs;
        bestLine = line;
      }
    }
    heap.finish();
    out.printf(
        "best: %s; peak heap %.0f MB (max heap %.0f MB)%n",
        bestLine, heap.peak.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    out.flush();
    return Main.OK;
  }

  /**
   * Time per stage and per step inside the language stage, summed over the worker threads, with its
   * share of the workers' time (wall time times threads).
   */
  static void printSteps(PrintWriter out, double secs, int threads) {
    double workers = secs * threads;
    var calls = StepTimes.calls();
    StepTimes.nanos()
        .forEach(
            (step, nanos) ->
                out.printf(
                    "  %-22s %8.1f s %5.1f%% (%d calls)%n",
                    step, nanos / 1e9, 100 * nanos / 1e9 / workers, calls.get(step)));
    StepTimes.counts().forEach((what, k) -> out.printf("  %-22s %8d%n", what, k));
  }

  /** Samples used heap every 10 ms; the peak is an honest upper bound of what the run needed. */
  private static final class HeapSampler extends Thread {
    final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
    }
  }
}
