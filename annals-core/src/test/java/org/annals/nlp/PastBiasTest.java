package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.Span;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

class PastBiasTest {
  private static List<Token> sentence(String... words) {
    return java.util.stream.IntStream.range(0, words.length)
        .mapToObj(
            i ->
                new Token(
                    i,
                    0,
                    new Span(i, i + 1),
                    words[i],
                    words[i],
                    words[i].equals("will") ? "MD" : "NN",
                    "O"))
        .toList();
  }

  @Test
  void bareWeekdayAfterTheArticleDateMeansLastWeeksDay() {
    // 2031-05-07 is a Wednesday; "on Tuesday" in a past-tense report is 2031-05-06, not the 13th
    assertThat(
            PastBias.apply("2031-05-13", "on Tuesday", "2031-05-07", sentence("He", "met", "them")))
        .isEqualTo("2031-05-06");
  }

  @Test
  void weekdayInAFutureSentenceStaysAhead() {
    assertThat(
            PastBias.apply(
                "2031-05-13", "Tuesday", "2031-05-07", sentence("He", "will", "meet", "them")))
        .isEqualTo("2031-05-13");
  }

  @Test
  void farAheadMonthMeansLastYearsMonth() {
    assertThat(PastBias.apply("2032-03", "March", "2031-10-20", sentence("Prices", "rose")))
        .isEqualTo("2031-03");
  }

  @Test
  void nearMonthDayStaysAhead() {
    assertThat(PastBias.apply("2031-12-15", "Dec. 15", "2031-10-26", sentence("payable")))
        .isEqualTo("2031-12-15");
  }

  @Test
  void yearsAgoNamesAYearNotADay() {
    assertThat(PastBias.unitPrecision("2029-05-07", "two years ago")).isEqualTo("2029");
    assertThat(PastBias.unitPrecision("2031-02-07", "three months earlier")).isEqualTo("2031-02");
  }

  @Test
  void lastAprilInOctoberIsThisYearsApril() {
    assertThat(PastBias.lastMonth("2030-04", "last April", "2031-10-27")).isEqualTo("2031-04");
    assertThat(PastBias.lastMonth("2030-11", "last November", "2031-10-27")).isEqualTo("2030-11");
  }

  @Test
  void explicitDatesAreLeftAlone() {
    assertThat(PastBias.apply("2032-03-01", "March 1, 2032", "2031-10-20", sentence("x")))
        .isEqualTo("2032-03-01");
  }
}
