package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.Shared;
import org.junit.jupiter.api.Test;

/**
 * The published Phoenix/PETRARCH folder loads whole (issue 14): what a line the reader cannot take
 * is left out with a warning naming file and line, never the run.
 */
class PhoenixFolderTest {
  @Test
  void loadsThePublishedFolderWholeWithWarningsForWhatItLeavesOut() {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
    loader.addDirectory(Shared.path("reference/phoenix-dictionaries"));
    KnowledgeBase kb = loader.build();
    assertThat(kb.size()).isGreaterThan(20_000);
    assertThat(loader.warnings())
        .allSatisfy(w -> assertThat(w).containsPattern("phoenix-dictionaries/[^:]+:\\d+: "));
    // Phoenix.International.actors.txt:267 is an indented name with its own code
    Actor mcCloy =
        kb.lookup("John McCloy").stream()
            .filter(a -> a.kind() == ActorKind.PERSON)
            .findFirst()
            .orElseThrow();
    assertThat(mcCloy.roleOn(LocalDate.of(1948, 1, 1)).orElseThrow().title())
        .isEqualTo("IGOUNODEVWBK");
    // Phoenix.agents.txt:93, a compound agent code, gives its first sector
    assertThat(kb.agentSector("Buddhist student")).isEqualTo("BUD");
  }

  @Test
  void aPersonOnlyPhoenixKnowsGetsTheDatedRoleOfTheArticlesDay() {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
    loader.addDirectory(Shared.path("reference/phoenix-dictionaries"));
    KnowledgeBase kb = loader.build();
    // George Woods headed the World Bank 1963-68 and is in no bundled file
    assertThat(KnowledgeBaseLoader.bundled().lookup("George Woods")).isEmpty();
    KnownPersons known = new KnownPersons(kb);
    Actor woods = known.byFullName("George D. Woods", LocalDate.of(1965, 1, 1));
    assertThat(woods).isNotNull();
    Role role = woods.roleOn(LocalDate.of(1965, 1, 1)).orElseThrow();
    assertThat(role.source()).contains("Phoenix.International.actors.txt:");
    Actor then = known.asOf(woods, LocalDate.of(1965, 1, 1));
    assertThat(then.sectors()).startsWith("IGO");
    assertThat(then.country()).isNull();
    assertThat(List.of(role.from(), role.to()))
        .containsExactly(LocalDate.of(1963, 1, 1), LocalDate.of(1968, 3, 31));
  }
}
