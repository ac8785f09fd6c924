package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a one-line reason naming it, and the others still get through. */
class BadInputTest {
  @TempDir Path dir;
  private final Pipeline pipeline = StandardPipeline.create();

  private List<ArticleOutcome> run(long maxBytes, Path... paths) {
    List<ArticleOutcome> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      names.add(p.toString());
    }
    new InputWalker(maxBytes).walk(names, item -> out.add(pipeline.process(item)));
    return out;
  }

  private List<ArticleOutcome> run(Path... paths) {
    return run(StandardPipeline.DEFAULT_MAX_BYTES, paths);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path good() throws IOException {
    return write(
        "good.txt", "The envoy arrived in Niamey on Monday.".getBytes(StandardCharsets.UTF_8));
  }

  private static void assertOneLineError(ArticleOutcome o, String reasonPart) {
    assertThat(o.ok()).isFalse();
    assertThat(o.error()).contains(reasonPart).doesNotContain("\n");
  }

  @Test
  void binaryPngIsRefusedAndTheRunGoesOn() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    List<ArticleOutcome> out = run(write("photo.png", png), good());
    assertOneLineError(out.get(0), "binary data, not text (PNG image)");
    assertThat(out.get(0).source()).endsWith("photo.png");
    assertThat(out.get(1).ok()).isTrue();
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    assertOneLineError(run(write("empty.txt", new byte[0])).get(0), "empty file");
  }

  @Test
  void whiteSpaceOnlyFileIsRefused() throws IOException {
    assertOneLineError(
        run(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))).get(0), "no text");
  }

  @Test
  void invalidUtf8IsDecodedAsTheDetectedLegacyCharsetWithAWarning() throws IOException {
    byte[] latin1 =
        "The budget of \u00a3300m was approved by the assembly on Tuesday, the minister said."
            .getBytes(StandardCharsets.ISO_8859_1);
    ArticleOutcome o = run(write("latin1.txt", latin1)).get(0);
    assertThat(o.ok()).isTrue();
    assertThat(o.clean().text()).contains("\u00a3300m");
    assertThat(o.raw().charset()).isEqualTo("ISO-8859-1");
    assertThat(o.warnings()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void hundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] line =
        "The envoy arrived in Niamey on Monday and met the president.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream os = Files.newOutputStream(big)) {
      for (long written = 0; written < 100L << 20; written += line.length) {
        os.write(line);
      }
    }
    List<ArticleOutcome> out = run(big, good());
    assertOneLineError(out.get(0), "too large: ");
    assertThat(out.get(0).error()).contains("--max-bytes");
    assertThat(out.get(1).ok()).isTrue();
  }

  @Test
  void malformedJsonlLineFailsAloneAndNamesItsLine() throws IOException {
    String jsonl =
        "{\"text\": \"The envoy arrived in Niamey on Monday.\", \"published\": \"2031-05-04\"}\n"
            + "{\"text\": \"broken\n"
            + "{\"html\": \"<p>The president of Niger received the envoy of Chad in Niamey.</p>\", \"url\": \"https://example.org/a\"}\n"
            + "{\"title\": \"no text field\"}\n";
    List<ArticleOutcome> out = run(write("batch.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
    assertThat(out).hasSize(4);
    assertThat(out.get(0).ok()).isTrue();
    assertThat(out.get(0).clean().metadata().published()).isEqualTo("2031-05-04");
    assertOneLineError(out.get(1), "malformed JSON");
    assertThat(out.get(1).source()).endsWith("batch.jsonl#2");
    assertThat(out.get(2).ok()).isTrue();
    assertThat(out.get(2).source()).isEqualTo("https://example.org/a");
    assertOneLineError(out.get(3), "no \"text\" or \"html\"");
  }

  @Test
  void truncatedGzipIsReported() throws IOException {
    Path gz = dir.resolve("cut.txt.gz");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
      os.write(
          "The envoy arrived in Niamey on Monday. ".repeat(200).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
    List<ArticleOutcome> out = run(gz, good());
    assertOneLineError(out.get(0), "truncated or corrupt gzip");
    assertThat(out.get(1).ok()).isTrue();
  }

  @Test
  void gzippedHtmlIsRead() throws IOException {
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
      os.write(
          "<html><body><p>The president of Niger received the envoy of Chad in Niamey on Monday.</p></body></html>"
              .getBytes(StandardCharsets.UTF_8));
    }
    ArticleOutcome o = run(gz).get(0);
    assertThat(o.ok()).isTrue();
    assertThat(o.clean().text())
        .isEqualTo("The president of Niger received the envoy of Chad in Niamey on Monday.");
  }

  @Test
  void unreadableFileIsReported() throws IOException {
    // a symbolic link that points at itself cannot be read, even by root
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop.getFileName());
    List<ArticleOutcome> out = run(loop, good());
    assertThat(out.get(0).ok()).isFalse();
    assertThat(out.get(0).error()).doesNotContain("\n").isNotBlank();
    assertThat(out.get(1).ok()).isTrue();
  }

  @Test
  void missingPathIsReported() throws IOException {
    List<ArticleOutcome> out = run(dir.resolve("nowhere.txt"), good());
    assertOneLineError(out.get(0), "no such file or directory");
    assertThat(out.get(1).ok()).isTrue();
  }

  @Test
  void aJsonlLineOverTheLimitIsSkippedWithoutBeingHeldIssue18() throws IOException {
    String jsonl =
        "{\"text\": \"" + "x".repeat(5000) + "\"}\r\n{\"text\": \"Talks resumed in Lima.\"}\r\n";
    List<ArticleOutcome> out =
        run(1000, write("big.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
    assertThat(out).hasSize(2);
    assertOneLineError(out.get(0), "too large: 5013 bytes, limit 1000");
    assertThat(out.get(0).source()).endsWith("big.jsonl#1");
    assertThat(out.get(1).ok()).isTrue();
    assertThat(out.get(1).clean().text()).isEqualTo("Talks resumed in Lima.");
  }
}
