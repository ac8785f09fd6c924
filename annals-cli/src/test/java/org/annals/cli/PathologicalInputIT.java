package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the inputs any large crawl contains, beside good articles, through a whole ingest. The
 * good ones are stored, the bad ones recorded with a reason, nothing crashes, and the run ends in
 * bounded time. The time each input took alone is printed.
 */
class PathologicalInputIT {
  /** The whole battery on two shared cores takes well under this, models loaded. */
  private static final long BOUND_SECONDS = 240;

  @TempDir static Path dir;
  private static Path in;

  /** Input name → what must happen to it: "ok", or a part of its failure reason. */
  private static final Map<String, String> expected = new LinkedHashMap<>();

  @BeforeAll
  static void writeTheBattery() throws IOException {
    in = dir.resolve("in");
    Files.createDirectories(in.resolve("loop"));
    Random random = new Random(18);
    text("huge-token.txt", "a".repeat(3_000_000), "token length budget");
    text("huge-sentence.txt", "word ".repeat(300_000), "sentence length budget");
    text(
        "many-sentences.txt",
        "The minister met the envoy on Monday. ".repeat(42_000),
        "sentence count budget");
    text(
        "deep.html",
        "<html><body>"
            + "<div>".repeat(150_000)
            + "<p>The envoy of Chad arrived in Niamey on Monday and met the president.</p>"
            + "</div>".repeat(150_000)
            + "</body></html>",
        "ok");
    byte[] noise = new byte[100_000];
    random.nextBytes(noise);
    bytes("binary.txt", noise, "binary");
    bytes(
        "broken-utf16.txt",
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "The minister met the envoy".getBytes(StandardCharsets.UTF_16LE),
            new byte[] {0, (byte) 0xD8, 0x41, 0, 0, (byte) 0xDC, 0x41}),
        "ok");
    bytes("truncated.txt.gz", truncatedGzip(), "gzip");
    text(
        "big-line.jsonl",
        "{\"text\": \""
            + "x".repeat(20_000_000)
            + "\"}\n"
            + "{\"text\": \"The foreign minister of Peru met his Chilean counterpart in Lima on"
            + " Friday.\", \"published\": \"2031-03-10\"}\n",
        null);
    expected.put("big-line.jsonl#1", "too large");
    expected.put("big-line.jsonl#2", "ok");
    Files.createSymbolicLink(in.resolve("loop/up"), Path.of(".."));
    Files.createSymbolicLink(in.resolve("loop/self.txt"), Path.of("self.txt"));
    expected.put("self.txt", "symbolic link that leads nowhere or loops");
    text(
        "loop/good-3.txt",
        "The prime minister of Japan called the president of France on Tuesday.\n",
        "ok");
    text(
        "good-1.txt",
        "date 2031-03-02\n\nThe president of Niger received the envoy of Chad in Niamey on"
            + " Monday, officials said.\n",
        "ok");
    text(
        "good-2.txt",
        "Lima (AP) - The foreign minister of Peru met his Chilean counterpart on Friday to"
            + " discuss trade.\n",
        "ok");
  }

  private static void text(String name, String content, String outcome) throws IOException {
    bytes(name, content.getBytes(StandardCharsets.UTF_8), outcome);
  }

  private static void bytes(String name, byte[] content, String outcome) throws IOException {
    Files.write(in.resolve(name), content);
    if (outcome != null) {
      expected.put(name, outcome);
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] truncatedGzip() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(
          "The envoy of Chad met the president of Niger in Niamey on Monday. "
              .repeat(200)
              .getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = out.toByteArray();
    return java.util.Arrays.copyOf(all, all.length / 2);
  }

  @Test
  void goodArticlesAreStoredBadOnesRecordedWithReasonsInBoundedTime() throws Exception {
    String db = dir.resolve("battery.db").toString();
    long t0 = System.nanoTime();
    Cli run = Cli.run("--db", db, "ingest", "--threads", "2", in.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("pathological battery: whole ingest %.1f s%n", seconds);
    assertThat(seconds).isLessThan(BOUND_SECONDS);
    assertThat(run.status()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");

    List<String> failures = run.err().lines().filter(l -> l.startsWith("failed: ")).toList();
    String stored = Cli.run("--db", db, "articles", "--format", "csv").out();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String name = e.getKey();
      if (e.getValue().equals("ok")) {
        assertThat(stored.lines().filter(l -> l.contains(name) && l.contains(",ok,")))
            .as(name + " stored ok")
            .hasSize(1);
        assertThat(failures).noneMatch(l -> l.contains(name));
      } else {
        assertThat(failures)
            .as(name + " recorded with its reason")
            .anyMatch(l -> l.contains(name) && l.contains(e.getValue()));
      }
    }
    // the over-budget articles are stored as failed, with the budget named
    assertThat(stored.lines().filter(l -> l.contains(",failed,") && l.contains("budget")))
        .hasSize(3);

    Cli again = Cli.run("--db", db, "ingest", "--threads", "2", in.toString());
    assertThat(again.out()).contains("failed before, not retried (use --retry-failed)");
    // retried with a sentence budget it fits, it meets the wall time budget instead
    long r0 = System.nanoTime();
    Cli retried =
        Cli.run(
            "--db",
            db,
            "ingest",
            "--retry-failed",
            "--max-sentences",
            "50000",
            "--max-seconds",
            "10",
            in.resolve("many-sentences.txt").toString());
    double retrySeconds = (System.nanoTime() - r0) / 1e9;
    System.out.printf(
        "pathological many-sentences.txt retried: %.1f s, %s%n",
        retrySeconds, retried.err().strip());
    assertThat(retried.err()).contains("over the wall time budget: more than 10 s");
    assertThat(retrySeconds).isLessThan(60);
  }

  @Test
  void eachInputAloneTakesBoundedTime() throws Exception {
    Cli.run(
        "--db", dir.resolve("warm.db").toString(), "ingest", in.resolve("good-1.txt").toString());
    try (java.util.stream.Stream<Path> files = Files.list(in)) {
      for (Path f : files.sorted().toList()) {
        long t0 = System.nanoTime();
        Cli r = Cli.run("--db", dir.resolve("alone.db").toString(), "ingest", f.toString());
        double s = (System.nanoTime() - t0) / 1e9;
        String reason =
            r.err().lines().filter(l -> l.startsWith("failed: ")).findFirst().orElse("stored ok");
        System.out.printf("pathological %-20s %6.1f s  %s%n", f.getFileName(), s, reason);
        assertThat(s).as(f.toString()).isLessThan(BOUND_SECONDS / 2.0);
      }
    }
  }
}
