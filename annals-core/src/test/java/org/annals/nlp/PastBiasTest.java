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

  /**
   * Words as "said/VBD"; each token spans its index, so an expression's span is its token range.
   */
  private static List<Token> tagged(String... words) {
    return java.util.stream.IntStream.range(0, words.length)
        .mapToObj(
            i -> {
              String[] wp = words[i].split("/");
              return new Token(i, 0, new Span(i, i + 1), wp[0], wp[0], wp[1], "O");
            })
        .toList();
  }

  @Test
  void theAnswerDoesNotDependOnTheDirectionSutimeChose() {
    // SUTime keeps the direction of its last weekday across documents (CoreNLP #1061): whether
    // it answers the next or the last Tuesday, a past-tense report gets the last one
    List<Token> past = sentence("He", "met", "them");
    assertThat(PastBias.apply("2031-05-13", "Tuesday", "2031-05-07", past))
        .isEqualTo(PastBias.apply("2031-04-29", "Tuesday", "2031-05-07", past))
        .isEqualTo("2031-05-06");
    List<Token> future = sentence("He", "will", "meet", "them");
    assertThat(PastBias.apply("2031-05-06", "Tuesday", "2031-05-07", future))
        .isEqualTo("2031-05-13");
    // a month: "in March", whichever year SUTime picked, is the last March before October
    assertThat(PastBias.apply("2030-03", "March", "2031-10-20", past))
        .isEqualTo(PastBias.apply("2032-03", "March", "2031-10-20", past))
        .isEqualTo("2031-03");
  }

  @Test
  void theTenseNextToTheExpressionDecidesBeforeTheSentences() {
    // "Smith said Friday the company will …": "said" sits next to "Friday"; "will" is elsewhere
    List<Token> s =
        tagged("Smith/NNP", "said/VBD", "Friday/NNP", "the/DT", "firm/NN", "will/MD", "sell/VB");
    assertThat(PastBias.apply("2031-05-09", "Friday", "2031-05-07", s, new Span(2, 3)))
        .isEqualTo("2031-05-02");
    assertThat(PastBias.apply("2031-05-02", "Friday", "2031-05-07", s, null))
        .as("without the position only the sentence's future word is seen")
        .isEqualTo("2031-05-09");
  }

  @Test
  void aMonthInAFutureSentenceIsTheNearestOne() {
    List<Token> future = sentence("It", "will", "be", "paid");
    assertThat(PastBias.apply("2030-01", "January", "2031-10-20", future)).isEqualTo("2032-01");
    assertThat(PastBias.apply("2032-09", "September", "2031-10-20", future)).isEqualTo("2031-09");
  }

  @Test
  void theWeekendInAWeekdayReportIsTheOnePast() {
    // 2031-05-05 is a Monday of ISO week 19; SUTime answers that week's weekend
    assertThat(
            PastBias.apply("2031-W19-WE", "the weekend", "2031-05-05", sentence("talks", "broke")))
        .isEqualTo("2031-W18-WE");
    assertThat(
            PastBias.apply(
                "2031-W19-WE", "the weekend", "2031-05-05", sentence("talks", "will", "resume")))
        .isEqualTo("2031-W19-WE");
  }

  @Test
  void aMonthWithoutAYearCanBeNextYearsWhenNear() {
    // "payable Jan. 2" written on 2 November: two months ahead, so next January
    assertThat(PastBias.monthOf(1, java.time.LocalDate.of(2031, 11, 2))).isEqualTo("2032-01");
    assertThat(PastBias.monthOf(3, java.time.LocalDate.of(2031, 11, 2))).isEqualTo("2031-03");
  }

  @Test
  void futureWordsInsideAQuotationDoNotMakeTheReportFuture() {
    // 2031-05-07 is a Wednesday: "“We will act,” he said on Sunday" is the Sunday just past
    List<Token> s = sentence("“", "We", "will", "act", "”", "he", "told", "them", "on", "Sunday");
    assertThat(PastBias.apply("2031-05-11", "on Sunday", "2031-05-07", s)).isEqualTo("2031-05-04");
  }
}
