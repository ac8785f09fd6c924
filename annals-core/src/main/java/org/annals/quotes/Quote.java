package org.annals.quotes;

import org.annals.model.Span;

/**
 * Words attributed to someone: quoted (direct) or reported ("X said that …"). Spans are in the
 * clean text; map them through the article's offset map for the raw input.
 *
 * @param content the attributed words (for a direct quote, with its quote marks)
 * @param cue the reporting words ("said", "according to")
 * @param speaker the source as written, or null when the text gives none
 * @param speakerActor the speaker's actor id when resolved, else null
 * @param addressee whom the words were addressed to ("told Haniyeh"), or null
 * @param rule the pattern that found it (provenance)
 * @param reporter the outlet that reported the words ("…, IRNA reported"), or null
 */
public record Quote(
    int sentence,
    Span content,
    Span cue,
    String cueLemma,
    Span speaker,
    String speakerActor,
    Span addressee,
    String addresseeActor,
    boolean direct,
    String rule,
    Span reporter) {
  /** Without a reporting outlet. */
  public Quote(
      int sentence,
      Span content,
      Span cue,
      String cueLemma,
      Span speaker,
      String speakerActor,
      Span addressee,
      String addresseeActor,
      boolean direct,
      String rule) {
    this(
        sentence,
        content,
        cue,
        cueLemma,
        speaker,
        speakerActor,
        addressee,
        addresseeActor,
        direct,
        rule,
        null);
  }

  /** The same attribution, reported by {@code outlet} (or by no outlet when null). */
  Quote withReporter(Span outlet) {
    return new Quote(
        sentence,
        content,
        cue,
        cueLemma,
        speaker,
        speakerActor,
        addressee,
        addresseeActor,
        direct,
        rule,
        outlet);
  }

  /** The same attribution with other bounds for its words. */
  Quote withContent(Span words) {
    return new Quote(
        sentence,
        words,
        cue,
        cueLemma,
        speaker,
        speakerActor,
        addressee,
        addresseeActor,
        direct,
        rule,
        reporter);
  }

  /** Whether two attributions of one sentence share words. */
  boolean overlaps(Quote o) {
    return sentence == o.sentence
        && content.start() < o.content.end()
        && o.content.start() < content.end();
  }

  /**
   * The same attribution running on to {@code end}: words interrupted by their reporting clause
   * ("“A,” he said. “B.”") are one attribution, whose content spans both parts and the clause.
   */
  Quote resumedTo(int end) {
    return new Quote(
        sentence,
        new Span(content.start(), end),
        cue,
        cueLemma,
        speaker,
        speakerActor,
        addressee,
        addresseeActor,
        direct,
        rule.endsWith("+resumed") ? rule : rule + "+resumed",
        reporter);
  }

  /** The same words given to another speaker, the former one kept as the reporting outlet. */
  Quote handedTo(Span newSpeaker, String actor, Span newCue, String lemma, String why) {
    return new Quote(
        sentence,
        content,
        newCue,
        lemma,
        newSpeaker,
        actor,
        addressee,
        addresseeActor,
        direct,
        rule + "+" + why,
        reporter != null ? reporter : speaker);
  }
}
