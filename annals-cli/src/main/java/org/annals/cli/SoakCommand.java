package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annals.ingest.InputWalker;
import org.annals.pipeline.BatchRunner;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "A soak bench (not a test): generated articles through ingest into --db, with the article rate and the heap printed at every step.",
      "",
      "The articles (meetings, calls and visits between countries, each different) are written as JSONL files to a temporary folder, then ingested as 'annals ingest' does. The heap is measured after a full collection, so that a leak shows as a rising line.",
    })
final class SoakCommand implements Callable<Integer> {
  private static final String[] COUNTRIES = {
    "Chad", "Niger", "Peru", "Chile", "Japan", "France", "Kenya", "Egypt", "Jordan", "Qatar",
    "Ghana", "Mali", "Iran", "Iraq", "Oman", "Cuba", "Laos", "Fiji", "Togo", "Benin"
  };
  private static final String[] VERBS = {
    "met", "called", "visited", "praised", "criticised", "thanked", "hosted", "accused"
  };

  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;
  @Mixin PipelineOptions options;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles to generate (default: ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(
      names = "--every",
      paramLabel = "N",
      description = "Print rate and heap every N articles (default: ${DEFAULT-VALUE}).")
  int every = 10_000;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("annals-soak");
    try {
      List<String> files = generate(dir);
      Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
      pipeline.warmUp();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long[] n = new long[2]; // done, failed
      long[] last = {System.nanoTime(), 0};
      long t0 = System.nanoTime();
      try (ArticleStore store = ArticleStore.open(root.db)) {
        Set<String> known = store.okIds();
        new BatchRunner(pipeline, options.threads)
            .run(
                files,
                new InputWalker(options.maxBytes),
                known::contains,
                true,
                r -> {
                  if (!r.unchanged()) {
                    store.save(r.outcome());
                  }
                  n[1] += r.outcome().ok() ? 0 : 1;
                  if (++n[0] % every == 0 || n[0] == articles) {
                    long now = System.nanoTime();
                    System.gc();
                    out.printf(
                        "soak: %d articles (%d failed), %.1f articles/s over the last %d, heap"
                            + " %.0f MB after GC (max %.0f MB)%n",
                        n[0],
                        n[1],
                        (n[0] - last[1]) / ((now - last[0]) / 1e9),
                        n[0] - last[1],
                        memory.getHeapMemoryUsage().getUsed() / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
                    out.flush();
                    last[0] = now;
                    last[1] = n[0];
                  }
                });
      }
      out.printf(
          "soak: %d articles in %.0f s into %s%n",
          n[0], (System.nanoTime() - t0) / 1e9, root.shownDb());
      return n[1] > 0 ? Main.SOME_FAILED : Main.OK;
    } finally {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  /** Writes the articles, 10,000 to a JSONL file; every one differs (its number is in it). */
  private List<String> generate(Path dir) throws IOException {
    Random random = new Random(18);
    List<String> files = new ArrayList<>();
    BufferedWriter w = null;
    try {
      for (int i = 0; i < articles; i++) {
        if (i % 10_000 == 0) {
          if (w != null) {
            w.close();
          }
          Path f = dir.resolve(String.format("soak-%03d.jsonl", i / 10_000));
          files.add(f.toString());
          w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
        }
        String a = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String b = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String verb = VERBS[random.nextInt(VERBS.length)];
        String date = String.format("20%02d-%02d-%02d", 20 + i % 10, 1 + i % 12, 1 + i % 28);
        String text =
            String.format(
                "The president of %s %s the prime minister of %s on Monday, officials said."
                    + " The two discussed trade, the border and security, according to a"
                    + " statement. The foreign minister of %s later spoke to reporters. Report %d.",
                a, verb, b, b, i);
        w.write(
            "{\"id\": \"soak-"
                + i
                + "\", \"published\": \""
                + date
                + "\", \"source\": \"Soak Wire\", \"text\": \""
                + text
                + "\"}\n");
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    return files;
  }
}
