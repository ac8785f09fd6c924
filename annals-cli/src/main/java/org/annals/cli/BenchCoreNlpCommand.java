package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.nlp.PlainCoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-corenlp",
    mixinStandardHelpOptions = true,
    description = {
      "Compare ingest with CoreNLP's plain pipeline on the same articles, start-up included.",
      "",
      "Takes the first N text files (by path) under PATH, then times, each in a JVM of its own with this JVM's options: 'annals ingest' of them into a new database, and CoreNLP's plain pipeline (tokenize, ssplit, pos, lemma, ner, depparse over every sentence) on their texts, both on the same number of threads. Prints both times and their ratio, and the time of an ingest of the first article alone (start-up: loading the models) against the plain pipeline's: no ingest can go under that ratio.",
    })
final class BenchCoreNlpCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles to take (default: ${DEFAULT-VALUE}).")
  int articles = 200;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for both (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--plain", hidden = true, description = "Run only the plain pipeline, here.")
  boolean plainHere;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (plainHere) {
      List<String> texts = new ArrayList<>();
      for (String p : paths) {
        texts.add(Files.readString(Path.of(p), StandardCharsets.UTF_8));
      }
      long sentences = new PlainCoreNlp().annotateAll(texts, threads);
      out.printf("plain CoreNLP: %d articles, %d sentences%n", texts.size(), sentences);
      out.flush();
      return Main.OK;
    }
    List<String> files = files();
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("bench-corenlp: no .txt files under " + paths);
      return Main.USAGE;
    }
    Path dir = Files.createTempDirectory("annals-bench-corenlp");
    try {
      List<String> ingest = new ArrayList<>(List.of("--db", dir.resolve("bench.db").toString()));
      ingest.addAll(List.of("ingest", "-q", "--threads", String.valueOf(threads)));
      ingest.addAll(files);
      List<String> plain =
          new ArrayList<>(List.of("bench-corenlp", "--plain", "--threads", "" + threads));
      plain.addAll(files);
      out.printf("bench-corenlp: %d articles, %d threads%n", files.size(), threads);
      out.flush();
      double a = timed(out, "annals ingest", ingest);
      double b = timed(out, "plain CoreNLP", plain);
      out.printf("ingest / plain CoreNLP = %.3f%n", a / b);
      // what no ingest can go under: loading the models and storing one article
      List<String> one =
          List.of("--db", dir.resolve("one.db").toString(), "ingest", "-q", files.get(0));
      double c = timed(out, "ingest of one", one);
      out.printf("start-up (ingest of one article) / plain CoreNLP = %.3f%n", c / b);
      out.flush();
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }

  /** The first {@link #articles} .txt files under the paths, by path. */
  private List<String> files() throws IOException {
    List<String> all = new ArrayList<>();
    for (String p : paths) {
      try (Stream<Path> s = Files.walk(Path.of(p))) {
        s.filter(Files::isRegularFile)
            .filter(f -> f.toString().endsWith(".txt"))
            .map(Path::toString)
            .sorted()
            .forEach(all::add);
      }
    }
    return all.subList(0, Math.min(articles, all.size()));
  }

  /** Runs annals with {@code args} in a new JVM; answers its wall time, start-up included. */
  private static double timed(PrintWriter out, String what, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(args);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("%-14s %7.1f s (exit %d): %s%n", what, secs, rc, output.strip());
    out.flush();
    return secs;
  }
}
