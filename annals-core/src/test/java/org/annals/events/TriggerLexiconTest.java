package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Span;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
  /** Tokens from "word/lemma/POS" triples. */
  static List<Token> tokens(String spec) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : spec.split(" ")) {
      String[] p = w.split("/");
      out.add(new Token(out.size(), 0, new Span(at, at + p[0].length()), p[0], p[1], p[2], "O"));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void longestPatternWinsOnItsHeadAndGapsAreAllowed() {
    TriggerLexicon lex = TriggerLexicon.standard();
    List<TriggerLexicon.Match> found =
        lex.find(
            tokens(
                "Raisi/Raisi/NNP spoke/speak/VBD by/by/IN phone/phone/NN with/with/IN"
                    + " Haniyeh/Haniyeh/NNP"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).entry().cameo()).isEqualTo("041");
    assertThat(found.get(0).tokens()).containsExactly(1, 2, 3);

    found =
        lex.find(
            tokens(
                "Haniyeh/Haniyeh/NNP expressed/express/VBD his/he/PRP$ deep/deep/JJ"
                    + " gratitude/gratitude/NN"));
    assertThat(found).extracting(m -> m.entry().cameo()).containsExactly("051");
  }

  @Test
  void theMoneyClassMatchesACurrencyFurtherOnButNotOverAClauseOrAnotherWord() {
    TriggerLexicon lex = TriggerLexicon.standard();
    List<TriggerLexicon.Match> found =
        lex.find(
            tokens(
                "Dutch/Dutch/NNP will/will/MD provide/provide/VB Ivory/Ivory/NNP Coast/Coast/NNP"
                    + " with/with/IN an/a/DT additional/additional/JJ 10/10/CD million/million/CD"
                    + " euros/euro/NNS"));
    assertThat(found)
        .singleElement()
        .satisfies(m -> assertThat(m.entry().cameo()).isEqualTo("071"));
    assertThat(found.get(0).tokens()).containsExactly(2, 10);
    assertThat(lex.find(tokens("they/they/PRP provide/provide/VBP ten/ten/CD schools/school/NNS")))
        .isEmpty();
    assertThat(
            lex.find(
                tokens(
                    "they/they/PRP provide/provide/VBP schools/school/NNS ,/,/, which/which/WDT"
                        + " cost/cost/VBD $/$/$ 10/10/CD")))
        .isEmpty();
  }

  @Test
  void aMarkedParticleStaysNearItsVerb() {
    TriggerLexicon lex = TriggerLexicon.standard();
    assertThat(lex.find(tokens("the/the/DT government/government/NN gave/give/VBD in/in/RP")))
        .extracting(m -> m.entry().cameo())
        .containsExactly("080");
    assertThat(
            lex.find(
                tokens(
                    "they/they/PRP give/give/VBP money/money/NN to/to/TO many/many/JJ"
                        + " schools/school/NNS in/in/IN Wales/Wales/NNP")))
        .noneMatch(m -> m.entry().cameo().equals("080"));
  }

  @Test
  void nounHeadsTakeTheirModifiersAndVerbEntriesNeedAVerb() {
    TriggerLexicon lex = TriggerLexicon.standard();
    List<TriggerLexicon.Match> found =
        lex.find(tokens("a/a/DT phone/phone/NN call/call/NN with/with/IN Haniyeh/Haniyeh/NNP"));
    assertThat(found).extracting(m -> m.entry().pattern()).containsExactly("phone call");
    // "visit" as a noun is the noun entry, never the verb's
    found = lex.find(tokens("his/he/PRP$ visit/visit/NN to/to/TO Tehran/Tehran/NNP"));
    assertThat(found).singleElement().satisfies(m -> assertThat(m.entry().noun()).isTrue());
    assertThat(lex.mayTrigger(tokens("the/the/DT weather/weather/NN was/be/VBD fine/fine/JJ")))
        .isFalse();
  }

  @Test
  void aMalformedLineFailsTheFileWithItsLine() {
    assertThatThrownBy(
            () ->
                TriggerLexicon.parse(
                    new StringReader("# c\n040\tV\t*meet\twith\n041\tV\tphone call\twith\n"),
                    "mine.tsv"))
        .hasMessageContaining("mine.tsv:3")
        .hasMessageContaining("no head word");
    assertThatThrownBy(
            () -> TriggerLexicon.parse(new StringReader("04x\tV\t*meet\twith\n"), "mine.tsv"))
        .hasMessageContaining("mine.tsv:1");
  }

  @Test
  void everyLexiconCodeIsInTheCodeTable() {
    CameoCodes codes = CameoCodes.standard();
    TriggerLexicon lex = TriggerLexicon.standard();
    assertThat(lex.size()).isGreaterThan(200);
    for (String cameo : lex.codes()) {
      assertThat(codes.get(cameo)).as(cameo).isPresent();
    }
  }

  @Test
  void aFifthColumnGivesTheCodebooksPloverTypeAndEveryOneIsAPloverType() throws Exception {
    TriggerLexicon lex =
        TriggerLexicon.parse(
            new StringReader("173\tV\t*convict\tobj\tSANCTION/convict\n173\tV\t*arrest\tobj\n"),
            "mine.tsv");
    assertThat(lex.entries())
        .extracting(TriggerLexicon.Entry::headLemma, TriggerLexicon.Entry::plover)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("convict", "SANCTION/convict"),
            org.assertj.core.groups.Tuple.tuple("arrest", null));
    assertThatThrownBy(
            () -> TriggerLexicon.parse(new StringReader("173\tV\t*convict\tobj\tguilty\n"), "m"))
        .hasMessageContaining("m:1")
        .hasMessageContaining("PLOVER type");
    java.util.Set<String> types = new java.util.HashSet<>();
    CameoCodes.standard().all().values().forEach(c -> types.add(c.ploverType()));
    assertThat(TriggerLexicon.standard().entries())
        .filteredOn(e -> e.plover() != null)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(types).contains(e.plover().split("/")[0]));
  }
}
