package org.annals.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * A Phoenix discard phrase: a sentence holding it is not coded, nor the whole story when {@code
 * story} (a {@code +} line of {@code Phoenix.discards.txt}: sports, entertainment…).
 *
 * @param words the phrase's words, upper case, single-spaced; each matches a whole word
 * @param where file and line, for provenance
 */
public record Discard(String words, boolean story, String where) {
  /**
   * Reads a discard list: one phrase a line, {@code #} comments, a leading {@code +} for the whole
   * story; a line of no words or with brackets is left out with a warning naming file and line.
   */
  public static List<Discard> read(String where, List<String> lines, List<String> warnings) {
    List<Discard> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int hash = lines.get(i).indexOf('#');
      String line = (hash < 0 ? lines.get(i) : lines.get(i).substring(0, hash)).strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean story = line.startsWith("+");
      String words =
          (story ? line.substring(1) : line).replace('_', ' ').strip().replaceAll("\\s+", " ");
      if (words.isEmpty() || words.matches(".*[\\[\\]{}<>].*")) {
        warnings.add(where + ":" + (i + 1) + ": not a discard phrase: '" + line + "' (left out)");
        continue;
      }
      out.add(new Discard(words.toUpperCase(java.util.Locale.ROOT), story, where + ":" + (i + 1)));
    }
    return out;
  }

  /** What a list holds, in a line: "512 discard phrases (64 for whole stories)…". */
  public static String summary(List<Discard> list) {
    long story = list.stream().filter(Discard::story).count();
    return list.size()
        + " discard phrases ("
        + story
        + " for whole stories): no event is coded where they stand";
  }
}
