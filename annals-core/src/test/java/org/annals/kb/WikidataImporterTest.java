package org.annals.kb;

import static org.annals.kb.DumpFixture.held;
import static org.annals.kb.DumpFixture.item;
import static org.annals.kb.DumpFixture.items;
import static org.annals.kb.DumpFixture.positionsHeld;
import static org.annals.kb.DumpFixture.string;
import static org.annals.kb.DumpFixture.time;
import static org.annals.kb.DumpFixture.unknownValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.actors.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WikidataImporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * Countries and a position before the persons, a position after the person holding it, an
   * organisation, an entity without an English label and a malformed line.
   */
  static List<String> dump(boolean dayPrecisionOnly) {
    String month = dayPrecisionOnly ? "+2012-05-15T00:00:00Z" : "+2012-05-00T00:00:00Z";
    String year = dayPrecisionOnly ? "+2014-06-30T00:00:00Z" : "+2014-00-00T00:00:00Z";
    return List.of(
        item("Q30", "United States", List.of("USA"), items("P31", "Q6256"), string("P298", "USA")),
        item("Q11696", "President of the United States", List.of(), items("P1001", "Q30")),
        item(
            "Q1",
            "Jane Roe",
            List.of("J. Roe", "Jane Roe", "R"),
            items("P31", "Q5"),
            items("P27", "Q30"),
            positionsHeld(
                held(
                    "Q11696",
                    time("+2017-01-20T00:00:00Z", 11),
                    time("+2021-01-20T00:00:00Z", 11),
                    null),
                held(
                    "Q500",
                    time(month, dayPrecisionOnly ? 11 : 10),
                    time(year, dayPrecisionOnly ? 11 : 9),
                    null),
                held("Q501", time("+2001-01-01T00:00:00Z", 11), unknownValue(), null),
                held(
                    "Q502",
                    time("+2008-01-01T00:00:00Z", 11),
                    time("+2009-01-01T00:00:00Z", 11),
                    null))),
        // the minister's position and its country both come after the person
        item("Q500", "Minister of Foreign Affairs", List.of(), items("P1001", "Q142")),
        item("Q501", "Chair of the Board", List.of()),
        // nothing says this is a position but the person citing it before
        item("Q502", "Chair of the Committee", List.of(), items("P17", "Q142")),
        item("Q2", null, List.of(), items("P31", "Q5")),
        "{\"type\":\"item\",\"id\":\"Q3\",\"labels\":{\"en\":",
        item(
            "Q600",
            "Workers Party",
            List.of("WP"),
            items("P31", "Q43229", "Q7278"),
            items("P17", "Q142")),
        item("Q700", "Dunno", List.of(), items("P31", "Q4167836")),
        item("Q142", "France", List.of(), items("P31", "Q6256"), string("P298", "FRA")));
  }

  private ImportReport importDump(String name, List<String> entities) throws IOException {
    Path dump = DumpFixture.write(dir.resolve(name), entities);
    Path kb = Files.createDirectories(dir.resolve("kb"));
    return new WikidataImporter(0, r -> {}).importDump(dump, WikidataImporter.actorsFile(dump, kb));
  }

  private Map<String, JsonNode> written() throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    try (var files = Files.list(dir.resolve("kb"))) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = JSON.readTree(line);
          out.put(n.get("id").asText(), n);
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dump.json", "dump.json.gz", "dump.json.bz2"})
  void readsPlainGzipAndMultiStreamBzip2Dumps(String name) throws IOException {
    ImportReport report = importDump(name, dump(false));

    assertThat(report.entities()).isEqualTo(10);
    assertThat(report.persons()).isEqualTo(1);
    assertThat(report.organisations()).isEqualTo(1);
    assertThat(report.malformed()).isEqualTo(1);
    assertThat(report.malformedLines()).singleElement().asString().startsWith("line 9: ");
    assertThat(report.withoutEnglishLabel).isEqualTo(1);
    assertThat(report.rolesUnknownEnd).isEqualTo(1);
    assertThat(written()).containsOnlyKeys("wd:Q1", "wd:Q600");
    assertThat(dir.resolve("kb")).isDirectoryContaining("glob:**/wikidata-dump.jsonl");
  }

  @Test
  void writesDatesAtTheirWikidataPrecision() throws IOException {
    importDump("dump.json", dump(false));

    JsonNode roles = written().get("wd:Q1").get("roles");
    assertThat(roles).hasSize(3);
    assertThat(roles.get(0).toString())
        .isEqualTo(
            "{\"title\":\"President of the United States\",\"of\":\"USA\",\"sector\":\"GOV\","
                + "\"from\":\"2017-01-20\",\"to\":\"2021-01-20\",\"ref\":\"wd:Q1 P39 wd:Q11696\"}");
    assertThat(roles.get(1).toString())
        .isEqualTo(
            "{\"title\":\"Minister of Foreign Affairs\",\"of\":\"FRA\",\"sector\":\"GOV\","
                + "\"from\":\"2012-05\",\"to\":\"2014\",\"ref\":\"wd:Q1 P39 wd:Q500\"}");
    assertThat(roles.get(2).get("title").asText()).isEqualTo("Chair of the Committee");
    assertThat(roles.get(2).get("of").asText()).isEqualTo("FRA");
  }

  @Test
  void keepsNamesCountryAndOrganisationSectorFromTheClass() throws IOException {
    importDump("dump.json", dump(false));

    Map<String, JsonNode> actors = written();
    JsonNode person = actors.get("wd:Q1");
    assertThat(person.get("name").asText()).isEqualTo("Jane Roe");
    assertThat(person.get("kind").asText()).isEqualTo("person");
    assertThat(person.get("country").asText()).isEqualTo("USA");
    assertThat(person.get("aliases").toString()).isEqualTo("[\"J. Roe\"]");
    JsonNode party = actors.get("wd:Q600");
    assertThat(party.get("kind").asText()).isEqualTo("organization");
    assertThat(party.get("country").asText()).isEqualTo("FRA");
    assertThat(party.get("sectors").toString()).isEqualTo("[\"PTY\"]");
  }

  @Test
  void outputLoadsAndGivesTheRoleHeldOnADate() throws IOException {
    importDump("dump.json.bz2", dump(true));

    KnowledgeBase kb = KnowledgeBaseLoader.load(List.of(dir.resolve("kb")));
    assertRoles(kb);
  }

  @Test
  void outputWithMonthAndYearDatesLoads() throws IOException {
    importDump("dump.json.gz", dump(false));

    KnowledgeBase kb = KnowledgeBaseLoader.load(List.of(dir.resolve("kb")));
    assertRoles(kb);
    Actor jane = kb.byId("wd:Q1").orElseThrow();
    assertThat(jane.roleOn(LocalDate.of(2014, 12, 31)).map(Role::title))
        .contains("Minister of Foreign Affairs");
  }

  private static void assertRoles(KnowledgeBase kb) {
    Actor jane = kb.byId("wd:Q1").orElseThrow();
    assertThat(jane.kind()).isEqualTo(ActorKind.PERSON);
    Role president = jane.roleOn(LocalDate.of(2019, 6, 1)).orElseThrow();
    assertThat(president.title()).isEqualTo("President of the United States");
    assertThat(president.of()).isEqualTo("USA");
    Role minister = jane.roleOn(LocalDate.of(2013, 1, 1)).orElseThrow();
    assertThat(minister.title()).isEqualTo("Minister of Foreign Affairs");
    assertThat(minister.of()).isEqualTo("FRA");
    assertThat(jane.roleOn(LocalDate.of(2008, 6, 1)).map(Role::title))
        .contains("Chair of the Committee");
    assertThat(jane.roleOn(LocalDate.of(2016, 1, 1))).isEmpty();
  }
}
