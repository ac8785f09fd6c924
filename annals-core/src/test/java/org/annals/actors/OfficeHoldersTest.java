package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled office-holders (issue 14): well-formed data, and offices chosen by date. */
class OfficeHoldersTest {
  private static final KnowledgeBase KB = KnowledgeBaseLoader.bundled();
  private static final KnownPersons KNOWN = new KnownPersons(KB);
  @TempDir Path dir;

  @Test
  void everyBundledOfficeHolderHasACountryDatedRolesAndAReference() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> offices = new TreeMap<>();
    int persons = 0;
    ObjectMapper json = new ObjectMapper();
    for (String file : resourceLines("leaders/FILES")) {
      if (file.isBlank() || file.startsWith("#")) {
        continue;
      }
      List<String> lines = resourceLines("leaders/" + file.strip());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (!n.path("kind").asText().equals("person")) {
          continue;
        }
        persons++;
        String where = file + ":" + (i + 1);
        if (!n.path("id").asText().matches("ldr:[a-z0-9-]+")) {
          problems.add(where + " id " + n.path("id"));
        }
        if (!n.path("country").asText().matches("[A-Z]{3}")) {
          problems.add(where + " country " + n.path("country"));
        }
        String[] nameWords = n.path("name").asText().split("\\s+");
        for (JsonNode a : n.path("aliases")) {
          if (a.asText().strip().equals(nameWords[nameWords.length - 1])) {
            problems.add(where + " a bare surname as alias: " + a);
          }
        }
        for (JsonNode r : n.path("roles")) {
          offices.merge(r.path("office").asText(), 1, Integer::sum);
          if (r.path("from").isMissingNode() || r.path("from").isNull()) {
            problems.add(where + " role without a start");
          }
          if (r.path("ref").asText().isBlank()) {
            problems.add(where + " role without a ref");
          }
        }
      }
    }
    System.out.println("bundled office-holders: " + persons + " persons, roles " + offices);
    assertThat(problems).as("problems in the bundled office-holder files").isEmpty();
    assertThat(persons).isGreaterThan(1000);
    assertThat(offices.keySet()).isSubsetOf(KnowledgeBaseLoader.OFFICES);
  }

  @Test
  void chosesTheOfficeHeldOnTheArticlesDate() {
    Actor biden = KNOWN.byFullName("Joseph R. Biden, Jr.", LocalDate.of(2023, 5, 1));
    assertThat(biden).isNotNull();
    Actor in2012 = KNOWN.asOf(biden, LocalDate.of(2012, 6, 1));
    Actor in2023 = KNOWN.asOf(biden, LocalDate.of(2023, 6, 1));
    assertThat(in2012.country()).isEqualTo("USA");
    assertThat(in2012.sectors()).startsWith("GOV");
    assertThat(biden.roleOn(LocalDate.of(2012, 6, 1)).orElseThrow().title())
        .isEqualTo("Vice President");
    assertThat(biden.roleOn(LocalDate.of(2023, 6, 1)).orElseThrow().title()).isEqualTo("President");
    assertThat(in2023.country()).isEqualTo("USA");
    assertThat(biden.roleOn(LocalDate.of(2023, 6, 1)).orElseThrow().source())
        .startsWith("org/annals/actors/leaders/americas.jsonl:");
  }

  @Test
  void findsTheOfficeHolderOfALoneSurnameOnThatDate() {
    Actor kishida = KNOWN.bySurnameInOffice(PersonNames.surnameKey("Kishida"), day(2023), "");
    assertThat(kishida).isNotNull();
    assertThat(KNOWN.asOf(kishida, LocalDate.of(2023, 5, 18)).country()).isEqualTo("JPN");
    // no date, no guess; nobody of that name in office then, nobody
    assertThat(KNOWN.bySurnameInOffice(PersonNames.surnameKey("Kishida"), null, "")).isNull();
    assertThat(KNOWN.bySurnameInOffice(PersonNames.surnameKey("Kishida"), day(1995), "")).isNull();
  }

  @Test
  void aHeadOfAnInternationalBodyIsCodedAsTheBody() {
    Actor guterres = KNOWN.byFullName("António Guterres", day(2020));
    assertThat(guterres).isNotNull();
    Actor asSecretaryGeneral = KNOWN.asOf(guterres, day(2020));
    assertThat(asSecretaryGeneral.sectors()).startsWith("IGO");
    assertThat(asSecretaryGeneral.country()).isNull();
    assertThat(KNOWN.asOf(guterres, day(1998)).country()).isEqualTo("PRT");
  }

  @Test
  void readsRoleDatesToTheMonthOrYearTheFileGives() throws Exception {
    Files.writeString(
        dir.resolve("people.jsonl"),
        "{\"id\": \"x:a\", \"kind\": \"person\", \"name\": \"Ann Example\", \"roles\": [{\"title\":"
            + " \"Minister\", \"of\": \"NOR\", \"sector\": \"GOV\", \"from\": \"2019-05\", \"to\":"
            + " \"2021\"}]}\n",
        StandardCharsets.UTF_8);
    Actor a = KnowledgeBaseLoader.load(List.of(dir)).byId("x:a").orElseThrow();
    assertThat(a.roles().get(0).from()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(a.roles().get(0).to()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void rejectsAnUnknownOfficeWithFileAndLine() throws Exception {
    Files.writeString(
        dir.resolve("people.jsonl"),
        "{\"id\": \"x:a\", \"kind\": \"person\", \"name\": \"Ann Example\", \"roles\": [{\"title\":"
            + " \"Minister\", \"office\": \"grand-vizier\", \"from\": \"2019\"}]}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("people.jsonl:1")
        .hasMessageContaining("grand-vizier");
  }

  private static LocalDate day(int year) {
    return LocalDate.of(year, 6, 1);
  }

  private static List<String> resourceLines(String name) throws Exception {
    try (InputStream in =
        OfficeHoldersTest.class.getClassLoader().getResourceAsStream("org/annals/actors/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
