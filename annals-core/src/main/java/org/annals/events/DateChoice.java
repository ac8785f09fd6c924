package org.annals.events;

import java.util.Locale;
import org.annals.model.DatePrecision;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * An event's date and where it came from: a time expression near the trigger ("text"), the
 * article's date ("article"), none for an event told as background ("background"), or none known
 * ("none").
 *
 * @param text the words the date came from, or null
 * @param basis "text", "article", "background" or "none"
 */
record DateChoice(String date, String text, DatePrecision precision, String basis) {

  /**
   * The time expression nearest the trigger in the parse; else, for a past-perfect or otherwise
   * backgrounded clause, no date; else the article's own date.
   */
  static DateChoice of(ParsedArticle d, Sentence s, int head, int eventVerb) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : d.annotations().times()) {
      if (t.sentence() != s.index() || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
        continue;
      }
      int dist = Integer.MAX_VALUE;
      for (Token tok : d.tokens(s)) {
        if (t.span().contains(tok.span())) {
          int candidate =
              d.graph()
                          .distance(
                              head,
                              tok.index(),
                              8,
                              v -> v != head && v != eventVerb && isOtherVerb(d, v, eventVerb))
                      * 100
                  + Math.abs(tok.index() - head);
          dist = Math.min(dist, candidate);
        }
      }
      if (dist < bestDistance) {
        bestDistance = dist;
        best = t;
      }
    }
    if (best != null && bestDistance < 900) {
      return new DateChoice(best.date(), best.text(), best.precision(), "text");
    }
    if (eventVerb < 0 || background(d, eventVerb)) {
      // "in response to Haniyeh's congratulations": an event named in passing is not dated by
      // the article any more than a past-perfect one
      return new DateChoice(null, null, DatePrecision.UNKNOWN, "background");
    }
    String published = d.meta() == null ? null : d.meta().reportDate();
    if (published != null) {
      return new DateChoice(published, null, DatePrecision.DAY, "article");
    }
    return new DateChoice(null, null, DatePrecision.UNKNOWN, "none");
  }

  /**
   * A verb a date must not be reached through: "his trip after the group carried out an operation
   * on October 7" dates the operation, not the trip. A verb conjoined with the event's ("arrived on
   * Tuesday and was welcomed") shares its time.
   */
  private static boolean isOtherVerb(ParsedArticle d, int token, int eventVerb) {
    if (!d.tokens().get(token).pos().startsWith("VB")) {
      return false;
    }
    for (Dependency p : d.graph().parents(eventVerb < 0 ? -2 : eventVerb)) {
      if (p.governor() == token && p.relation().startsWith("conj")) {
        return false;
      }
    }
    return true;
  }

  /** "had sent", "had met": past perfect tells what happened before the news. */
  private static boolean background(ParsedArticle d, int v) {
    if (!d.tokens().get(v).pos().equals("VBN")) {
      return false;
    }
    for (int aux : d.graph().children(v, "aux")) {
      String w = d.tokens().get(aux).text().toLowerCase(Locale.ROOT);
      if (w.equals("had") || w.equals("'d")) {
        return true;
      }
    }
    return false;
  }
}
