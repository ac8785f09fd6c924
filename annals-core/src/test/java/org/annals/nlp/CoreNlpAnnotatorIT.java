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
}
