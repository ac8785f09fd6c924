package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Span;

/**
 * Quoted passages of a text (“…”, "…", ''…''), found by their marks in the clean text, and how a
 * content span meets them: inside one, widened to one, ending right before a reporting clause.
 */
final class QuotedPassages {
  /** Quoted passages of four words or more: “…” and "…", possibly across sentences. */
  static List<Span> of(String text) {
    return of(text, 4);
  }

  /** Quoted passages of at least {@code minWords} words. */
  static List<Span> of(String text, int minWords) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    String close = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean pair = text.startsWith("''", i) || text.startsWith("``", i);
      if (open < 0 && (c == '“' || c == '"' && !afterWord || pair && !afterWord)) {
        // “…”, "…", and the typewriter pairs ''…'' and ``…'' of wire and newspaper copy
        open = i;
        close = c == '“' ? "”" : c == '"' ? "\"" : "''";
        i += pair ? 1 : 0;
      } else if (open >= 0 && (text.startsWith(close, i) || close.equals("\"") && c == '”')) {
        // (a straight quotation closed by a curly mark: "…,” he continued)
        int end = i + close.length();
        Span s = new Span(open, end);
        if (s.of(text).split("(?U)\\s+").length >= minWords) {
          out.add(s);
        }
        open = -1;
        i = end - 1;
      } else if (open >= 0 && c == '\n' && !close.equals("”")) {
        open = -1; // an unbalanced straight quote does not run past its paragraph
      }
    }
    return out;
  }

  /**
   * The quoted passage that ends right before {@code pos} (only punctuation and space between) and
   * hands over to what follows: “…,” / “…?” / “…” — he said. A quotation closed by a full stop ends
   * its sentence; the next sentence's speaker did not say it.
   */
  static Span quoteEndingAt(List<Span> quoted, String text, int pos) {
    return quoteEndingAt(quoted, text, pos, false);
  }

  /** As above; {@code closedToo} takes a quotation closed by a full stop as well. */
  static Span quoteEndingAt(List<Span> quoted, String text, int pos, boolean closedToo) {
    for (Span q : quoted) {
      if (q.end() > pos) {
        continue;
      }
      String between = text.substring(q.end(), pos);
      if (!between.matches("[ \u00A0,;:—–-]*")) {
        continue;
      }
      String inside = q.of(text).replaceAll("(?U)[”\"'`\\s]+$", "");
      boolean closed = inside.endsWith(".") && !between.contains(",");
      if (!closed || closedToo) {
        return q;
      }
    }
    return null;
  }

  /** Whether {@code s} lies strictly inside one of {@code spans}, touching neither mark. */
  static boolean insideAny(List<Span> spans, Span s) {
    for (Span q : spans) {
      if (q.start() < s.start() && s.end() < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** A content span inside a quoted passage becomes the whole passage, marks included. */
  static Span widenToQuotedPassage(Span content, List<Span> quoted) {
    for (Span q : quoted) {
      boolean overlap = q.start() < content.end() && content.start() < q.end();
      if (overlap && q.length() >= content.length() / 2) {
        return new Span(Math.min(q.start(), content.start()), Math.max(q.end(), content.end()));
      }
    }
    return content;
  }

  /**
   * Words end before a comma, semicolon, colon or dash left over where their clause was cut ("said
   * the bill would protect growers, and reminded …"); a closing quotation mark stays.
   */
  static Span withoutTrailingMarks(String text, Span words) {
    int end = words.end();
    while (end > words.start() + 1 && ",;:—–- ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == words.end() ? words : new Span(words.start(), end);
  }

  /** Whether {@code speaker} opens {@code words}: nothing but marks and spaces before it. */
  static boolean opens(String text, Span words, Span speaker) {
    return speaker != null
        && speaker.start() >= words.start()
        && text.substring(words.start(), speaker.start())
            .codePoints()
            .noneMatch(Character::isLetter);
  }
}
