package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the same store on PostgreSQL as on SQLite, and two ingest processes writing into one
 * PostgreSQL database at once. Runs when {@code ANNALS_TEST_PG_URL} names a server ({@code
 * .ci/with-postgres} starts one); each test gets a schema of its own.
 */
class PostgresIngestIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String server;
  @TempDir Path dir;

  @BeforeAll
  static void server() {
    server = System.getenv("ANNALS_TEST_PG_URL");
    if (server == null || server.isBlank()) {
      String why = "ANNALS_TEST_PG_URL is not set: run under .ci/with-postgres";
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
  }

  @Test
  void theSeedsGiveTheSameArticlesActorsEventsClustersAndQuotesOnBothBackends() throws Exception {
    String sqlite = dir.resolve("seeds.db").toString();
    String pg = freshSchema("seeds");
    String seeds = IngestSeedsIT.shared("corpus/seeds").toString();
    for (String db : List.of(sqlite, pg)) {
      // one thread: which article is stored first decides surname merges and links, on any backend
      Cli run = Cli.run("--db", db, "ingest", "--quiet", "--threads", "1", seeds);
      assertThat(run.status()).as(run.err()).isZero();
    }
    for (String listing : List.of("articles", "actors", "events", "quotes")) {
      List<String> onSqlite = listing(sqlite, listing);
      List<String> onPg = listing(pg, listing);
      assertThat(onSqlite).as(listing).isNotEmpty();
      assertThat(onPg).as(listing + " on PostgreSQL, in the same order").isEqualTo(onSqlite);
    }
    assertThat(clusters(pg)).isEqualTo(clusters(sqlite));
  }

  @Test
  void aNameOrSourceThousandsOfLettersLongIsStoredOnBothBackendsAndMakesNoActor() throws Exception {
    java.util.Random random = new java.util.Random(7);
    StringBuilder name = new StringBuilder("A");
    for (int i = 0; i < 3500; i++) {
      name.append((char) ('b' + random.nextInt(24)));
    }
    Path article = dir.resolve("long-name.txt");
    Files.writeString(
        article,
        "PARIS (Reuters) - President "
            + name
            + " Smith met Prime Minister Jean Dupont in Paris on Monday, officials said. "
            + name
            + " Smith praised Dupont.\n");
    // and a source, URL and title of 4,000 random characters (the article indexes hold them)
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      junk.append((char) ('a' + random.nextInt(26)));
    }
    Path wire = dir.resolve("long-fields.jsonl");
    Files.writeString(
        wire,
        JSON.writeValueAsString(
                Map.of(
                    "source",
                    junk.toString(),
                    "url",
                    "https://example.org/" + junk,
                    "title",
                    "T " + junk,
                    "text",
                    "ACCRA - Ghana and Togo signed a power deal on Saturday."))
            + "\n");
    String sqlite = dir.resolve("long.db").toString();
    String pg = freshSchema("long");
    for (String db : List.of(sqlite, pg)) {
      Cli run =
          Cli.run("--db", db, "ingest", "--threads", "1", article.toString(), wire.toString());
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("ingested 2, unchanged 0, failed 0");
    }
    assertThat(listing(pg, "articles")).isEqualTo(listing(sqlite, "articles"));
    List<String> actors = listing(pg, "actors");
    assertThat(actors).isEqualTo(listing(sqlite, "actors"));
    assertThat(actors).anyMatch(a -> a.contains("Jean Dupont"));
    for (String a : actors) {
      assertThat(read(a).get("name").asText()).hasSizeLessThanOrEqualTo(100);
      assertThat(read(a).get("id").asText()).hasSizeLessThan(120);
    }
  }

  @Test
  void twoIngestsIntoOnePostgresStoreEveryArticleOnceAndLinkConsistently() throws Exception {
    List<String> politics;
    try (Stream<Path> files = Files.list(IngestSeedsIT.shared("corpus/bbc-news-2225/politics"))) {
      politics = files.map(Path::toString).sorted().limit(24).toList();
    }
    // the seeds report the same contacts, so their events link; BBC politics articles rarely do
    List<String> seeds;
    try (Stream<Path> files = Files.list(IngestSeedsIT.shared("corpus/seeds"))) {
      seeds = files.map(Path::toString).sorted().toList();
    }
    // overlapping halves, the second in reverse, so that both store and link the middle ones
    List<String> a = new ArrayList<>(seeds);
    a.addAll(politics.subList(0, 16));
    List<String> b = new ArrayList<>(politics.subList(8, 24));
    b.addAll(seeds);
    Collections.reverse(b);
    List<String> all = new ArrayList<>(seeds);
    all.addAll(politics);
    String pg = freshSchema("two");
    Process first = ChildIngest.start(dir.resolve("a.log"), args(pg, a));
    Process second = ChildIngest.start(dir.resolve("b.log"), args(pg, b));
    assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String logs =
        Files.readString(dir.resolve("a.log")) + "\n" + Files.readString(dir.resolve("b.log"));
    assertThat(first.exitValue()).as(logs).isZero();
    assertThat(second.exitValue()).as(logs).isZero();
    assertThat(logs).doesNotContain("Exception").doesNotContain(password());

    assertThat(number(pg, "SELECT COUNT(*) FROM articles")).isEqualTo(all.size());
    assertThat(number(pg, "SELECT COUNT(DISTINCT sha256) FROM articles")).isEqualTo(all.size());
    assertThat(number(pg, "SELECT COUNT(*) FROM articles WHERE status <> 'ok'")).isZero();

    // the same events as one process writing alone into SQLite: the same ids, codes, words,
    // places in the text and dates (who is named how, and which report links to which, depend on
    // which article was stored first: a surname alone joins the full name stored before it)
    String alone = dir.resolve("alone.db").toString();
    Cli run = Cli.run(args(alone, all));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(coded(listing(pg, "events"))).hasSameElementsAs(coded(listing(alone, "events")));
    // every participant is a stored actor
    assertThat(
            number(
                pg,
                "SELECT COUNT(*) FROM events e WHERE (e.source_actor IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM actors a WHERE a.id = e.source_actor)) OR (e.target_actor IS"
                    + " NOT NULL AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.id ="
                    + " e.target_actor))"))
        .isZero();

    // consistent links: a cluster is named after one of its own events, an event links to one of
    // its cluster
    assertThat(
            number(
                pg,
                "SELECT COUNT(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM events o WHERE o.id = e.cluster AND o.cluster = e.cluster)"))
        .isZero();
    assertThat(
            number(
                pg,
                "SELECT COUNT(*) FROM events e WHERE e.link_with IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM events o WHERE o.id = e.link_with AND o.cluster = e.cluster)"))
        .isZero();
    assertThat(number(pg, "SELECT COUNT(*) FROM events WHERE link_with IS NOT NULL"))
        .as("some reports link, or this test shows nothing")
        .isPositive();
  }

  private static String[] args(String db, List<String> inputs) {
    List<String> args = new ArrayList<>(List.of("--db", db, "ingest", "--quiet"));
    args.addAll(inputs);
    return args.toArray(String[]::new);
  }

  /** A listing as JSON lines with the time of ingest left out (it is when, not what). */
  private static List<String> listing(String db, String command) {
    Cli run = Cli.run("--db", db, command, "--format", "jsonl");
    assertThat(run.status()).as(command + ": " + run.err()).isZero();
    return run.out().lines().map(PostgresIngestIT::withoutIngestTime).toList();
  }

  private static String withoutIngestTime(String line) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.remove("ingested_at");
      return JSON.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(line, e);
    }
  }

  /** What an event is, apart from who is named how and what it links to. */
  private static List<String> coded(List<String> events) {
    return events.stream()
        .map(
            line -> {
              JsonNode e = read(line);
              return String.join(
                  "|",
                  e.get("id").asText(),
                  e.get("cameo").asText(),
                  e.get("trigger").toString(),
                  e.get("evidence").toString(),
                  e.get("date").asText(),
                  e.get("date_precision").asText(),
                  e.get("rule").asText());
            })
        .toList();
  }

  /** Each cluster's events, named by the cluster id: the stores must name them alike. */
  private static Map<String, List<String>> clusters(String db) {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : listing(db, "events")) {
      JsonNode e = read(line);
      out.computeIfAbsent(e.get("cluster").asText(), k -> new ArrayList<>())
          .add(e.get("id").asText());
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(line, e);
    }
  }

  /** A new empty schema on the server, as a URL the store opens. */
  private static String freshSchema(String name) throws Exception {
    String schema = "cli_" + name + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static long number(String url, String sql) throws Exception {
    String jdbc = url.startsWith("jdbc:") ? url : "jdbc:sqlite:" + url;
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String password() {
    int at = server.indexOf("password=");
    return at < 0 ? "\u0000" : server.substring(at + 9).split("&")[0];
  }
}
