package org.annals.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;
import org.annals.model.RemovedSpan;
import org.annals.model.Span;

/**
 * Collects replacements of ranges of a {@link CleanText} and applies them in one pass, keeping the
 * offset map to the raw text exact. Every cleaning step expresses its work as edits, so none of
 * them has to reason about offsets. Not thread-safe; one instance per document and step.
 */
public final class TextEdits {
  private record Edit(int start, int end, String replacement, String removedBy) {}

  private final CleanText input;
  private final List<Edit> edits = new ArrayList<>();
  private int folded;

  public TextEdits(CleanText input) {
    this.input = input;
  }

  /**
   * Replaces {@code [start, end)} with {@code replacement}; the new characters map to its raw span.
   */
  public TextEdits replace(int start, int end, String replacement) {
    edits.add(new Edit(start, end, replacement, null));
    return this;
  }

  /** Replaces a homoglyph; counted in {@link CleanText#foldedChars()}. */
  public TextEdits fold(int start, int end, String replacement) {
    folded++;
    return replace(start, end, replacement);
  }

  /** Deletes {@code [start, end)} and records it as removed by {@code rule}. */
  public TextEdits remove(int start, int end, String rule) {
    edits.add(new Edit(start, end, "", rule));
    return this;
  }

  /** Deletes {@code [start, end)} silently (invisible characters, redundant white space). */
  public TextEdits delete(int start, int end) {
    return replace(start, end, "");
  }

  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Applies the edits; overlapping edits are an error in the calling step. */
  public CleanText apply(String step) {
    if (edits.isEmpty()) {
      return input.after(step, input.text(), input.map(), List.of(), 0);
    }
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    String text = input.text();
    OffsetMap map = input.map();
    StringBuilder out = new StringBuilder(text.length());
    OffsetMap.Builder b = new OffsetMap.Builder(map.rawLength());
    List<RemovedSpan> removed = new ArrayList<>();
    int pos = 0;
    for (Edit e : edits) {
      if (e.start < pos || e.end > text.length()) {
        throw new IllegalStateException(
            step + ": edit [" + e.start + ", " + e.end + ") overlaps another or leaves the text");
      }
      out.append(text, pos, e.start);
      b.append(map, pos, e.start);
      if (!e.replacement.isEmpty()) {
        Span raw = map.toRaw(new Span(e.start, e.end));
        out.append(e.replacement);
        b.replace(raw.start(), raw.end(), e.replacement.length());
      }
      if (e.removedBy != null && e.end > e.start) {
        removed.add(
            new RemovedSpan(
                map.toRaw(new Span(e.start, e.end)), e.removedBy, text.substring(e.start, e.end)));
      }
      pos = e.end;
    }
    out.append(text, pos, text.length());
    b.append(map, pos, text.length());
    return input.after(step, out.toString(), b.build(), removed, folded);
  }
}
