package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.DatePrecision;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.junit.jupiter.api.Test;

class ReferencePeriodTest {
  /** One-sentence article; {@code tagged} pairs each tagged phrase with SUTime's value. */
  static List<TimeExpression> run(String article, String anchor, String... tagged) {
    List<TimeExpression> times = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tagged.length; i += 2) {
      int at = article.indexOf(tagged[i], from);
      from = at + tagged[i].length();
      times.add(
          new TimeExpression(
              0,
              new Span(at, from),
              tagged[i],
              tagged[i + 1].startsWith("P") ? "DURATION" : "DATE",
              tagged[i + 1],
              null,
              DatePrecision.UNKNOWN));
    }
    List<Sentence> one = List.of(new Sentence(0, 0, 1, new Span(0, article.length())));
    times = TimexConventions.apply(times, article, one, anchor);
    return ReferencePeriod.apply(times, article, one, anchor);
  }

  static String valueOf(List<TimeExpression> times, String text) {
    return times.stream()
        .filter(t -> t.text().equals(text))
        .map(TimeExpression::value)
        .findFirst()
        .orElse(null);
  }

  @Test
  void comparisonsReferToTheReportedQuarter() {
    String a =
        "Acme's third-quarter profit fell 5% from a year earlier. Sales in the quarter rose,"
            + " while the year-ago quarter had a charge.";
    List<TimeExpression> t =
        run(
            a,
            "2031-10-26",
            "third-quarter",
            "2031-Q3",
            "a year earlier",
            "2030",
            "the quarter",
            "2031-Q4");
    assertThat(valueOf(t, "a year earlier")).isEqualTo("2030-Q3");
    assertThat(valueOf(t, "the quarter")).isEqualTo("2031-Q3");
    assertThat(valueOf(t, "the year-ago quarter")).as("untagged by SUTime").isEqualTo("2030-Q3");
  }

  @Test
  void aForecastQuarterIsNotTheReportedOne() {
    String a =
        "Third-quarter net fell. Analysts see losses through the third quarter of 2032."
            + " In the year-earlier period, Acme earned more.";
    List<TimeExpression> t =
        run(a, "2031-10-26", "Third-quarter", "2031-Q3", "the third quarter of 2032", "2032-Q3");
    assertThat(valueOf(t, "the year-earlier period")).isEqualTo("2030-Q3");
  }

  @Test
  void withoutAReportedQuarterNothingIsInvented() {
    String a = "Prices rose a year earlier, and the year-ago figures were revised.";
    List<TimeExpression> t = run(a, "2031-10-26", "a year earlier", "2030");
    assertThat(valueOf(t, "a year earlier")).isEqualTo("2030");
    assertThat(t).hasSize(1);
    // "the latest quarter" alone is the last quarter ended before the article
    assertThat(
            valueOf(
                run(
                    "Output grew in the latest quarter.",
                    "2031-10-26",
                    "the latest quarter",
                    "PXM"),
                "the latest quarter"))
        .isEqualTo("2031-Q3");
  }

  @Test
  void aBareQuarterNotYetBegunIsLastYears() {
    // SUTime reads "fourth-quarter" forward from a January article
    List<TimeExpression> t =
        run("Fourth-quarter sales fell.", "2032-01-20", "Fourth-quarter", "2032-Q4");
    assertThat(valueOf(t, "Fourth-quarter")).isEqualTo("2031-Q4");
    List<TimeExpression> n =
        run(
            "Next year's first quarter will be weak.",
            "2031-10-20",
            "Next year's first quarter",
            "2032-Q1");
    assertThat(valueOf(n, "Next year's first quarter")).isEqualTo("2032-Q1");
  }

  @Test
  void timemlValuesForDecadesCenturiesAndVagueReferences() {
    String a =
        "In the early 1980s and through the 20th century, in recent years and recent weeks,"
            + " prices will soon fall in the coming months; as soon as they do, mid-2029 looks like"
            + " mid-November.";
    List<TimeExpression> t =
        run(
            a,
            "2031-10-26",
            "the early 1980s",
            "198X",
            "the 20th century",
            "19XX",
            "recent years",
            "PXY",
            "the coming months",
            "PXM");
    assertThat(valueOf(t, "the early 1980s")).isEqualTo("198");
    assertThat(valueOf(t, "the 20th century")).isEqualTo("19");
    assertThat(valueOf(t, "recent years")).isEqualTo("PAST_REF");
    assertThat(valueOf(t, "recent")).as("\"recent weeks\" untagged").isEqualTo("PAST_REF");
    assertThat(valueOf(t, "the coming months")).isEqualTo("FUTURE_REF");
    assertThat(t.stream().filter(x -> x.text().equals("soon")).map(TimeExpression::value))
        .as("\"as soon as\" is a conjunction")
        .containsExactly("FUTURE_REF");
    assertThat(valueOf(t, "mid-2029")).isEqualTo("2029");
    assertThat(valueOf(t, "mid-November")).isEqualTo("2031-11");
    assertThat(t).allMatch(x -> x.value() != null);
  }
}
