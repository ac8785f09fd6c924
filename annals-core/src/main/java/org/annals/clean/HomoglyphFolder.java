package org.annals.clean;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.model.CleanText;

/**
 * Folds letters of other scripts that look like Latin letters (Cyrillic "е" U+0435, Greek "ο") to
 * the Latin letter, inside words that are Latin by their other letters: "Thе" becomes "The".
 *
 * <p>Detection uses the Unicode confusables skeleton of ICU's {@link SpoofChecker}; the skeleton is
 * never written out (it turns "m" into "rn" and "I" into "l"). Instead the skeleton of a foreign
 * letter is looked up among the skeletons of the 52 ASCII letters, choosing the letter of the same
 * case. A word is folded when it has at least one Latin letter and fewer letters of another script
 * that are <em>not</em> confusable than Latin ones; a word made only of confusable letters is
 * folded when the words next to it on its line are Latin. Genuine Cyrillic or Greek words stay as
 * they are. Thread-safe.
 */
public final class HomoglyphFolder implements CleaningStep {
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final Map<String, char[]> LATIN_BY_SKELETON = latinBySkeleton();
  private static final char NONE = 0;
  private final Map<Integer, Character> cache = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "homoglyph-fold/1";
  }

  private static Map<String, char[]> latinBySkeleton() {
    Map<String, char[]> m = new HashMap<>();
    for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray()) {
      m.merge(
          skeleton(new String(new char[] {c})), new char[] {c}, (a, b) -> new char[] {a[0], b[0]});
    }
    return m;
  }

  @SuppressWarnings("deprecation") // the one-argument form is the same ANY_CASE skeleton
  private static String skeleton(String s) {
    return SPOOF.getSkeleton(SpoofChecker.ANY_CASE, s);
  }

  /** The Latin letter a non-Latin code point is confusable with, or 0. */
  char latinFor(int cp) {
    return cache.computeIfAbsent(cp, HomoglyphFolder::lookup);
  }

  private static char lookup(int cp) {
    int script = UScript.getScript(cp);
    if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) {
      return NONE;
    }
    char[] candidates = LATIN_BY_SKELETON.get(skeleton(new String(Character.toChars(cp))));
    if (candidates == null) {
      return NONE;
    }
    boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
    for (char c : candidates) {
      if (Character.isUpperCase(c) == upper) {
        return c;
      }
    }
    return candidates[0];
  }

  private record Word(int start, int end, int latin, int foldable, int foreign) {
    boolean latinLike() {
      return latin > 0 && foreign < latin;
    }

    boolean allFoldable() {
      return latin == 0 && foreign == 0 && foldable > 0;
    }
  }

  @Override
  public CleanText apply(CleanText in) {
    String t = in.text();
    List<Word> words = words(t);
    TextEdits edits = new TextEdits(in);
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      boolean fold =
          word.foldable > 0
              && (word.latinLike() || word.allFoldable() && latinNeighbours(t, words, w));
      if (fold) {
        for (int i = word.start; i < word.end; ) {
          int cp = t.codePointAt(i);
          int n = Character.charCount(cp);
          char latin = latinFor(cp);
          if (latin != NONE) {
            edits.fold(i, i + n, String.valueOf(latin));
          }
          i += n;
        }
      }
    }
    return edits.apply(name());
  }

  /** True when the nearest words before and after on the same line (those there are) are Latin. */
  private static boolean latinNeighbours(String t, List<Word> words, int w) {
    Word word = words.get(w);
    Word prev = w > 0 ? words.get(w - 1) : null;
    Word next = w + 1 < words.size() ? words.get(w + 1) : null;
    if (prev != null && !sameLine(t, prev.end, word.start)) {
      prev = null;
    }
    if (next != null && !sameLine(t, word.end, next.start)) {
      next = null;
    }
    if (prev == null && next == null) {
      return false;
    }
    return (prev == null || prev.latinLike()) && (next == null || next.latinLike());
  }

  private static boolean sameLine(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  private List<Word> words(String t) {
    List<Word> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int latin = 0;
      int foldable = 0;
      int foreign = 0;
      while (i < t.length() && isWordChar(cp = t.codePointAt(i))) {
        if (Character.isLetter(cp)) {
          int script = UScript.getScript(cp);
          if (script == UScript.LATIN) {
            latin++;
          } else if (latinFor(cp) != NONE) {
            foldable++;
          } else if (script != UScript.COMMON && script != UScript.INHERITED) {
            foreign++;
          }
        }
        i += Character.charCount(cp);
      }
      out.add(new Word(start, i, latin, foldable, foreign));
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
