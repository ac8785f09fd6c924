package org.annals.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.lexicon.LexiconLine;

/**
 * Whether a sentence may hold a time expression: one of its tokens holds a digit, is tagged CD, or
 * is a word of {@code temporal-cues.tsv} ({@link #any}); or, numbers aside, a year, a numeral with
 * letters or separators, a year spelled out or a listed word ({@link #anyTime}). SUTime runs only
 * on such sentences (it costs more than half of the NER's time and finds nothing elsewhere).
 * Immutable and thread-safe.
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

  /** Words that only count: a sentence whose cues are all of these holds a number, not a time. */
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion",
          "dozen",
          "half");

  /**
   * Whether a sentence may hold a time expression, numbers aside: some cue other than a plain
   * number (a numeral such as "10", "3,000" or "1.5", or a number word) — a year ("2004"), a
   * numeral with letters or separators ("5th", "1990s", "10:30", "12/05"), or a listed word.
   */
  static boolean anyTime(List<String> words, List<String> tags) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i + 1 < words.size() && spelledYear(w, words.get(i + 1))) {
        return true;
      }
      if (isPlainNumber(w) || NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if ("CD".equals(tags.get(i)) || isCue(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CENTURIES =
      Set.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");
  private static final Set<String> DECADES =
      Set.of(
          "hundred", "oh", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
          "ninety");

  /** The start of a year spelled out: "nineteen ninety(-six)", "nineteen hundred", "twenty oh". */
  private static boolean spelledYear(String first, String second) {
    return CENTURIES.contains(first.toLowerCase(Locale.ROOT))
        && DECADES.contains(second.toLowerCase(Locale.ROOT));
  }

  /** "10", "3,000", "1.5", "40" — not "2004" (a year may be one), "5th" or "10:30". */
  private static boolean isPlainNumber(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    if (w.length() == 4 && (w.charAt(0) == '1' || w.charAt(0) == '2')) {
      return false; // a year
    }
    return Character.isDigit(w.charAt(0));
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
