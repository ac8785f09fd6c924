package org.annals.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys under which spellings of one person's name meet: transliterations of Arabic and Persian
 * names (Ismail/Esmail, Haniyeh/Haniya, Ziyad/Ziad, Nakhalah/Nakhale), {@code al-} prefixes,
 * hyphenation (Amirabdollahian/Amir-Abdollahian) and honorifics (Ayatollah, Seyyed, Imam, General)
 * do not matter; first and last names do.
 *
 * <p>A word's key is described at {@link #skeleton(String)}.
 */
public final class PersonNames {
  static final Set<String> HONORIFICS =
      Set.of(
          "ayatollah",
          "ayatullah",
          "grand",
          "seyyed",
          "sayyed",
          "sayed",
          "seyed",
          "syed",
          "imam",
          "general",
          "gen",
          "sheikh",
          "shaikh",
          "sheik",
          "hojatoleslam",
          "hojatolislam",
          "hujjat",
          "haj",
          "hajj",
          "haji",
          "dr",
          "mr",
          "mrs",
          "ms",
          "sir",
          "president",
          "prime",
          "minister",
          "king",
          "prince",
          "emir",
          "chief",
          "leader",
          "commander",
          "colonel",
          "col",
          "lt",
          "major",
          "brigadier",
          "rev",
          "reverend",
          "mullah",
          "mawlana",
          "maulana",
          "ustad",
          "his",
          "her",
          "majesty",
          "highness",
          "excellency",
          "royal",
          "crown",
          "queen",
          "amir",
          "sultan",
          "taoiseach",
          "tanaiste",
          "chancellor");

  /** Generational suffixes: "Jr." is no surname, and "Abdullah II" is named Abdullah. */
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private static final Set<String> PARTICLES =
      Set.of("al", "el", "ul", "bin", "ibn", "bint", "abu", "de", "van", "von", "da");

  private PersonNames() {}

  /** The name's words without honorifics, with "al-" prefixes and hyphens dealt with. */
  public static List<String> words(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> out = new ArrayList<>();
    for (String raw : ascii.split("\\s+")) {
      String w = raw.replaceAll("[’'`]s$", "").replaceAll("[^\\p{L}\\-]", "");
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.isEmpty() || HONORIFICS.contains(lower.replace("-", "")) || PARTICLES.contains(lower)) {
        continue;
      }
      lower = lower.replaceFirst("^(al|el|ul)-", "");
      out.add(lower.replace("-", ""));
    }
    // "Joseph R. Biden, Jr.": a generational suffix is no surname
    while (out.size() > 1 && SUFFIXES.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Key of one word: vowels reduced to two classes (a e i y → e, o u w → o), q as k, a final "h"
   * after a vowel dropped, repeated letters single. Transliterations meet (Haniyeh/Haniya,
   * Ziyad/Ziad, Rouhani/Rowhani); different names stay apart (Khamenei/Khomeini).
   */
  static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.length() > 2 && w.endsWith("h") && "aeiouy".indexOf(w.charAt(w.length() - 2)) >= 0) {
      w = w.substring(0, w.length() - 1);
    }
    StringBuilder b = new StringBuilder();
    char prev = 0;
    for (char c : w.toCharArray()) {
      char k = c == 'q' ? 'k' : "aeiy".indexOf(c) >= 0 ? 'e' : "ouw".indexOf(c) >= 0 ? 'o' : c;
      if (k != prev) {
        b.append(k);
      }
      prev = k;
    }
    return b.toString();
  }

  /** "first last" skeletons for a name of two or more words, else null. */
  public static String fullKey(String name) {
    List<String> w = words(name);
    if (w.size() < 2) {
      return null;
    }
    return skeleton(w.get(0)) + " " + skeleton(w.get(w.size() - 1));
  }

  /** Skeleton of the last word, or null for an empty name. */
  public static String surnameKey(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? null : skeleton(w.get(w.size() - 1));
  }
}
