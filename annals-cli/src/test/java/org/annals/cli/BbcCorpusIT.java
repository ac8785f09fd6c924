package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole BBC corpus (2,225 files, 98 byte-identical duplicates, one Latin-1 file), through the
 * cleaning stages: what is tested here is reading, storing and resuming, not language analysis.
 */
class BbcCorpusIT {
  private static final String[] FOLDERS = {
    "business", "entertainment", "politics", "sport", "tech"
  };
  @TempDir Path dir;

  private static String[] ingestArgs(String db) {
    List<String> args = new ArrayList<>(List.of("--db", db, "ingest", "--quiet", "--clean-only"));
    for (String f : FOLDERS) {
      args.add(IngestSeedsIT.shared("corpus/bbc-news-2225/" + f).toString());
    }
    return args.toArray(String[]::new);
  }

  @Test
  void ingestsEveryFileAndReportsTheDuplicatesAsUnchanged() {
    String db = dir.resolve("bbc.db").toString();
    Cli run = Cli.run(ingestArgs(db));
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("ingested 2127, unchanged 98, failed 0");
  }

  @Test
  void decodesTheOneLatin1FileCorrectly() {
    Cli c = Cli.run("clean", IngestSeedsIT.shared("corpus/bbc-news-2225/sport/199.txt").toString());
    assertThat(c.status()).isZero();
    assertThat(c.out()).contains("£").doesNotContain("\uFFFD");
    assertThat(c.err()).contains("not valid UTF-8; detected ISO-8859-1");
  }

  @Test
  void anIngestKilledHalfWayLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
    String db = dir.resolve("killed.db").toString();
    Process child = ChildIngest.start(dir.resolve("child.log"), ingestArgs(db));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (countOk(db) < 300 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    child.destroyForcibly().waitFor();
    int stored = countOk(db);
    assertThat(stored).as("the child stored some articles before it was killed").isPositive();
    assertThat(ChildIngest.integrity(db)).isEqualTo("ok");
    assertThat(
            ChildIngest.number(
                db,
                "SELECT COUNT(*) FROM articles WHERE status = 'ok' AND (clean_text IS NULL OR offset_map IS NULL OR raw IS NULL)"))
        .as("no half-written article")
        .isZero();

    Cli rerun = Cli.run(ingestArgs(db));
    assertThat(rerun.status()).isZero();
    assertThat(rerun.out()).contains("failed 0");
    assertThat(countOk(db)).isEqualTo(2127);
  }

  private static int countOk(String db) {
    return (int)
        Math.max(0, ChildIngest.number(db, "SELECT COUNT(*) FROM articles WHERE status = 'ok'"));
  }
}
