package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-article linking on our own test corpus (src/test/resources/linking: 31 invented reports of
 * 14 contacts, with look-alikes between the same actors on other dates or by other means), ingested
 * in two runs to show that linking is incremental; pairwise cluster precision and recall against
 * gold.tsv over the events between two named actors; then the views and exports of the result.
 */
class LinkingIT {
  @TempDir static Path dir;
  static String db;
  static Map<String, String> gold = new HashMap<>();
  static List<JsonNode> events = new ArrayList<>();
  static Map<String, String> urlOf = new HashMap<>();

  @BeforeAll
  static void ingestInTwoRuns() throws Exception {
    List<String> lines = new ArrayList<>();
    try (InputStream in = LinkingIT.class.getResourceAsStream("/linking/corpus.jsonl")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          lines.add(l);
        }
      }
    }
    try (InputStream in = LinkingIT.class.getResourceAsStream("/linking/gold.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.startsWith("#") && !l.isBlank()) {
          String[] f = l.split("\t");
          gold.put(f[0], f[1]);
        }
      }
    }
    // odd lines first, even lines in a second run: later reports must join earlier clusters
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      (i % 2 == 0 ? first : second).add(lines.get(i));
    }
    Files.write(dir.resolve("first.jsonl"), first);
    Files.write(dir.resolve("second.jsonl"), second);
    db = dir.resolve("l.db").toString();
    assertThat(Cli.run("--db", db, "ingest", dir.resolve("first.jsonl").toString()).status())
        .isZero();
    assertThat(Cli.run("--db", db, "ingest", dir.resolve("second.jsonl").toString()).status())
        .isZero();
    ObjectMapper json = new ObjectMapper();
    for (String l : Cli.run("--db", db, "articles", "--format", "jsonl").out().split("\n")) {
      if (!l.isBlank()) {
        JsonNode a = json.readTree(l);
        urlOf.put(a.get("id").asText(), a.get("source").asText());
      }
    }
    for (String l : Cli.run("--db", db, "events", "--format", "jsonl").out().split("\n")) {
      if (!l.isBlank()) {
        JsonNode e = json.readTree(l);
        if (!e.get("source").isNull()
            && !e.get("target").isNull()
            && !e.get("source").get("actor").isNull()
            && !e.get("target").get("actor").isNull()) {
          events.add(e);
        }
      }
    }
  }

  @Test
  void pairwiseClusterPrecisionAndRecallAreAtLeast90Percent() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        JsonNode a = events.get(i);
        JsonNode b = events.get(j);
        boolean same = a.get("cluster").asText().equals(b.get("cluster").asText());
        boolean truth =
            gold.get(urlOf.get(a.get("article").asText()))
                .equals(gold.get(urlOf.get(b.get("article").asText())));
        if (same && truth) {
          tp++;
        } else if (same) {
          fp++;
        } else if (truth) {
          fn++;
        }
      }
    }
    double p = tp / (double) (tp + fp);
    double r = tp / (double) (tp + fn);
    System.out.printf(
        "Linking (own corpus, %d articles, %d events between named actors): pairwise precision"
            + " %.3f (%d/%d), recall %.3f (%d/%d)%n",
        urlOf.size(), events.size(), p, tp, tp + fp, r, tp, tp + fn);
    assertThat(urlOf).hasSizeGreaterThanOrEqualTo(30);
    assertThat(p).isGreaterThanOrEqualTo(0.9);
    assertThat(r).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aClusterShowsItsMentionsScoresEvidenceAndConflictingDates() throws Exception {
    // E1 is reported as on Monday 10 March and as on Sunday: one event, a conflict shown
    String asante =
        events.stream()
            .filter(e -> gold.get(urlOf.get(e.get("article").asText())).equals("E1"))
            .findFirst()
            .orElseThrow()
            .get("cluster")
            .asText();
    Cli shown = Cli.run("--db", db, "event", asante, "--format", "jsonl");
    JsonNode c = new ObjectMapper().readTree(shown.out());
    assertThat(c.get("date").asText()).isEqualTo("2031-03-10");
    assertThat(c.get("conflicting_dates").toString()).contains("2031-03-09");
    assertThat(c.get("articles").asInt()).isEqualTo(4);
    assertThat(c.get("first_report").asText()).isEqualTo("2031-03-10");
    assertThat(c.get("last_report").asText()).isEqualTo("2031-03-12");
    assertThat(c.get("mentions").toString()).contains("dates one day apart").contains("score");
    Cli table = Cli.run("--db", db, "event", asante, "--format", "table");
    assertThat(table.out()).contains("linked to").contains("other dates reported");
  }

  @Test
  void timelineHasOneLinePerEventInDateOrder() throws Exception {
    Cli t = Cli.run("--db", db, "timeline", "--actor", "Asante", "--format", "jsonl");
    String[] rows = t.out().strip().split("\n");
    assertThat(rows).hasSize(2); // the March call and the April call
    assertThat(new ObjectMapper().readTree(rows[0]).get("date").asText()).isEqualTo("2031-03-10");
    assertThat(new ObjectMapper().readTree(rows[1]).get("date").asText()).isEqualTo("2031-04-01");
    Path svg = dir.resolve("t.svg");
    assertThat(
            Cli.run("--db", db, "timeline", "--actor", "Asante", "--svg", svg.toString()).status())
        .isZero();
    assertWellFormed(svg);
  }

  @Test
  void graphmlAndGexfPassTheirSchemasAndDotJsonSvgAreWritten() throws Exception {
    Path graphml = dir.resolve("n.graphml");
    Path svg = dir.resolve("n.svg");
    Cli n =
        Cli.run(
            "--db",
            db,
            "network",
            "--format",
            "graphml",
            "--out",
            graphml.toString(),
            "--svg",
            svg.toString());
    assertThat(n.status()).as(n.err()).isZero();
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(LinkingIT.class.getResource("/graphml.xsd"));
    schema.newValidator().validate(new StreamSource(graphml.toFile()));
    String text = Files.readString(graphml);
    assertThat(text).contains("Kwame Asante").contains("<edge");
    assertWellFormed(svg);
    Path gexf = dir.resolve("n.gexf");
    assertThat(
            Cli.run("--db", db, "network", "--format", "gexf", "--out", gexf.toString()).status())
        .isZero();
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(LinkingIT.class.getResource("/gexf.xsd"))
        .newValidator()
        .validate(new StreamSource(gexf.toFile()));
    assertThat(Files.readString(gexf)).contains("Kwame Asante").contains("<edge");
    assertThat(Cli.run("--db", db, "network", "--format", "dot").out()).startsWith("digraph");
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("--db", db, "network", "--format", "json").out());
    assertThat(json.get("edges").size()).isGreaterThan(5);
    // the Asante–Dossou calls: one edge direction may hold both distinct calls
    assertThat(json.get("edges").toString()).contains("2031-04-01");
  }

  @Test
  void gdeltExportHas61ColumnsPerEventAnd16PerMention() throws Exception {
    Path out = dir.resolve("gdelt");
    assertThat(Cli.run("--db", db, "export", "--format", "gdelt", "--out", out.toString()).status())
        .isZero();
    List<String> ev = Files.readAllLines(out.resolve("events.tsv"));
    List<String> mv = Files.readAllLines(out.resolve("mentions.tsv"));
    assertThat(ev).isNotEmpty();
    assertThat(mv.size()).isGreaterThan(ev.size());
    for (String l : ev) {
      assertThat(l.split("\t", -1)).hasSize(61);
    }
    for (String l : mv) {
      assertThat(l.split("\t", -1)).hasSize(16);
    }
    String asante = ev.stream().filter(l -> l.contains("KWAME ASANTE")).findFirst().orElseThrow();
    String[] f = asante.split("\t", -1);
    assertThat(f[26]).startsWith("04"); // EventCode
    assertThat(f[29]).isEqualTo("1"); // QuadClass
    assertThat(f[30]).isEqualTo("1.0"); // GoldsteinScale of 040/041
    Path jsonl = dir.resolve("all");
    assertThat(
            Cli.run("--db", db, "export", "--format", "jsonl", "--out", jsonl.toString()).status())
        .isZero();
    assertThat(Files.readAllLines(jsonl.resolve("clusters.jsonl"))).hasSizeGreaterThan(10);
    assertThat(Files.readAllLines(jsonl.resolve("articles.jsonl"))).hasSize(31);
  }

  @Test
  void theLinkingBenchmarkRunsAndScoresItsSyntheticTruth() {
    Cli b = Cli.run("bench-linking", "--events", "2000", "--actors", "300");
    assertThat(b.status()).isZero();
    assertThat(b.out())
        .matches(
            "(?s)linking 2,000 mentions: .* mentions/s, .* clusters; pairwise precision 0\\.9\\d\\d, recall 0\\.9\\d\\d\\s*");
  }

  @Test
  void viewsOfAnEmptyStoreAreEmptyNotErrors() throws Exception {
    String empty = dir.resolve("empty.db").toString();
    assertThat(Cli.run("--db", empty, "timeline", "--actor", "nobody").status()).isZero();
    Cli n = Cli.run("--db", empty, "network", "--format", "json");
    assertThat(n.status()).isZero();
    assertThat(n.out()).contains("\"nodes\":[]");
    assertThat(Cli.run("--db", empty, "event", "nothing").status()).isEqualTo(1);
  }

  private static void assertWellFormed(Path xml) throws Exception {
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
  }
}
