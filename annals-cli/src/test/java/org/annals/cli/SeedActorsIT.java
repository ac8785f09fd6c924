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
  static String db;

  @BeforeAll
  static void ingestSeeds() throws Exception {
    db = dir.resolve("seeds.db").toString();
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
    assertThat(h.get("known").asBoolean())
        .as("a bundled office-holder since issue 14: the spellings meet all the same")
        .isTrue();
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

  private static List<String[]> query(String sql) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void titleOnlyMentionsLinkThroughTheRole() throws Exception {
    List<String[]> titles =
        query(
            "SELECT a.source, m.actor_id, m.text FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.rule = 'title'");
    String pezeshkian = onlyActorFor("Masoud Pezeshkian").get("id").asText();
    String khamenei = onlyActorFor("Seyyed Ali Khamenei").get("id").asText();
    assertThat(titles)
        .anySatisfy(
            t -> assertThat(t).containsExactly(t[0], pezeshkian, "The Iranian president-elect"));
    assertThat(titles)
        .anySatisfy(
            t ->
                assertThat(t)
                    .containsExactly(t[0], khamenei, "The Leader of the Islamic Revolution"));
    assertThat(titles).noneSatisfy(t -> assertThat(t[2]).endsWith("leaders"));
  }

  @Test
  void everyMentionPointsAtItsWordsInTheRawInput() throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT a.raw, m.start_raw, m.end_raw, m.text FROM mentions m JOIN articles a ON a.id = m.article_id")) {
      int n = 0;
      while (rs.next()) {
        String raw = new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8);
        String at =
            raw.substring(rs.getInt(2), rs.getInt(3)).replace('\u0435', 'e').replace('\u00A0', ' ');
        assertThat(at)
            .as("raw text under mention '%s'", rs.getString(4))
            .isEqualTo(rs.getString(4));
        n++;
      }
      assertThat(n).isGreaterThan(200);
    }
  }

  @Test
  void theSamePersonsWhateverOrderTheArticlesComeIn() throws Exception {
    String reverse = dir.resolve("reverse.db").toString();
    List<Path> seeds;
    try (var s = java.nio.file.Files.list(IngestSeedsIT.shared("corpus/seeds"))) {
      seeds =
          s.filter(p -> p.toString().endsWith(".txt"))
              .sorted(java.util.Comparator.reverseOrder())
              .toList();
    }
    for (Path seed : seeds) {
      assertThat(Cli.run("--db", reverse, "ingest", seed.toString()).status()).isZero();
    }
    assertThat(persons(reverse)).isEqualTo(persons(db));
  }

  /** Person id → sorted aliases, as the actors command lists them. */
  private static java.util.Map<String, String> persons(String database) throws Exception {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String line : Cli.run("--db", database, "actors", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode a = new ObjectMapper().readTree(line);
        if (a.get("kind").asText().equals("person")) {
          List<String> aliases = new ArrayList<>();
          a.get("aliases").forEach(x -> aliases.add(x.asText()));
          java.util.Collections.sort(aliases);
          out.put(a.get("id").asText(), String.join(" | ", aliases));
        }
      }
    }
    return out;
  }

  @Test
  void nobodyFromTheAuthorBioIsAnActor() {
    assertThat(actors.toString())
        .doesNotContain("Maham")
        .doesNotContain("Shabir")
        .doesNotContain("UMT");
  }

  @Test
  void aNationalityBeforeAPeopleIsNotAnotherCountry() {
    // 000: "an Iranian Azerbaijani father" names no country Azerbaijan
    assertThat(actors).noneSatisfy(a -> assertThat(a.get("id").asText()).isEqualTo("AZE"));
    assertThat(withAlias("Palestinian Hamas"))
        .singleElement()
        .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo("PSE-HAMAS"));
  }

  @Test
  void knownOrganisationsAndCountriesLink() {
    assertThat(withAlias("Hamas"))
        .singleElement()
        .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo("PSE-HAMAS"));
    assertThat(actors).anySatisfy(a -> assertThat(a.get("id").asText()).isEqualTo("IRN"));
  }
}
