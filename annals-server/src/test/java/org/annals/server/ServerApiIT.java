package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.ArticleStore;
import org.annals.store.SyntheticStore;
import org.annals.store.read.EventRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over a synthetic store: what it answers, how it pages and filters, what it refuses. */
class ServerApiIT {
  @TempDir static Path dir;
  static String db;
  static AnnalsServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    db = dir.resolve("api.db").toString();
    SyntheticStore.fill(db, 1, 60, 5, 40, 7);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      // a name a spreadsheet would run as a formula
      s.executeUpdate(
          "UPDATE actors SET known = 1, name = '=HYPERLINK(\"http://x.example\",\"y\")' WHERE id = 'p:synthetic_3'");
    }
    server = AnnalsServer.start(db, "127.0.0.1", 0);
    base = server.url();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void openApiIsValidAndEveryDocumentedPathAnswers() throws Exception {
    String doc = Http.get(base + "openapi.json").body();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc, null, null);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).hasSize(OpenApi.ROUTES.size());
    assertThat(parsed.getOpenAPI().getComponents().getSchemas())
        .containsKeys(
            "EventRecord", "QuoteRecord", "StoredActor", "ArticleDetail", "ClusterDetail");
    // the schema follows the records: snake_case fields of EventRecord
    assertThat(parsed.getOpenAPI().getComponents().getSchemas().get("EventRecord").getProperties())
        .containsKeys("date_precision", "reported_by", "quad_class", "trigger", "evidence");
    String article = "s000000000000001";
    for (OpenApi.Route r : OpenApi.ROUTES) {
      String path =
          r.path()
              .replace("{id}", r.path().contains("actors") ? "p:synthetic_1" : article)
              .substring(1);
      if (r.path().contains("clusters")) {
        path = "api/clusters/" + article + "-e1";
      }
      String query =
          path.endsWith("timeline")
              ? "?actor=p:synthetic_1"
              : path.endsWith("search") ? "?q=person" : "";
      HttpResponse<String> res = Http.get(base + path + query);
      assertThat(res.statusCode()).as(path).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
    }
  }

  @Test
  void pagesAreTheStoresEventsInOrderWithTheirTotal() throws Exception {
    List<EventRecord> all;
    try (ArticleStore s = ArticleStore.open(db)) {
      all = s.events(ArticleStore.EventFilter.ALL);
    }
    JsonNode page = Http.json(base + "api/events?limit=7&offset=3");
    assertThat(page.get("total").asInt()).isEqualTo(all.size()).isEqualTo(300);
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).isEqualTo(all.subList(3, 10).stream().map(EventRecord::id).toList());
    // the same record, field for field, as the store's own serialisation
    assertThat(page.get("items").get(0))
        .isEqualTo(Http.JSON.readTree(org.annals.store.read.Records.json(all.get(3))));
  }

  @Test
  void filtersKeepWhatTheStoreKeeps() throws Exception {
    ArticleStore.EventFilter f =
        new ArticleStore.EventFilter(
            "p:synthetic_2", "CONSULT", "2021-01-01", "2023-12-31", null, null);
    List<EventRecord> kept;
    try (ArticleStore s = ArticleStore.open(db)) {
      kept = s.events(f);
    }
    assertThat(kept).isNotEmpty();
    JsonNode page =
        Http.json(
            base
                + "api/events?actor=p:synthetic_2&type=CONSULT&from=2021-01-01&to=2023-12-31&limit=1000");
    assertThat(page.get("total").asInt()).isEqualTo(kept.size());
    for (JsonNode e : page.get("items")) {
      assertThat(e.get("plover").get("type").asText()).isEqualTo("CONSULT");
      assertThat(e.get("date").asText()).isBetween("2021-01-01", "2023-12-31");
      assertThat(
              List.of(e.get("source").get("actor").asText(), e.get("target").get("actor").asText()))
          .contains("p:synthetic_2");
    }
  }

  @Test
  void wrongParametersAndUnknownPathsAreOneLineJsonErrors() throws Exception {
    for (String bad :
        List.of(
            "api/events?limit=0",
            "api/events?limit=abc",
            "api/events?from=2024-13-01",
            "api/events?from=2024-02-01&to=2024-01-01",
            "api/events?type=%3Cscript%3E",
            "api/articles?status=gone",
            "api/timeline",
            "api/events?format=xls")) {
      HttpResponse<String> r = Http.get(base + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      JsonNode body = Http.JSON.readTree(r.body());
      assertThat(body.get("status").asInt()).isEqualTo(400);
      assertThat(body.get("error").asText()).doesNotContain("\n").doesNotContain("at org.");
    }
    for (String missing :
        List.of("api/nothing", "api/articles/nope", "api/actors/p:nobody", "api/clusters/none")) {
      HttpResponse<String> r = Http.get(base + missing);
      assertThat(r.statusCode()).as(missing).isEqualTo(404);
      assertThat(Http.JSON.readTree(r.body()).get("error").asText()).isNotBlank();
    }
  }

  @Test
  void readOnlyAndHeadersOnEveryAnswer() throws Exception {
    for (String m : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> r = Http.send(m, base + "api/events");
      assertThat(r.statusCode()).as(m).isEqualTo(405);
    }
    for (String path :
        List.of("", "actor/p:synthetic_1", "api/events", "api/nothing", "openapi.json")) {
      HttpResponse<String> r = Http.get(base + path);
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }
  }

  @Test
  void answersOnlyItsOwnHostName() throws Exception {
    int port = server.port();
    assertThat(Http.withHost(port, "/api/articles", "127.0.0.1:" + port))
        .startsWith("HTTP/1.1 200");
    assertThat(Http.withHost(port, "/api/articles", "localhost:" + port))
        .startsWith("HTTP/1.1 200");
    for (String evil :
        List.of(
            "evil.example:" + port,
            "evil.example",
            "127.0.0.1:1",
            "localhost.evil.example:" + port)) {
      String r = Http.withHost(port, "/api/articles", evil);
      assertThat(r)
          .as(evil)
          .startsWith("HTTP/1.1 403")
          .contains("\"error\"")
          .doesNotContain("Synthetic article");
    }
  }

  @Test
  void csvDownloadsNeutraliseFormulas() throws Exception {
    HttpResponse<String> r = Http.get(base + "api/actors?format=csv&limit=1000");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(r.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    HttpResponse<String> jsonl = Http.get(base + "api/events?format=jsonl&limit=5");
    assertThat(jsonl.body().strip().split("\n")).hasSize(5);
  }

  @Test
  void ploverTypesAreTheCodeTablesInTheOrderOfTheirFirstCodeAndTheOpenApiEnumSaysSo()
      throws Exception {
    List<String> table = new ArrayList<>();
    new java.util.TreeMap<>(org.annals.events.CameoCodes.standard().all())
        .values()
        .forEach(
            c -> {
              if (c.ploverType() != null && !table.contains(c.ploverType())) {
                table.add(c.ploverType());
              }
            });
    List<String> served = new ArrayList<>();
    Http.json(base + "api/plover-types").get("types").forEach(t -> served.add(t.asText()));
    assertThat(served).isEqualTo(table).contains("CONSULT", "ASSAULT");
    JsonNode doc = Http.json(base + "openapi.json");
    JsonNode schema =
        doc.at("/paths/~1api~1plover-types/get/responses/200/content/application~1json/schema");
    List<String> documented = new ArrayList<>();
    schema.at("/properties/types/items/enum").forEach(t -> documented.add(t.asText()));
    assertThat(documented).isEqualTo(table);
  }

  @Test
  void manyConcurrentRequestsShareTheFewStoreConnectionsAndAllAnswer() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String path =
            List.of(
                    "api/events?actor=p:synthetic_" + (i % 40),
                    "api/actors?q=person",
                    "api/articles?q=article")
                .get(i % 3);
        answers.add(pool.submit(() -> Http.get(base + path).statusCode()));
      }
      for (java.util.concurrent.Future<Integer> a : answers) {
        assertThat(a.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
