package org.annals.clean;

import org.annals.model.CleanText;

/**
 * Collapses runs of spaces, trims every line, keeps at most one blank line between paragraphs and
 * trims the text. Runs last, after the steps that delete text and leave gaps.
 */
public final class WhitespaceNormalizer implements CleaningStep {
  @Override
  public String name() {
    return "whitespace/1";
  }

  @Override
  public CleanText apply(CleanText in) {
    String t = in.text();
    TextEdits edits = new TextEdits(in);
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c != ' ' && c != '\n') {
        i++;
        continue;
      }
      int j = i;
      int newlines = 0;
      while (j < n && (t.charAt(j) == ' ' || t.charAt(j) == '\n')) {
        if (t.charAt(j) == '\n') {
          newlines++;
        }
        j++;
      }
      String want;
      if (i == 0 || j == n) {
        want = "";
      } else if (newlines == 0) {
        want = " ";
      } else {
        want = newlines == 1 ? "\n" : "\n\n";
      }
      if (!t.substring(i, j).equals(want)) {
        keepPart(t, edits, i, j, want);
      }
      i = j;
    }
    return edits.apply(name());
  }

  /**
   * Replaces the white-space run by {@code want}, reusing a matching character to keep offsets
   * exact.
   */
  private static void keepPart(String t, TextEdits edits, int from, int to, String want) {
    if (want.isEmpty()) {
      edits.delete(from, to);
      return;
    }
    int at = t.indexOf(want, from);
    if (at >= 0 && at + want.length() <= to) {
      edits.delete(from, at);
      edits.delete(at + want.length(), to);
    } else {
      edits.replace(from, to, want);
    }
  }
}
