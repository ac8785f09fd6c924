package org.annals.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.lexicon.LexiconLine;

/**
 * Whether a sentence may hold a time expression: one of its tokens holds a digit, is tagged CD, or
 * is a word of {@code temporal-cues.tsv}. SUTime runs only on such sentences (it costs about a
 * third of the NER's time and finds nothing elsewhere). Immutable and thread-safe.
 */
final class TemporalCues {
  private static final Set<String> LISTED =
      LexiconLine.load(TemporalCues.class, "temporal-cues.tsv", TemporalCues::parse);
  private static final Set<String> WORDS =
      Set.copyOf(LISTED.stream().filter(w -> !w.startsWith("*")).toList());
  private static final List<String> ENDINGS =
      LISTED.stream().filter(w -> w.startsWith("*")).map(w -> w.substring(1)).toList();

  private TemporalCues() {}

  private static Set<String> parse(List<LexiconLine> lines, String name) {
    Set<String> out = new HashSet<>();
    for (LexiconLine l : lines) {
      String w = l.fields()[0];
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.isBlank() || w.equals("*")) {
        throw l.error("a cue is one word in lower case, got '" + w + "'");
      }
      out.add(w);
    }
    return Set.copyOf(out);
  }

  /** Whether a sentence with these words and POS tags (same length) may hold a time expression. */
  static boolean any(List<String> words, List<String> tags) {
    for (int i = 0; i < words.size(); i++) {
      if ("CD".equals(tags.get(i)) || isCue(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one token is a cue: a digit, "May" as written, or a listed word or part of one. */
  static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    if (word.equals("May") || word.equals("MAY")) {
      return true; // the month; lower-case "may" is the verb
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (listed(w)) {
      return true;
    }
    if (w.indexOf('-') >= 0 || w.indexOf('/') >= 0) {
      for (String part : w.split("[-/]")) {
        if (listed(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean listed(String w) {
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1); // "Jan.", "Tues."
    }
    if (WORDS.contains(w)) {
      return true;
    }
    for (String end : ENDINGS) {
      if (w.endsWith(end) || w.endsWith(end + "s")) {
        return true;
      }
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ies") && WORDS.contains(w.substring(0, w.length() - 3) + "y")) {
      return true;
    }
    return w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1)) || WORDS.contains(w);
  }
}
