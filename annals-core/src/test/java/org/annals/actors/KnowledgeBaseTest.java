package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.ConfigException;
import org.annals.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBaseLoader.bundled();
  @TempDir Path dir;

  @Test
  void knowsEveryIsoCountryWithAdjectivesAndCapitals() {
    assertThat(KB.actors().stream().filter(a -> a.kind() == ActorKind.COUNTRY).count())
        .isGreaterThanOrEqualTo(240);
    assertThat(KB.lookup("Iranian")).extracting(Actor::id).containsExactly("IRN");
    assertThat(KB.lookup("Islamic Republic of Iran")).extracting(Actor::id).containsExactly("IRN");
    assertThat(KB.lookup("Côte d’Ivoire")).extracting(Actor::id).containsExactly("CIV");
    assertThat(KB.lookup("Mongolia"))
        .extracting(Actor::id)
        .containsExactly("MNG"); // from ICU alone
    assertThat(KB.countryOfCapital("Tehran")).isEqualTo("IRN");
  }

  @Test
  void knowsOrganisationsAndAgents() {
    assertThat(KB.lookup("UN Security Council")).extracting(Actor::id).containsExactly("IGO-UNSC");
    assertThat(KB.lookup("Islamic Jihad Movement"))
        .extracting(Actor::id)
        .containsExactly("PSE-PIJ");
    assertThat(KB.agentSector("Foreign Minister")).isEqualTo("GOV");
    assertThat(KB.agentSector("militants")).isEqualTo("REB");
    assertThat(KB.agentSector("soldier"))
        .isNull(); // only "soldiers" is listed: no guessing of singulars
    assertThat(KB.versions()).anySatisfy(v -> assertThat(v).startsWith("bundled annals-kb/"));
  }

  @Test
  void importsAllOfPhoenixCountriesActors() throws Exception {
    Path file = Shared.path("reference/phoenix-dictionaries/Phoenix.Countries.actors.txt");
    List<String> lines = Files.readAllLines(file);
    long entries =
        lines.stream()
            .map(l -> l.replaceAll("#.*", ""))
            .filter(l -> !l.isBlank())
            .filter(
                l ->
                    !l.startsWith("+")
                        && !Character.isWhitespace(l.charAt(0))
                        && !l.startsWith("["))
            .count();
    List<Actor> actors =
        PhoenixDictionaryReader.readActors(file.toString(), lines, new java.util.ArrayList<>());
    assertThat(actors).hasSize((int) entries);
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled().addFile(file);
    KnowledgeBase kb = loader.build();
    assertThat(kb.lookup("Ahmadinejad")).isNotEmpty();
    assertThat(loader.warnings())
        .hasSizeLessThan(10)
        .allSatisfy(
            w ->
                assertThat(w)
                    .contains("Phoenix.Countries.actors.txt:")
                    .endsWith("(role left out)"));
    System.out.printf(
        "Phoenix.Countries.actors.txt: %d entries read, %d roles with unreadable dates left out"
            + " (%s), knowledge base now %d actors%n",
        actors.size(), loader.warnings().size(), loader.warnings(), kb.size());
  }

  @Test
  void resolvesANameToTheRoleHeldOnEachDate() throws Exception {
    KnowledgeBase kb =
        new KnowledgeBaseLoader()
            .addBundled()
            .addFile(Shared.path("reference/phoenix-dictionaries/Phoenix.Countries.actors.txt"))
            .build();
    // the bundled office-holders know him too; this is about the Phoenix entry's dated roles
    Actor a =
        kb.lookup("Mahmoud Ahmadinejad").stream()
            .filter(x -> x.id().startsWith("phx:"))
            .findFirst()
            .orElseThrow();
    assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(a.roleOn(LocalDate.of(2010, 1, 1)).orElseThrow().title()).isEqualTo("IRNGOV");
    assertThat(a.roleOn(LocalDate.of(1990, 1, 1)).orElseThrow().title()).isEqualTo("IRNELI");
  }

  @Test
  void readsPhoenixDateForms() {
    List<Actor> a =
        PhoenixDictionaryReader.readActors(
            "t.actors.txt",
            List.of(
                "JANE_ROE_  # a test entry",
                "+J_ROE",
                "\t[NERGOV >20310101]",
                "\t[NERELI <250101]",
                "\t[NERMIL 200101-251231]"));
    assertThat(a)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.name()).isEqualTo("Jane Roe");
              assertThat(x.aliases()).containsExactly("J Roe");
              assertThat(x.roles())
                  .extracting(Role::from)
                  .containsExactly(LocalDate.of(2031, 1, 1), null, LocalDate.of(2020, 1, 1));
              assertThat(x.roles())
                  .extracting(Role::to)
                  .containsExactly(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
              assertThat(x.country()).isEqualTo("NER");
            });
  }

  @Test
  void rejectsAMalformedLineWithFileAndLineAndLoadsNothingOfTheFile() throws Exception {
    Path bad = dir.resolve("extra.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"X-1\", \"kind\": \"person\", \"name\": \"Jane Roe\"}\n{\"id\": \"X-2\", \"kind\": \"planet\", \"name\": \"Mars\"}\n");
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
    assertThatThrownBy(() -> loader.addFile(bad))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(bad + ":2: ")
        .hasMessageContaining("unknown kind 'planet'");
    assertThat(loader.build().byId("X-1")).as("nothing of the file is half-loaded").isEmpty();
  }

  @Test
  void rejectsABadPhoenixDateWhenStrict() {
    assertThatThrownBy(
            () ->
                PhoenixDictionaryReader.readActors(
                    "p.actors.txt", List.of("JANE_ROE_", "\t[NERGOV >20311301]")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("p.actors.txt:2: no such date '20311301'");
  }

  @Test
  void userDirectoryAddsActors() throws Exception {
    Files.writeString(
        dir.resolve("people.jsonl"),
        "{\"id\": \"P-1\", \"kind\": \"person\", \"name\": \"Halima Issoufou\", \"country\": \"NER\", \"aliases\": [\"Issoufou\"],"
            + " \"roles\": [{\"title\": \"President\", \"of\": \"NER\", \"sector\": \"GOV\", \"from\": \"2029-04-02\"}]}\n");
    Files.writeString(dir.resolve("README.txt"), "notes, not a dictionary");
    KnowledgeBase kb = KnowledgeBaseLoader.load(List.of(dir));
    Actor a = kb.lookup("Issoufou").get(0);
    assertThat(a.roleOn(LocalDate.of(2030, 1, 1))).map(Role::title).hasValue("President");
    assertThat(a.roleOn(LocalDate.of(2020, 1, 1))).isEmpty();
  }
}
