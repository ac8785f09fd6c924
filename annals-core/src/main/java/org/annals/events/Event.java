package org.annals.events;

import java.util.List;
import org.annals.model.DatePrecision;
import org.annals.model.Span;

/**
 * One coded event as one article reports it: who did what (CAMEO) to whom, when, where, and who
 * said so. Spans are in the clean text; map them through the article's offset map for the raw
 * input.
 *
 * @param trigger the words that signal it ("spoke … by phone", "welcomed")
 * @param evidence the sentence it was read from
 * @param cameo the CAMEO code
 * @param rule the lexicon entry that coded it ("triggers.tsv:57"): provenance
 * @param date ISO date (or null): of the attached time expression, else the article's date
 * @param dateText the words the date came from, or null when it is the article's date
 * @param dateBasis "text" (a time expression), "article" (the publication date), "background" (told
 *     as history, no date given) or "none"
 * @param reportedBy outlets in the reporting chain, nearest first
 * @param modality "asserted", or why it is not reported as having happened: "negated", "future",
 *     "intended", "possible", "conditional"
 * @param plover the PLOVER type (and "/mode") the coding entry gives where the codebook departs
 *     from the crosswalk of the CAMEO code, else null: see {@link CameoCodes#of(Event)}
 */
public record Event(
    int sentence,
    Span trigger,
    Span evidence,
    String cameo,
    String rule,
    Participant source,
    Participant target,
    String date,
    String dateText,
    DatePrecision precision,
    String dateBasis,
    Place location,
    List<String> reportedBy,
    String modality,
    String plover) {
  public Event {
    reportedBy = List.copyOf(reportedBy);
  }

  public boolean negated() {
    return modality.equals("negated");
  }

  /** Whether the text reports it as having happened. */
  public boolean asserted() {
    return modality.equals("asserted");
  }

  /**
   * A source or target.
   *
   * @param actor actor id, or null when the words name no actor
   * @param name the actor's canonical name (or the words)
   * @param span the words in the clean text
   * @param text the words as written
   * @param country ISO 3166 alpha-3 or null
   * @param sector CAMEO/Phoenix agent code or null
   */
  public record Participant(
      String actor, String name, Span span, String text, String country, String sector) {}

  /**
   * Where it happened.
   *
   * @param span the words in the clean text, or null when it came from the dateline
   * @param from "text" or "dateline"
   */
  public record Place(String name, String country, Span span, String from) {}
}
