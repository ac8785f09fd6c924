package org.annals.store.read;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import org.annals.framing.FramingTerms.Term;

/**
 * The records of the framing lens ({@code annals framing}, {@code /api/framing/…}): how each outlet
 * names one actor, and how each report words one event.
 */
public final class Framings {
  private Framings() {}

  /**
   * One actor as the outlets name it, outlets with most mentions first.
   *
   * @param actor the actor's id
   * @param name its shown name
   * @param outlets each outlet's names and labels for it
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ActorFraming(String actor, String name, List<OutletFraming> outlets) {}

  /**
   * One outlet's words for an actor.
   *
   * @param outlet the outlet's name; for an article that names none, "no outlet given" and its
   *     source
   * @param outletFrom what gave the outlet: "agency", "site", "url", or "none"
   * @param articles articles of the outlet that mention the actor
   * @param mentions mentions of the actor in them
   * @param classes how many of the outlet's labels and names in its own words (not inside a quote)
   *     carry each lexicon class
   * @param names the names it uses, most used first
   * @param labels the labels it attaches, most used first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record OutletFraming(
      String outlet,
      String outletFrom,
      int articles,
      int mentions,
      Map<String, Integer> classes,
      List<Use> names,
      List<Use> labels) {}

  /**
   * A name or label and how often the outlet uses it.
   *
   * @param text the words (as first written; counted case-insensitively)
   * @param count how many times
   * @param quoted how many of those are inside quoted words (a speaker's, not the outlet's)
   * @param terms the lexicon terms it uses, each with its classes and lexicon line
   * @param rule for a label, the shape that found it ("np", "apposition", …); for a name, the rule
   *     that linked the mention
   * @param example where it is first used in the outlet's own words (else in a quote)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Use(
      String text, int count, int quoted, List<Term> terms, String rule, Example example) {}

  /**
   * A sentence that uses a name, label or event word.
   *
   * @param article the article's id
   * @param sentence the sentence's index
   * @param text the sentence (clean text), or null when the article's text is not stored
   * @param start where the phrase starts in {@code text} (or -1)
   * @param end where it ends in {@code text} (or -1)
   * @param startRaw the phrase's offset in the raw input
   * @param endRaw its end in the raw input
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Example(
      String article, int sentence, String text, int start, int end, int startRaw, int endRaw) {}

  /**
   * One event as each report words it, reports in date and article order.
   *
   * @param cluster the cluster's id
   * @param reports each report
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record EventFraming(String cluster, List<ReportWording> reports) {}

  /**
   * One report of an event and its words.
   *
   * @param event the event's id
   * @param article the article's id
   * @param outlet the outlet (as in {@link OutletFraming#outlet})
   * @param outletFrom what gave the outlet
   * @param published the article's date, or null
   * @param cameo the event's CAMEO code
   * @param trigger the verb or noun the report chose ("martyred", "killed")
   * @param triggerTerms the lexicon terms of that word
   * @param source the words that name the source actor, or null
   * @param target the words that name the target actor, or null
   * @param sentence the sentence, with the trigger's offsets in it
   * @param labels the labels the sentence puts on its actors
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ReportWording(
      String event,
      String article,
      String outlet,
      String outletFrom,
      String published,
      String cameo,
      String trigger,
      List<Term> triggerTerms,
      String source,
      String target,
      Example sentence,
      List<SentenceLabel> labels) {}

  /**
   * A label in a report's sentence.
   *
   * @param actor the labelled actor's id
   * @param label the label's words
   * @param phrase the whole phrase, name included
   * @param terms its lexicon terms
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SentenceLabel(String actor, String label, String phrase, List<Term> terms) {}
}
