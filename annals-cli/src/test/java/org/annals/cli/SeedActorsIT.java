package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 on the seeds: each person is one actor under every spelling, across articles. */
class SeedActorsIT {
  @TempDir static Path dir;
  static List<JsonNode> actors = new ArrayList<>();

  @BeforeAll
  static void ingestSeeds() throws Exception {
    String db = dir.resolve("seeds.db").toString();
    assertThat(
            Cli.run(
                    "--db",
                    db,
                    "ingest",
                    "--threads",
                    "1",
                    IngestSeedsIT.shared("corpus/seeds").toString())
                .status())
        .isZero();
    for (String line : Cli.run("--db", db, "actors", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        actors.add(new ObjectMapper().readTree(line));
      }
    }
  }

  private static List<JsonNode> withAlias(String alias) {
    return actors.stream()
        .filter(a -> a.get("aliases").toString().contains("\"" + alias + "\""))
        .toList();
  }

  private static JsonNode onlyActorFor(String... spellings) {
    JsonNode first = null;
    for (String s : spellings) {
      List<JsonNode> found = withAlias(s);
      assertThat(found).as("actors named %s", s).hasSize(1);
      if (first == null) {
        first = found.get(0);
      }
      assertThat(found.get(0).get("id").asText())
          .as("%s is the same actor as %s", s, spellings[0])
          .isEqualTo(first.get("id").asText());
    }
    return first;
  }

  @Test
  void haniyehIsOneActorUnderEverySpelling() {
    JsonNode h =
        onlyActorFor("Ismail Haniyeh", "Esmail Haniyeh", "Ismail Haniya", "Haniyeh", "Haniya");
    assertThat(h.get("known").asBoolean()).isFalse();
    assertThat(h.get("country").asText()).isEqualTo("PSE");
    assertThat(h.get("roles").toString()).contains("political bureau").contains("PSE-HAMAS");
    assertThat(h.get("articles")).hasSize(5);
  }

  @Test
  void transliterationsAndHyphenationsMeet() {
    onlyActorFor("Ziyad al-Nakhalah", "Ziad Nakhale", "Nakhale");
    JsonNode fm = onlyActorFor("Hossein Amirabdollahian", "Hossein Amir-Abdollahian");
    assertThat(fm.get("roles").toString()).contains("Iranian Foreign Minister");
    onlyActorFor("Masoud Pezeshkian", "Pezeshkian");
  }

  @Test
  void khameneiIsOneActorWithHonorificsAndKhomeiniAnother() {
    JsonNode k =
        onlyActorFor("Seyyed Ali Khamenei", "Ayatollah Ali Khamenei", "Ayatollah Khamenei");
    assertThat(withAlias("Imam Khomeini"))
        .singleElement()
        .satisfies(x -> assertThat(x.get("id")).isNotEqualTo(k.get("id")));
  }

  @Test
  void titlesAndAffiliationsFromTheTextBecomeRoles() {
    assertThat(onlyActorFor("Hassan Nasrallah", "Nasrallah").get("roles").toString())
        .contains("Hezbollah chief")
        .contains("LBN-HEZ");
    assertThat(onlyActorFor("Mahdi al-Masha").get("roles").toString())
        .contains("Supreme Political Council");
  }

  @Test
  void nobodyFromTheAuthorBioIsAnActor() {
    assertThat(actors.toString())
        .doesNotContain("Maham")
        .doesNotContain("Shabir")
        .doesNotContain("UMT");
  }

  @Test
  void knownOrganisationsAndCountriesLink() {
    assertThat(withAlias("Hamas"))
        .singleElement()
        .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo("PSE-HAMAS"));
    assertThat(actors).anySatisfy(a -> assertThat(a.get("id").asText()).isEqualTo("IRN"));
  }
}
