package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.VerbDictionary;
import org.annals.actors.VerbDictionaryReader;
import org.junit.jupiter.api.Test;

class VerbPatternTriggersTest {
  private static final String TEXT =
      """
      &PENALTY
      +SANCTION
      +EMBARGO_
      +TRADE_BAN

      --- IMPOSE [---] ---
      IMPOSE
      LEVY  [163]
      - * &PENALTY                       [163]
      - * CURFEW (ON +)                  [1723]
      - * TARIFFS (AGAINST)              [16299]
      - &PENALTY *                       [163]
      - * FINES                          [---]
      - * DUTIES                         [:163]
      - * &NOWHERE                       [163]
      - * (BROKEN                        [163]

      --- PRAISE [051] ---
      PRAISE
      +SPEAK_HIGHLY
      """;

  private static VerbPatternTriggers.Result convert(List<String> warnings) {
    VerbDictionary d = VerbDictionaryReader.read("V.txt", "V.txt", TEXT.lines().toList(), warnings);
    return VerbPatternTriggers.of(List.of(d));
  }

  @Test
  void convertsWordsAfterTheVerbForEveryVerbOfTheBlockAndCountsWhatItSkips() {
    List<String> warnings = new ArrayList<>();
    VerbPatternTriggers.Result r = convert(warnings);
    assertThat(warnings).singleElement().asString().startsWith("V.txt:16: unbalanced brackets");
    assertThat(r.patterns()).isEqualTo(7);
    assertThat(r.converted()).isEqualTo(3);
    assertThat(r.skipped())
        .containsEntry("pattern: words before the verb", 1)
        .containsEntry("pattern: no code (---)", 1)
        .containsEntry("pattern: only a paired code ([:CODE])", 1)
        .containsEntry("pattern: a synonym set nobody defined", 1)
        .containsEntry("verb: no code (---)", 1);
    // IMPOSE has no code of its own or its block's; LEVY, PRAISE and SPEAK_HIGHLY have
    assertThat(r.bareVerbs()).isEqualTo(3);
  }

  @Test
  void expandsSetsLemmatisesPluralsAndNamesTheLineAsRule() {
    TriggerLexicon lex = convert(new ArrayList<>()).lexicon();
    List<TriggerLexicon.Match> found =
        lex.find(
            TriggerLexiconTest.tokens(
                "Washington/Washington/NNP imposed/impose/VBD new/new/JJ tariffs/tariff/NNS"
                    + " against/against/IN Ruritania/Ruritania/NNP"));
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry().cameo())
                  .isEqualTo("162"); // 16299 is coded as its nearest known code
              assertThat(m.entry().line()).isEqualTo("V.txt:11");
              assertThat(m.entry().targets()).startsWith("against");
              assertThat(m.tokens()).containsExactly(1, 3, 4);
            });
    found =
        lex.find(
            TriggerLexiconTest.tokens(
                "they/they/PRP levied/levy/VBD a/a/DT trade/trade/NN ban/ban/NN"));
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry().words()).containsExactly("levy", "trade", "ban");
              assertThat(m.entry().line()).isEqualTo("V.txt:9");
            });
    found = lex.find(TriggerLexiconTest.tokens("they/they/PRP levied/levy/VBD taxes/tax/NNS"));
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry().cameo()).isEqualTo("163"); // the verb's own code
              assertThat(m.entry().line()).isEqualTo("V.txt:8");
            });
    assertThat(
            lex.find(
                TriggerLexiconTest.tokens(
                    "X/X/NNP spoke/speak/VBD highly/highly/RB of/of/IN Y/Y/NNP")))
        .singleElement()
        .satisfies(m -> assertThat(m.entry().cameo()).isEqualTo("051"));
  }

  @Test
  void pluralNounsBecomeTheLemmaCoreNlpGives() {
    assertThat(
            List.of("sanctions", "allies", "ties", "taxes", "talks", "news", "crisis", "gas")
                .stream()
                .map(PatternWords::singular))
        .containsExactly("sanction", "ally", "tie", "tax", "talk", "news", "crisis", "gas");
  }
}
