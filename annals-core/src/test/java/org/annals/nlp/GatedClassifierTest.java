package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatedClassifierTest {
  /** Tokens from "word/TAG" or "word/TAG/ANSWER" (the answer an earlier CRF gave). */
  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      String[] f = t.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setTag(f[1]);
      if (f.length > 2) {
        l.set(CoreAnnotations.AnswerAnnotation.class, f[2]);
      }
      out.add(l);
    }
    return out;
  }

  @Test
  void aSentenceWhoseOnlyCapitalIsAFirstFunctionWordNamesNobody() {
    assertThat(GatedClassifier.mayHoldName(tokens("He/PRP said/VBD it/PRP failed/VBD ./.")))
        .isFalse();
    assertThat(GatedClassifier.mayHoldName(tokens("The/DT plan/NN was/VBD dropped/VBN ./.")))
        .isFalse();
    assertThat(GatedClassifier.mayHoldName(tokens("it/PRP was/VBD dropped/VBN"))).isFalse();
  }

  @Test
  void aCapitalAnywhereElseMayBeAName() {
    assertThat(GatedClassifier.mayHoldName(tokens("He/PRP met/VBD Blair/NNP"))).isTrue();
    assertThat(GatedClassifier.mayHoldName(tokens("Blair/NNP met/VBD him/PRP"))).isTrue();
    // a first word the tagger calls an adjective may be a nationality
    assertThat(GatedClassifier.mayHoldName(tokens("British/JJ troops/NNS left/VBD"))).isTrue();
    // letters of a script without case are not skipped
    assertThat(GatedClassifier.mayHoldName(tokens("he/PRP met/VBD 李/NN"))).isTrue();
    // a capital inside a word
    assertThat(GatedClassifier.mayHoldName(tokens("he/PRP joined/VBD al-Qaeda/NN"))).isTrue();
  }

  @Test
  void aLaterModelRunsOnlyWhereACapitalisedWordIsStillUntagged() {
    assertThat(
            GatedClassifier.mayHoldMoreNames(
                tokens("Tony/NNP/PERSON Blair/NNP/PERSON met/VBD/O him/PRP/O"), "O"))
        .isFalse();
    assertThat(
            GatedClassifier.mayHoldMoreNames(
                tokens("Tony/NNP/PERSON Blair/NNP/PERSON met/VBD/O Japanese/JJ/O officials/NNS/O"),
                "O"))
        .isTrue();
    assertThat(GatedClassifier.mayHoldMoreNames(tokens("The/DT/O talks/NNS/O failed/VBD/O"), "O"))
        .isFalse();
  }
}
