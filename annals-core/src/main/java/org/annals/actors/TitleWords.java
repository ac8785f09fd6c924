package org.annals.actors;

import java.util.Set;

/** The words of office that make a title ("Prime Minister", "Labour leader", "spokesman"). */
public final class TitleWords {
  private TitleWords() {}

  private static final Set<String> WORDS =
      Set.of(
          "president",
          "president-elect",
          "minister",
          "chief",
          "leader",
          "head",
          "secretary",
          "chairman",
          "chairwoman",
          "chair",
          "commander",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ambassador",
          "envoy",
          "advisor",
          "adviser",
          "king",
          "queen",
          "emir",
          "premier",
          "governor",
          "mayor",
          "director",
          "founder",
          "negotiator",
          "speaker",
          "general",
          "officer",
          "lawmaker",
          "senator",
          "ayatollah",
          "prince",
          "chancellor",
          "taoiseach",
          "tánaiste",
          "tanaiste",
          "amir",
          "sultan");

  /** Whether a lower-case word is a word of office ("minister", "spokesman", "leader"). */
  public static boolean isTitleWord(String lower) {
    return WORDS.contains(lower);
  }
}
