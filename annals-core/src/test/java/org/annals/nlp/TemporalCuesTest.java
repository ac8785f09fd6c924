package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {
  private static boolean cued(String sentence) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return TemporalCues.any(words, Collections.nCopies(words.size(), "NN"));
  }

  @Test
  void digitsMonthsDaysAndUnitsAreCues() {
    assertThat(cued("talks resume in 2005")).isTrue();
    assertThat(cued("talks resume on Jan. 5th")).isTrue();
    assertThat(cued("the vote is on Tuesday")).isTrue();
    assertThat(cued("three weeks of talks")).isTrue();
    assertThat(cued("a year-long inquiry")).isTrue();
    assertThat(cued("the past decades")).isTrue();
    assertThat(cued("the centuries of rule")).isTrue();
    assertThat(cued("the deal signed last May")).isTrue();
    assertThat(cued("the minister spoke this morning")).isTrue();
    assertThat(cued("he is now leader")).isTrue();
    assertThat(cued("the bicentennial of the union")).isTrue();
  }

  @Test
  void sentenceWithoutTimeWordsHasNoCue() {
    assertThat(cued("the minister said the party may back the plan")).isFalse();
    assertThat(cued("Mr Blair told MPs that Labour would win")).isFalse();
  }

  @Test
  void numberTaggedCdIsACue() {
    assertThat(
            TemporalCues.any(
                List.of("a", "score", "of", "talks"), List.of("DT", "CD", "IN", "NNS")))
        .isTrue();
  }
}
