package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Annotations;
import org.annals.model.DatePrecision;
import org.annals.model.EntityMention;
import org.annals.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** The language layer on a short text of our own (models load once per test JVM). */
class CoreNlpAnnotatorIT {
  private final CoreNlpAnnotator nlp = new CoreNlpAnnotator();
  private static final String TEXT =
      "Chad and Niger sign border deal\n\nChad's Foreign Minister Adoum Saleh met President Halima Issoufou"
          + " in Niamey on Monday. He said the talks went well.";

  @Test
  void resolvesMondayAgainstPublicationDate() {
    Annotations a = nlp.annotate(TEXT, "2031-05-07", "published");
    TimeExpression monday =
        a.times().stream().filter(t -> t.text().contains("Monday")).findFirst().orElseThrow();
    assertThat(monday.date()).isEqualTo("2031-05-05");
    assertThat(monday.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void leavesMondayUnresolvedWithoutAnAnchor() {
    Annotations a = nlp.annotate(TEXT, null, null);
    TimeExpression monday =
        a.times().stream().filter(t -> t.text().contains("Monday")).findFirst().orElseThrow();
    assertThat(monday.date()).isNull();
    assertThat(monday.precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(monday.text()).isEqualTo("Monday");
  }

  @Test
  void findsNamesButNotPronounsAndKeepsTheTitleLineApart() {
    Annotations a = nlp.annotate(TEXT, null, null);
    assertThat(a.mentions())
        .extracting(EntityMention::text)
        .contains("Adoum Saleh", "Halima Issoufou", "Niamey")
        .doesNotContain("He");
    assertThat(a.sentences().get(0).span().of(TEXT)).isEqualTo("Chad and Niger sign border deal");
    for (EntityMention m : a.mentions()) {
      assertThat(m.span().of(TEXT)).isEqualTo(m.text());
    }
  }

  @Test
  void givesTheClosingMarkOfALongQuotationBackToItsSentence() {
    // CoreNLP's splitter counts marks per sentence, and hands this closing one to the next
    String text =
        "\"Nothing is settled,\" said Ana Ruiz. \"We will talk again. We will talk in May.\""
            + " Tomas Lind said the talks failed.";
    Annotations a = nlp.annotate(text, null, null);
    assertThat(a.sentences())
        .extracting(s -> s.span().of(text))
        .containsExactly(
            "\"Nothing is settled,\" said Ana Ruiz.",
            "\"We will talk again.",
            "We will talk in May.\"",
            "Tomas Lind said the talks failed.");
    for (var s : a.sentences()) {
      var toks = a.tokens(s);
      assertThat(toks.get(0).span().start()).isEqualTo(s.span().start());
      assertThat(toks.get(toks.size() - 1).span().end()).isEqualTo(s.span().end());
      assertThat(toks).allMatch(t -> t.sentence() == s.index());
    }
    assertThat(a.mentions()).extracting(EntityMention::text).contains("Ana Ruiz", "Tomas Lind");
    for (EntityMention m : a.mentions()) {
      assertThat(m.span().of(text)).isEqualTo(m.text());
    }
    // parses index the repaired sentences: "Lind" is the subject of the last "said"
    Annotations parsed = new CoreNlpAnnotator(t -> true).annotate(text, null, null);
    var last = parsed.tokens(parsed.sentences().get(3));
    int said = last.get(2).index();
    assertThat(last.get(2).text()).isEqualTo("said");
    assertThat(parsed.children(said))
        .anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == last.get(1).index());
  }
}
