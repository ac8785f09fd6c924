package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: two ingest processes on one SQLite file both finish, and every article is once. */
class ConcurrentIngestIT {
  @TempDir Path dir;

  @Test
  void twoIngestsOnOneFileBothFinishAndStoreEveryArticleOnce() throws Exception {
    String db = dir.resolve("shared.db").toString();
    String business = IngestSeedsIT.shared("corpus/bbc-news-2225/business").toString();
    String politics = IngestSeedsIT.shared("corpus/bbc-news-2225/politics").toString();
    // the same inputs in both (each stores what the other has not yet), plus one folder each
    Process a =
        ChildIngest.start(
            dir.resolve("a.log"), "--db", db, "ingest", "--quiet", "--clean-only", business);
    Process b =
        ChildIngest.start(
            dir.resolve("b.log"),
            "--db",
            db,
            "ingest",
            "--quiet",
            "--clean-only",
            politics,
            business);
    assertThat(a.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(b.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String logA = Files.readString(dir.resolve("a.log"));
    String logB = Files.readString(dir.resolve("b.log"));
    assertThat(a.exitValue()).as(logA).isZero();
    assertThat(b.exitValue()).as(logB).isZero();
    assertThat(logA + logB).doesNotContain("SQLITE_BUSY").doesNotContain("Exception");
    assertThat(ChildIngest.integrity(db)).isEqualTo("ok");
    long distinct = Cli.run("--db", db, "articles", "--format", "jsonl").out().lines().count();
    assertThat(ChildIngest.number(db, "SELECT COUNT(*) FROM articles")).isEqualTo(distinct);
    assertThat(ChildIngest.number(db, "SELECT COUNT(DISTINCT sha256) FROM articles"))
        .isEqualTo(distinct);
    assertThat(ChildIngest.number(db, "SELECT COUNT(*) FROM articles WHERE status <> 'ok'"))
        .isZero();
    // each run counted every input once: as ingested by itself or as unchanged
    assertThat(logA).containsPattern("ingested \\d+, unchanged \\d+, failed 0");
    assertThat(logB).containsPattern("ingested \\d+, unchanged \\d+, failed 0");
    Cli again = Cli.run("--db", db, "ingest", "--quiet", "--clean-only", politics, business);
    assertThat(again.out()).contains("ingested 0, unchanged");
  }
}
