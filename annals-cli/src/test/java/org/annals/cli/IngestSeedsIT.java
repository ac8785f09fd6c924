package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSeedsIT {
  @TempDir Path dir;

  static Path shared(String rel) {
    return Path.of(System.getProperty("annals.shared", "../../shared")).resolve(rel);
  }

  private static List<JsonNode> jsonl(String out) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        rows.add(new ObjectMapper().readTree(line));
      }
    }
    return rows;
  }

  @Test
  void ingestsTheSeedsWithTheirMetadataAndReingestingChangesNothing() throws Exception {
    String db = dir.resolve("seeds.db").toString();
    Cli first = Cli.run("--db", db, "ingest", shared("corpus/seeds").toString());
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("ingested 5, unchanged 0, failed 0");

    Cli listed =
        Cli.run("articles", "--db", db, "--format", "jsonl"); // --db after the command works too
    List<JsonNode> rows = jsonl(listed.out());
    assertThat(rows).hasSize(5);
    for (JsonNode r : rows) {
      assertThat(r.fieldNames())
          .toIterable()
          .contains("id", "source", "title", "published", "agency", "dateline", "status", "error");
      assertThat(r.get("status").asText()).isEqualTo("ok");
    }
    JsonNode s001 =
        rows.stream()
            .filter(r -> r.get("source").asText().contains("001_"))
            .findFirst()
            .orElseThrow();
    assertThat(s001.get("published").asText()).isEqualTo("2024-07-15");
    JsonNode s003 =
        rows.stream()
            .filter(r -> r.get("source").asText().contains("003_"))
            .findFirst()
            .orElseThrow();
    assertThat(s003.get("agency").asText()).isEqualTo("TDI");
    assertThat(s003.get("dateline").asText()).isEqualTo("Tehran");
    assertThat(s003.get("published").asText()).isEqualTo("2023-10-24");
    JsonNode s000 =
        rows.stream()
            .filter(r -> r.get("source").asText().contains("000_"))
            .findFirst()
            .orElseThrow();
    assertThat(s000.get("published").isNull()).as("no date is ever made up").isTrue();

    Cli again = Cli.run("--db", db, "ingest", shared("corpus/seeds").toString());
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("ingested 0, unchanged 5, failed 0");
    assertThat(Cli.run("--db", db, "articles", "--format", "jsonl").out()).isEqualTo(listed.out());
  }

  @Test
  void cleanPrintsJsonWithRemovedSpansAndFoldedCount() throws Exception {
    Path seed003 =
        java.nio.file.Files.list(shared("corpus/seeds"))
            .filter(p -> p.getFileName().toString().startsWith("003_"))
            .findFirst()
            .orElseThrow();
    Cli c = Cli.run("clean", seed003.toString(), "--format", "json");
    assertThat(c.status()).isZero();
    JsonNode r = new ObjectMapper().readTree(c.out());
    assertThat(r.get("agency").asText()).isEqualTo("TDI");
    assertThat(r.get("removed").toString())
        .contains("boilerplate:teaser")
        .contains("boilerplate:author-bio")
        .contains("metadata:dateline");
    assertThat(r.get("text").asText()).doesNotContain("Also read");
  }

  @Test
  void csvAndTableFormatsWork() {
    String db = dir.resolve("f.db").toString();
    Cli.run("--db", db, "ingest", shared("corpus/seeds").toString());
    String csv = Cli.run("--db", db, "articles", "--format", "csv").out();
    assertThat(csv.lines().count()).isEqualTo(6);
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("id,source,title,published,agency,dateline,status,error");
    String table = Cli.run("--db", db, "articles", "--format", "table").out();
    assertThat(table.lines().findFirst().orElseThrow()).startsWith("ID").contains("PUBLISHED");
  }

  @Test
  void aWrongOptionIsAUsageError() {
    Cli c = Cli.run("ingest", "--no-such-option", "x");
    assertThat(c.status()).isEqualTo(Main.USAGE);
    assertThat(c.err()).contains("--no-such-option");
  }
}
