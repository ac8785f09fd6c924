package org.annals.clean;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as spans, for line-based cleaning rules. */
record Lines(String text, List<Line> all) {

  /** One line: {@code [start, end)} without its line break. */
  record Line(int start, int end, String text) {
    String trimmed() {
      return text.strip();
    }

    boolean blank() {
      return text.isBlank();
    }

    /** Start of the line's first non-space character. */
    int contentStart() {
      int i = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return start + i;
    }

    int words() {
      String s = trimmed();
      return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
  }

  static Lines of(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new Line(start, i, text.substring(start, i)));
        start = i + 1;
      }
    }
    return new Lines(text, lines);
  }

  /** Index of the next non-blank line at or after {@code from}, or -1. */
  int nextNonBlank(int from) {
    for (int i = from; i < all.size(); i++) {
      if (!all.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }
}
