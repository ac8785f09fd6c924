package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution on articles written for this test: people no knowledge base knows. */
class ResolutionIT {
  @TempDir Path dir;

  private List<JsonNode> actors(String db) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Cli.run("--db", db, "actors", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        out.add(new ObjectMapper().readTree(line));
      }
    }
    return out;
  }

  @Test
  void peopleWhoShareASurnameStayApartAndUnknownPeopleResolve() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("a.txt"),
        "Niamey, 4 May 2031 (SNA): Niger's President Halima Issoufou received Chad's Foreign Minister Adoum Saleh on Sunday.\n\n"
            + "Moussa Issoufou, the president's brother and a senior opposition figure, criticised the visit.\n\n"
            + "Saleh said the talks had gone well. Issoufou thanked him for coming.");
    Files.writeString(
        in.resolve("b.txt"),
        "N'Djamena, 9 May 2031 (ATP): Adoum Saleh, the foreign minister of Chad, briefed parliament on his trip to Niamey.");
    String db = dir.resolve("r.db").toString();
    assertThat(Cli.run("--db", db, "ingest", in.toString()).status()).isZero();
    List<JsonNode> all = actors(db);

    JsonNode halima = one(all, "Halima Issoufou");
    JsonNode moussa = one(all, "Moussa Issoufou");
    assertThat(halima.get("id")).isNotEqualTo(moussa.get("id"));
    assertThat(halima.get("country").asText()).isEqualTo("NER");
    assertThat(halima.get("known").asBoolean()).isFalse();

    JsonNode saleh = one(all, "Adoum Saleh");
    assertThat(saleh.get("aliases").toString()).contains("\"Saleh\"");
    assertThat(saleh.get("articles")).hasSize(2);
    assertThat(saleh.get("country").asText()).isEqualTo("TCD");
    assertThat(saleh.get("roles").toString())
        .contains("Foreign Minister")
        .contains("foreign minister of Chad");
  }

  @Test
  void kbImportRejectsABadFileAndKeepsAGoodOne() throws Exception {
    Path good = dir.resolve("people.jsonl");
    Files.writeString(
        good,
        "{\"id\": \"P-1\", \"kind\": \"person\", \"name\": \"Adoum Saleh\", \"country\": \"TCD\"}\n");
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"P-2\", \"kind\": \"person\"}\n");
    System.setProperty(
        "annals.kb", dir.resolve("kb-home").toString()); // not the shared test knowledge base
    Cli good1;
    try {
      good1 = Cli.run("kb", "import", good.toString(), bad.toString());
      assertThat(KbCommand.home().resolve("people.jsonl")).exists();
      assertThat(KbCommand.home().resolve("bad.jsonl")).doesNotExist();
    } finally {
      System.clearProperty("annals.kb");
    }
    assertThat(good1.status()).isEqualTo(Main.SOME_FAILED);
    assertThat(good1.out()).contains("imported " + good);
    assertThat(good1.err())
        .contains("failed: " + bad + ":1: an actor needs \"id\", \"name\" and \"kind\"");
  }

  private static JsonNode one(List<JsonNode> all, String alias) {
    List<JsonNode> found =
        all.stream()
            .filter(a -> a.get("aliases").toString().contains("\"" + alias + "\""))
            .toList();
    assertThat(found).as("actors called %s", alias).hasSize(1);
    return found.get(0);
  }
}
