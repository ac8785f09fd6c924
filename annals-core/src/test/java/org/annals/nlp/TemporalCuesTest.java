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

  private static boolean timed(String sentence, String... tags) {
    List<String> words = Arrays.asList(sentence.split(" "));
    List<String> t =
        tags.length > 0 ? Arrays.asList(tags) : Collections.nCopies(words.size(), "NN");
    return TemporalCues.anyTime(words, t);
  }

  @Test
  void plainNumbersAloneAreNoTimeCue() {
    assertThat(timed("a dozen teenagers and 3,000 others")).isFalse();
    assertThat(timed("two million voters", "CD", "CD", "NNS")).isFalse();
    assertThat(timed("a 1.5 % rise", "DT", "CD", "NN", "NN")).isFalse();
    assertThat(timed("BBC Radio 2 's show", "NNP", "NNP", "CD", "POS", "NN")).isFalse();
  }

  @Test
  void yearsNumeralsWithLettersAndTimeWordsStillAre() {
    assertThat(timed("the 2004 election")).isTrue();
    assertThat(timed("in the 1990s")).isTrue();
    assertThat(timed("on the 5th")).isTrue();
    assertThat(timed("at 10:30")).isTrue();
    assertThat(timed("three years of talks")).isTrue();
    assertThat(timed("since nineteen ninety - six")).isTrue();
    assertThat(timed("by nineteen hundred")).isTrue();
    assertThat(timed("the deal signed last May")).isTrue();
  }
}
