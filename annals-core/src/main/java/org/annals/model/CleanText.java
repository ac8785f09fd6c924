package org.annals.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An article's text after cleaning, with the way back to the raw text. Immutable: cleaning steps
 * return a new instance.
 *
 * @param text the clean text
 * @param map maps each clean character to the raw text
 * @param metadata what cleaning found out about the article
 * @param removed spans of raw text that cleaning removed, with the rule that removed them
 * @param foldedChars how many homoglyphs were folded to Latin letters
 * @param steps the cleaning steps applied, in order, with their versions
 */
public record CleanText(
    String text,
    OffsetMap map,
    ArticleMetadata metadata,
    List<RemovedSpan> removed,
    int foldedChars,
    List<String> steps) {

  public CleanText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    if (map.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + map.length() + " chars but text has " + text.length());
    }
    metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    removed = List.copyOf(removed);
    steps = List.copyOf(steps);
  }

  /** The raw text itself, before any cleaning. */
  public static CleanText of(String raw) {
    return new CleanText(raw, OffsetMap.identity(raw.length()), null, List.of(), 0, List.of());
  }

  /** Raw span of a clean span. */
  public Span toRaw(Span clean) {
    return map.toRaw(clean);
  }

  public CleanText withMetadata(ArticleMetadata m) {
    return new CleanText(text, map, m, removed, foldedChars, steps);
  }

  /** A copy recording that {@code step} ran and, when it changed the text, the new text. */
  public CleanText after(
      String step,
      String newText,
      OffsetMap newMap,
      List<RemovedSpan> newlyRemoved,
      int newlyFolded) {
    List<RemovedSpan> allRemoved = removed;
    if (!newlyRemoved.isEmpty()) {
      allRemoved = new ArrayList<>(removed);
      allRemoved.addAll(newlyRemoved);
      allRemoved.sort((a, b) -> Integer.compare(a.raw().start(), b.raw().start()));
    }
    List<String> allSteps = new ArrayList<>(steps);
    allSteps.add(step);
    return new CleanText(
        newText,
        newMap,
        metadata,
        Collections.unmodifiableList(allRemoved),
        foldedChars + newlyFolded,
        allSteps);
  }
}
