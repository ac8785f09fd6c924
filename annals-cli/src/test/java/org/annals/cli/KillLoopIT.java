package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: an ingest of 120 articles killed with SIGKILL at three random moments, then run to the
 * end: the file is sound, every article is stored once, and every event is linked once.
 */
class KillLoopIT {
  private static final String[] COUNTRIES = {
    "Chad", "Niger", "Peru", "Chile", "Japan", "France", "Kenya", "Egypt", "Jordan", "Qatar"
  };
  private static final String[] CAPITALS = {
    "N'Djamena", "Niamey", "Lima", "Santiago", "Tokyo", "Paris", "Nairobi", "Cairo", "Amman", "Doha"
  };
  private static final int ARTICLES = 120;

  @TempDir Path dir;

  /** Articles with meetings, calls and visits between a few countries, so events link. */
  static void writeArticles(Path in, int n) throws Exception {
    Files.createDirectories(in);
    for (int i = 0; i < n; i++) {
      int a = i % COUNTRIES.length;
      int b = (i * 3 + 1) % COUNTRIES.length;
      if (a == b) {
        b = (b + 1) % COUNTRIES.length;
      }
      int day = 1 + i % 27;
      Files.writeString(
          in.resolve(String.format("%03d.txt", i)),
          String.format(
              "date 2031-03-%02d%n%nTalks in %s%n%nThe president of %s met the prime minister of"
                  + " %s in %s on Monday, officials said. The two leaders discussed trade and"
                  + " security, according to a statement. The foreign minister of %s later called"
                  + " his counterpart from %s, the statement added. Report number %d.%n",
              day,
              CAPITALS[b],
              COUNTRIES[a],
              COUNTRIES[b],
              CAPITALS[b],
              COUNTRIES[b],
              COUNTRIES[a],
              i));
    }
  }

  @Test
  void killedThreeTimesThenCompletedEveryArticleAndEventOnce() throws Exception {
    Path in = dir.resolve("in");
    writeArticles(in, ARTICLES);
    String db = dir.resolve("kill.db").toString();
    String[] args = {"--db", db, "ingest", "--quiet", "--threads", "2", in.toString()};
    Random random = new Random(); // a new moment each run; the seed is printed to replay
    long seed = random.nextLong();
    random = new Random(seed);
    long t0 = System.nanoTime();
    for (int kill = 1; kill <= 3; kill++) {
      long before = Math.max(0, stored(db));
      // kill when a few more articles have been stored, a random moment after the last one
      long target = before + 1 + random.nextInt(Math.max(1, (int) (ARTICLES - before) / 4));
      Process child = ChildIngest.start(dir.resolve("kill-" + kill + ".log"), args);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (stored(db) < target && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(random.nextInt(400)); // inside the next article's transaction, maybe
      child.destroyForcibly().waitFor(); // SIGKILL on Linux
      System.out.printf(
          "kill loop (seed %d): kill %d at %d stored articles%n", seed, kill, stored(db));
      assertThat(ChildIngest.integrity(db)).isEqualTo("ok");
    }
    Cli rest = Cli.run(args);
    System.out.printf(
        "kill loop: completed after 3 kills in %.0f s: %s",
        (System.nanoTime() - t0) / 1e9, rest.out());
    assertThat(rest.status()).as(rest.err()).isZero();
    assertThat(ChildIngest.integrity(db)).isEqualTo("ok");
    assertThat(ChildIngest.number(db, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(ChildIngest.number(db, "SELECT COUNT(DISTINCT source) FROM articles"))
        .isEqualTo(ARTICLES);
    assertThat(ChildIngest.number(db, "SELECT COUNT(*) FROM articles WHERE status <> 'ok'"))
        .isZero();
    long events = ChildIngest.number(db, "SELECT COUNT(*) FROM events");
    assertThat(events).as("the articles have events").isGreaterThanOrEqualTo(ARTICLES);
    assertThat(ChildIngest.number(db, "SELECT COUNT(DISTINCT cluster) FROM events"))
        .as("events of different articles linked into clusters")
        .isLessThan(events);
    assertThat(
            ChildIngest.number(
                db,
                "SELECT COUNT(*) FROM (SELECT article_id, trigger_start_raw, cameo FROM events"
                    + " GROUP BY article_id, trigger_start_raw, cameo HAVING COUNT(*) > 1)"))
        .as("no event stored twice")
        .isZero();
    assertThat(ChildIngest.number(db, "SELECT COUNT(*) FROM events WHERE cluster IS NULL"))
        .as("every event in a cluster")
        .isZero();
    assertThat(
            ChildIngest.number(
                db,
                "SELECT COUNT(*) FROM events e WHERE e.link_with IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM events o WHERE o.id = e.link_with AND o.cluster = e.cluster)"))
        .as("every link points to a stored event of the same cluster")
        .isZero();
    assertThat(Cli.run(args).out()).contains("ingested 0, unchanged " + ARTICLES);
  }

  private static long stored(String db) {
    return ChildIngest.number(db, "SELECT COUNT(*) FROM articles");
  }
}
