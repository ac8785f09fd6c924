package org.annals.clean;

import org.annals.model.CleanText;

/**
 * Makes white space and invisible characters plain: every kind of space becomes a space, line and
 * paragraph separators and CR/CRLF become LF, zero-width and other format characters (soft hyphen,
 * ZWSP, BOM, bidi marks) and stray control characters are removed. Quote marks are kept.
 */
public final class UnicodeHygiene implements CleaningStep {
  @Override
  public String name() {
    return "unicode-hygiene/1";
  }

  @Override
  public CleanText apply(CleanText in) {
    String t = in.text();
    TextEdits edits = new TextEdits(in);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\n') {
        continue;
      }
      if (c == '\r') {
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          edits.delete(i, i + 1);
        } else {
          edits.replace(i, i + 1, "\n");
        }
      } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        edits.replace(i, i + 1, "\n");
      } else if (c == '\t' || c == '\u000B' || c == '\u000C') {
        edits.replace(i, i + 1, " ");
      } else {
        int type = Character.getType(c);
        if (type == Character.SPACE_SEPARATOR) {
          edits.replace(i, i + 1, " ");
        } else if (type == Character.FORMAT || type == Character.CONTROL) {
          edits.delete(i, i + 1);
        }
      }
    }
    return edits.apply(name());
  }
}
