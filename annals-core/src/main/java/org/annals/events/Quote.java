package org.annals.events;

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
    String rule) {}
