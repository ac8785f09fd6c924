package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory full of bad input: each failure is one line naming its input, and nothing stored is
 * lost.
 */
class BadInputIngestIT {
  @TempDir Path dir;

  @Test
  void failuresAreReportedOneLineEachAndStoredArticlesStay() throws Exception {
    String db = dir.resolve("x.db").toString();
    Path before = dir.resolve("before");
    Files.createDirectories(before);
    Files.writeString(
        before.resolve("kept.txt"),
        "The president of Niger received the envoy of Chad in Niamey on Monday.");
    assertThat(Cli.run("--db", db, "ingest", before.toString()).status()).isZero();
    String stored = Cli.run("--db", db, "articles", "--format", "jsonl").out();

    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.write(
        in.resolve("a-image.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.writeString(
        in.resolve("c-good.txt"),
        "The foreign minister of Peru met his Chilean counterpart on Friday.");
    Files.writeString(
        in.resolve("d-batch.jsonl"), "{\"text\": \"Talks resumed in Lima.\"}\n{not json\n");
    Files.writeString(
        in.resolve("e-deep.html"),
        "<html><body>"
            + "<div>".repeat(20000)
            + "<p>The envoy arrived in Niamey on Monday and met the president.</p>"
            + "</div>".repeat(20000)
            + "</body></html>");
    Files.write(
        in.resolve("f-cut.txt.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
    Files.write(in.resolve("notes.odt"), new byte[] {1, 2, 3}); // not an article type: skipped

    Cli run =
        Cli.run("--db", db, "ingest", in.toString(), dir.resolve("missing-folder").toString());
    assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
    assertThat(run.out())
        .contains("ingested 3, unchanged 0, failed 5")
        .contains("skipped 1 files of other types");
    assertThat(run.err().lines().filter(l -> l.startsWith("failed: ")))
        .hasSize(5)
        .anySatisfy(l -> assertThat(l).contains("a-image.txt").contains("PNG image"))
        .anySatisfy(l -> assertThat(l).contains("b-empty.txt").contains("empty file"))
        .anySatisfy(l -> assertThat(l).contains("d-batch.jsonl#2").contains("malformed JSON"))
        .anySatisfy(l -> assertThat(l).contains("f-cut.txt.gz").contains("gzip"))
        .anySatisfy(l -> assertThat(l).contains("missing-folder").contains("no such file"));

    String after = Cli.run("--db", db, "articles", "--format", "jsonl", "--status", "ok").out();
    assertThat(after).contains(stored.strip()); // the article stored before is untouched
    assertThat(after.lines().count()).isEqualTo(4); // kept + good + jsonl line 1 + deep html
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsFatalWithOneLine() {
    Cli c = Cli.run("--db", dir.resolve("no/such/dir/x.db").toString(), "articles");
    assertThat(c.status()).isEqualTo(Main.FATAL);
    assertThat(c.err().strip()).startsWith("annals: cannot create database").doesNotContain("\n");
  }
}
