package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.cli.Main;
import org.annals.pipeline.Budgets;
import org.annals.pipeline.StandardPipeline;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What the Spark tests share: inputs, the command line in this JVM, listings to compare. */
final class SparkFixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkFixtures() {}

  static Path shared(String rel) {
    return Path.of(System.getProperty("annals.shared", "../../shared")).resolve(rel);
  }

  /** The seed articles, one path each, in name order. */
  static List<String> seeds() throws IOException {
    return files(shared("corpus/seeds"), Integer.MAX_VALUE);
  }

  /** The first {@code n} BBC articles of each category, in name order. */
  static List<String> bbc(int perCategory) throws IOException {
    List<String> out = new ArrayList<>();
    for (String c : List.of("business", "entertainment", "politics", "sport", "tech")) {
      out.addAll(files(shared("corpus/bbc-news-2225/" + c), perCategory));
    }
    return out;
  }

  private static List<String> files(Path dir, int n) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(Path::toString).sorted().limit(n).toList();
    }
  }

  /** An article over ingest's longest-token budget: stored as failed, with the budget named. */
  static String overBudget(Path dir) throws IOException {
    Path f = dir.resolve("over-budget.txt");
    Files.writeString(
        f,
        "Officials met in Geneva on Monday. "
            + "x".repeat(Budgets.DEFAULT.maxTokenChars() + 10)
            + " ends here.\n");
    return f.toString();
  }

  /** A session for a test class: loopback only, no web UI. */
  static SparkSession session(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("annals-test")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** The settings {@code annals spark ingest} gives its executors by default. */
  static JobSettings settings() {
    Budgets b = Budgets.DEFAULT;
    return new JobSettings(
        StandardPipeline.DEFAULT_MAX_BYTES,
        b.maxTokenChars(),
        b.maxSentenceTokens(),
        b.maxSentences(),
        b.wallTime().toSeconds(),
        List.of(org.annals.cli.KbCommand.home().toString()),
        Map.of());
  }

  record Run(int status, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  /** {@code annals ingest} into a new SQLite store, as one machine does it. */
  static String ingest(Path db, List<String> inputs) {
    // one thread: articles stored in input order, which the job replays (which report links to
    // which depends on that order; the clusters do not)
    List<String> args =
        new ArrayList<>(List.of("--db", db.toString(), "ingest", "--quiet", "--threads", "1"));
    args.addAll(inputs);
    Run run = cli(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isIn(Main.OK, Main.SOME_FAILED);
    return db.toString();
  }

  /** A listing as JSON lines with the time of ingest left out (it is when, not what). */
  static List<String> listing(String db, String command) {
    Run run = cli("--db", db, command, "--format", "jsonl");
    assertThat(run.status()).as(command + ": " + run.err()).isZero();
    return run.out()
        .lines()
        .map(
            line -> {
              try {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                node.remove("ingested_at");
                return JSON.writeValueAsString(node);
              } catch (IOException e) {
                throw new IllegalStateException(line, e);
              }
            })
        .toList();
  }

  /** Every event's cluster in a SQLite store. */
  static Map<String, String> clusters(String db) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT id, cluster FROM events")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** Every event's cluster in a Parquet output's clusters table (this batch's events). */
  static Map<String, String> clusters(SparkSession spark, String out) {
    Map<String, String> m = new TreeMap<>();
    for (Row r :
        ParquetTables.read(spark, out, ParquetTables.CLUSTERS)
            .filter("earlier = 'false'")
            .collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  static long count(SparkSession spark, String out, String table) {
    return ParquetTables.read(spark, out, table).count();
  }
}
