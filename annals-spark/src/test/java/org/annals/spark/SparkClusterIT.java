package org.annals.spark;

import static org.annals.spark.SparkFixtures.clusters;
import static org.annals.spark.SparkFixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the job on {@code local-cluster[2,1,2048]}, two executor JVMs beside the test's, so the
 * tasks, mentions and rows really go through serialisation and each executor loads the models once
 * for itself. The workers start their executors with Spark's launcher, which wants {@code
 * SPARK_HOME} to hold a {@code jars} directory (and SPARK_SCALA_VERSION when it is no Spark build):
 * the pom points SPARK_HOME into target, this test creates the empty {@code jars} there, and the
 * executors get the test's own class path (Spark's jars among it) as their extra class path.
 */
class SparkClusterIT {
  @TempDir Path dir;

  @Test
  void twoExecutorJvmsGiveTheEventsAndClustersOfOneMachine() throws Exception {
    Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
    List<String> seeds = SparkFixtures.seeds();
    SparkSession spark =
        SparkSession.builder()
            .master("local-cluster[2,1,2048]")
            .appName("annals-cluster-test")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
            .config("spark.executor.extraJavaOptions", System.getProperty("annals.spark.opens"))
            .getOrCreate();
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      long deadline = System.nanoTime() + 180_000_000_000L;
      while (spark.sparkContext().getExecutorMemoryStatus().size() < 3
          && System.nanoTime() < deadline) {
        Thread.sleep(500); // the driver and two executors
      }
      assertThat(spark.sparkContext().getExecutorMemoryStatus().size()).isEqualTo(3);
      long driver = ProcessHandle.current().pid();
      List<Long> pids =
          jsc.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8)
              .map(i -> ProcessHandle.current().pid())
              .distinct()
              .collect();
      assertThat(pids).as("tasks run in two JVMs other than the test's").hasSize(2);
      assertThat(pids).doesNotContain(driver);

      String out = dir.resolve("out").toString();
      SparkIngest.Summary s = SparkIngest.run(spark, seeds, out, null, SparkFixtures.settings());
      assertThat(s.ok()).isEqualTo(seeds.size());
      String alone = SparkFixtures.ingest(dir.resolve("alone.db"), seeds);
      String loaded = dir.resolve("loaded.db").toString();
      SparkFixtures.Run run = SparkFixtures.cli("--db", loaded, "load", out);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(clusters(loaded)).isEqualTo(clusters(alone));
      assertThat(listing(loaded, "events")).isEqualTo(listing(alone, "events"));
      assertThat(listing(loaded, "actors")).isEqualTo(listing(alone, "actors"));
    } finally {
      spark.stop();
    }
  }
}
