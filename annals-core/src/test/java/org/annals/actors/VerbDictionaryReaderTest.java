package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryReaderTest {
  private static final String TEXT =
      """
      # a small dictionary in PETRARCH's format
      &FRUIT
      +APPLE
      +PLUM_TREE
      JUNK OUTSIDE ANY BLOCK

      --- HARVEST [---] ---
      HARVEST {HARVESTS HARVESTED}  # comment
      +PICK_UP [071]
      GLEAN;old comment
      - * &FRUIT                     [0712]   # HARVEST
      - &FRUIT * (FROM)               [071]
      - * (IN {FRUIT BASKET}) $       [071:072]
      - * BASKETS                              # no code
      - * (IN BASKET                  [071]
      - * BASKET * AGAIN              [071]
      - * BASKET                      [07!]
      ~ a (a b ATTACK) SAY = a b 015
      ---  GIVE   [070]---  ---
      GIVE
      """;

  @Test
  void readsSetsBlocksVerbsAndPatternsAndWarnsOfEachLineItCannotRead() {
    List<String> warnings = new ArrayList<>();
    VerbDictionary d =
        VerbDictionaryReader.read("mini.txt", "dir/mini.txt", TEXT.lines().toList(), warnings);
    assertThat(d.synonymSets()).containsEntry("FRUIT", List.of("APPLE", "PLUM_TREE"));
    assertThat(d.blocks()).hasSize(2);
    VerbDictionary.Block harvest = d.blocks().get(0);
    assertThat(harvest.code()).isEqualTo("---");
    assertThat(harvest.verbs())
        .containsExactly(
            new VerbDictionary.Verb(8, "HARVEST", null),
            new VerbDictionary.Verb(9, "+PICK_UP", "071"),
            new VerbDictionary.Verb(10, "GLEAN", null));
    assertThat(harvest.patterns())
        .containsExactly(
            new VerbDictionary.Pattern(11, List.of(), List.of("&FRUIT"), "0712"),
            new VerbDictionary.Pattern(12, List.of("&FRUIT"), List.of("(FROM)"), "071"),
            new VerbDictionary.Pattern(
                13, List.of(), List.of("(IN {FRUIT BASKET})", "$"), "071:072"));
    // a typo'd block header still opens its block
    assertThat(d.blocks().get(1).code()).isEqualTo("070");
    assertThat(d.blocks().get(1).verbs())
        .extracting(VerbDictionary.Verb::word)
        .containsExactly("GIVE");
    assertThat(d.transformations()).isEqualTo(1);
    assertThat(warnings)
        .hasSize(5)
        .allSatisfy(w -> assertThat(w).matches("dir/mini\\.txt:\\d+: .*\\(line left out\\)"));
    assertThat(warnings)
        .extracting(w -> w.substring(0, w.indexOf(": ")))
        .containsExactly(
            "dir/mini.txt:5",
            "dir/mini.txt:14",
            "dir/mini.txt:15",
            "dir/mini.txt:16",
            "dir/mini.txt:17");
  }

  @Test
  void splitsPatternElementsKeepingNestedGroupsWhole() {
    assertThat(PatternElements.split("* (OVER {&WEAPON ATTACK}) +"))
        .containsExactly("*", "(OVER {&WEAPON ATTACK})", "+");
    assertThat(PatternElements.split("* (TO")).isNull();
    assertThat(PatternElements.split("* TO)")).isNull();
  }

  @Test
  void readsDiscardPhrasesForSentencesAndStories() {
    List<String> warnings = new ArrayList<>();
    List<Discard> d =
        Discard.read(
            "d.txt",
            List.of("# sports", "GOAL KICK   # x", "+  World  Cup ", "GROUP A_", "+", "[X]"),
            warnings);
    assertThat(d)
        .containsExactly(
            new Discard("GOAL KICK", false, "d.txt:2"),
            new Discard("WORLD CUP", true, "d.txt:3"),
            new Discard("GROUP A", false, "d.txt:4"));
    assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("d.txt:"));
  }
}
