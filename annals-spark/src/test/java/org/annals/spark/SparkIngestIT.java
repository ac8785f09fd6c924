package org.annals.spark;

import static org.annals.spark.SparkFixtures.clusters;
import static org.annals.spark.SparkFixtures.count;
import static org.annals.spark.SparkFixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the Spark job in {@code local[2]} gives the store one machine gives. The seeds and 60
 * BBC articles (and one article over a budget) are ingested once in this JVM into SQLite and once
 * by the job into Parquet, which {@code load} brings into a second SQLite store: the same events in
 * the same clusters, the same articles, actors and quotes. One session for the class; CoreNLP is
 * loaded once for the JVM (the reference ingest and the job's local executor share it).
 */
class SparkIngestIT {
  @TempDir static Path dir;
  static SparkSession spark;
  static String reference;
  static String out;
  static String failing;
  static SparkIngest.Summary summary;

  @BeforeAll
  static void ingestBothWays() throws Exception {
    List<String> inputs = new ArrayList<>(SparkFixtures.seeds());
    inputs.addAll(SparkFixtures.bbc(12));
    failing = SparkFixtures.overBudget(Files.createDirectories(dir.resolve("extra")));
    inputs.add(failing);
    reference = SparkFixtures.ingest(dir.resolve("reference.db"), inputs);
    spark = SparkFixtures.session("local[2]");
    out = dir.resolve("out").toString();
    summary = SparkIngest.run(spark, inputs, out, null, SparkFixtures.settings());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theJobGivesTheEventsAndClustersOfOneMachine() throws Exception {
    Map<String, String> expected = clusters(reference);
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(clusters(spark, out)).isEqualTo(expected);
    assertThat(summary.events()).isEqualTo(expected.size());
    assertThat(summary.clusters()).isEqualTo(expected.values().stream().distinct().count());
    assertThat(expected.values().stream().distinct().count())
        .as("some reports link, or this test shows nothing")
        .isLessThan(expected.size());
    assertThat(summary.largestBlock()).isGreaterThan(1);
  }

  @Test
  void loadGivesTheListingsOfOneMachine() {
    String loaded = dir.resolve("loaded.db").toString();
    SparkFixtures.Run run = SparkFixtures.cli("--db", loaded, "load", out);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("loaded " + out);
    for (String listing : List.of("articles", "actors", "events", "quotes")) {
      List<String> expected = listing(reference, listing);
      assertThat(expected).as(listing).isNotEmpty();
      assertThat(listing(loaded, listing)).as(listing + " after load").isEqualTo(expected);
    }
    // loading again adds nothing
    run = SparkFixtures.cli("--db", loaded, "load", out);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(listing(loaded, "events")).isEqualTo(listing(reference, "events"));
  }

  @Test
  void loadIntoPostgresGivesTheListingsOfOneMachine() throws Exception {
    String server = System.getenv("ANNALS_TEST_PG_URL");
    if (server == null || server.isBlank()) {
      String why = "ANNALS_TEST_PG_URL is not set: run under .ci/with-postgres";
      if ("true".equals(System.getenv("CI"))) {
        org.junit.jupiter.api.Assertions.fail(why);
      }
      org.junit.jupiter.api.Assumptions.abort(why);
    }
    String schema = "spark_load_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(server)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    String pg = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    SparkFixtures.Run run = SparkFixtures.cli("--db", pg, "load", out);
    assertThat(run.status()).as(run.err()).isZero();
    for (String listing : List.of("articles", "actors", "events", "quotes")) {
      assertThat(listing(pg, listing))
          .as(listing + " loaded into PostgreSQL")
          .isEqualTo(listing(reference, listing));
    }
  }

  @Test
  void aFailedArticleIsRecordedWithItsReasonAsIngestRecordsIt() throws Exception {
    String expected;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + reference);
        PreparedStatement p =
            c.prepareStatement(
                "SELECT error FROM articles WHERE source = ? AND status = 'failed'")) {
      p.setString(1, failing);
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        expected = rs.getString(1);
      }
    }
    assertThat(expected).contains("token");
    List<Row> failures = ParquetTables.read(spark, out, ParquetTables.FAILURES).collectAsList();
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getString(0)).isEqualTo(failing);
    assertThat(failures.get(0).getString(2)).isEqualTo(expected);
    assertThat(summary.failures()).containsExactly(failing + ": " + expected);
    List<Row> stored =
        ParquetTables.read(spark, out, "articles")
            .filter("status = 'failed'")
            .select("source", "error")
            .collectAsList();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getString(1)).isEqualTo(expected);
    assertThat(count(spark, out, "articles")).isEqualTo(summary.ok() + summary.failed());
  }

  @Test
  void aLaterBatchLinksWithAnEarlierOutputAndAReRunOverwrites() throws Exception {
    List<String> seeds = SparkFixtures.seeds();
    String alone = SparkFixtures.ingest(dir.resolve("seeds.db"), seeds);
    String first = dir.resolve("first").toString();
    String second = dir.resolve("second").toString();
    SparkIngest.run(spark, seeds.subList(0, 3), first, null, SparkFixtures.settings());
    long events = count(spark, first, "events");
    // a re-run gives the same rows, in place of the first run's
    SparkIngest.run(spark, seeds.subList(0, 3), first, null, SparkFixtures.settings());
    assertThat(count(spark, first, "events")).isEqualTo(events);
    assertThat(count(spark, first, "articles")).isEqualTo(3);
    // the second batch names the whole list: the first batch's articles are not done again
    SparkIngest.Summary s = SparkIngest.run(spark, seeds, second, first, SparkFixtures.settings());
    assertThat(s.ok()).isEqualTo(seeds.size() - 3);

    String loaded = dir.resolve("two-batches.db").toString();
    SparkFixtures.Run run = SparkFixtures.cli("--db", loaded, "load", first, second);
    assertThat(run.status()).as(run.err()).isZero();
    Map<String, String> expected = clusters(alone);
    assertThat(clusters(loaded)).isEqualTo(expected);
    assertThat(expected.values().stream().distinct().count())
        .as("the seeds' reports link across the two batches, or this test shows nothing")
        .isLessThan(expected.size());
    assertThat(listing(loaded, "events")).isEqualTo(listing(alone, "events"));
    assertThat(listing(loaded, "actors")).isEqualTo(listing(alone, "actors"));
  }
}
