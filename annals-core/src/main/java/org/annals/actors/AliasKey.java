package org.annals.actors;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are looked up by: lower case, no diacritics, one kind of apostrophe, hyphens and
 * underscores as spaces, no leading "the". "Côte d’Ivoire" and "cote d'ivoire" meet.
 */
public final class AliasKey {
  private AliasKey() {}

  public static String of(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('`', '\'');
    s = s.replaceAll("[-_]+", " ").replaceAll("[.,]", "").replaceAll("\\s+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
