package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.actors.PatternElements;
import org.annals.actors.VerbDictionary;

/**
 * Reads the words after the verb of a PETRARCH pattern as trigger words: plain words to their lemma
 * (plural nouns to the singular, a trailing {@code _} keeps the form), {@code {...}} nouns word by
 * word, {@code &SET} as each of its members, {@code (PREP ...)} phrases with their preposition;
 * markers ({@code $ % ^}) are dropped. The target is a bare phrase's preposition ("(AGAINST)",
 * "(WITH +)"), else the usual prepositions of a verb's target when the pattern names its object
 * ("impose sanctions on X"), else the object. Immutable.
 */
final class PatternWords {
  /** A pattern expands to at most this many word sequences per verb (sets multiply). */
  static final int MAX_ALTERNATIVES = 512;

  private static final Set<String> MARKERS = Set.of("$", "+", "%", "^");
  private static final List<String> TARGET_PREPOSITIONS = List.of("against", "on", "with", "to");
  private static final Set<String> KEEP_S = Set.of("news", "series", "species", "means");
  private static final Map<String, String> AUXILIARIES =
      Map.of(
          "is", "be", "are", "be", "was", "be", "were", "be", "been", "be", "has", "have", "had",
          "have");

  /**
   * The words after the verb, in every expansion, and the target slots; or why not.
   *
   * @param problem null when the pattern was read
   */
  record Reading(List<List<String>> alternatives, List<String> targets, String problem) {}

  private final Map<String, List<String>> sets;

  PatternWords(Map<String, List<String>> sets) {
    this.sets = sets;
  }

  /** A block's verb as trigger words: "+ASK_FOR" is "ask for", "+IS_DETERMINED" "be determined". */
  static List<String> verb(String word) {
    List<String> w = split(word.startsWith("+") ? word.substring(1) : word, false);
    if (!w.isEmpty()) {
      w.set(0, AUXILIARIES.getOrDefault(w.get(0), w.get(0)));
    }
    return w;
  }

  Reading read(VerbDictionary.Pattern p) {
    if (p.before().stream().anyMatch(e -> !MARKERS.contains(e))) {
      return new Reading(List.of(), List.of(), "words before the verb");
    }
    List<String> preps = new ArrayList<>();
    boolean[] object = {false};
    List<List<String>> alts;
    try {
      alts = expand(p.after(), preps, object, false);
    } catch (IllegalArgumentException e) {
      return new Reading(List.of(), List.of(), e.getMessage());
    }
    if (alts.size() > MAX_ALTERNATIVES) {
      return new Reading(List.of(), List.of(), "more than " + MAX_ALTERNATIVES + " expansions");
    }
    List<String> targets = new ArrayList<>(preps);
    if (object[0]) {
      TARGET_PREPOSITIONS.stream().filter(t -> !targets.contains(t)).forEach(targets::add);
    }
    targets.add("obj");
    return new Reading(alts, List.copyOf(targets), null);
  }

  /** Every word sequence the elements stand for, in order (their product). */
  private List<List<String>> expand(
      List<String> elements, List<String> preps, boolean[] object, boolean inPhrase) {
    List<List<String>> out = new ArrayList<>(List.of(List.of()));
    for (String el : elements) {
      List<List<String>> choices;
      if (MARKERS.contains(el)) {
        continue;
      } else if (el.startsWith("(")) {
        choices = phrase(PatternElements.inside(el), preps, object);
      } else if (el.startsWith("{")) {
        choices = expand(PatternElements.inside(el), preps, object, inPhrase);
      } else if (el.startsWith("&")) {
        List<String> members = sets.get(el.substring(1));
        if (members == null) {
          throw new IllegalArgumentException("a synonym set nobody defined");
        }
        choices = members.stream().map(m -> split(m, true)).filter(w -> !w.isEmpty()).toList();
      } else {
        choices = List.of(split(el, true));
      }
      if (!inPhrase && !el.startsWith("(")) {
        object[0] = true;
      }
      out = product(out, choices);
      if (out.size() > MAX_ALTERNATIVES) {
        return out;
      }
    }
    return out;
  }

  /** "(TO)", "(WITH +)": the target's preposition; "(IN COURT)": words to match. */
  private List<List<String>> phrase(List<String> inner, List<String> preps, boolean[] object) {
    if (inner.isEmpty() || inner.get(0).matches(".*[&{(].*")) {
      throw new IllegalArgumentException("a phrase without its preposition");
    }
    String prep = inner.get(0).toLowerCase(Locale.ROOT);
    List<String> rest = inner.subList(1, inner.size());
    if (rest.isEmpty() || rest.contains("+") && rest.stream().allMatch(MARKERS::contains)) {
      if (!preps.contains(prep)) {
        preps.add(prep);
      }
    }
    return product(List.of(List.of(prep)), expand(rest, preps, object, true));
  }

  private static List<List<String>> product(List<List<String>> a, List<List<String>> b) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> x : a) {
      for (List<String> y : b) {
        List<String> both = new ArrayList<>(x);
        both.addAll(y);
        out.add(both);
      }
    }
    return out;
  }

  /** "AIR_STRIKE" is "air strike"; nouns (not the verb) are lemmatised unless a '_' ends them. */
  private static List<String> split(String written, boolean nouns) {
    List<String> out = new ArrayList<>();
    String[] parts = written.split("_", -1);
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i].toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        continue;
      }
      boolean exact = i + 1 < parts.length && parts[i + 1].isEmpty() && i + 2 == parts.length;
      out.add(nouns && !exact ? singular(w) : w);
    }
    return out;
  }

  /** The lemma CoreNLP gives a plural noun: "sanctions" sanction, "allies" ally, "ties" tie. */
  static String singular(String w) {
    if (w.length() <= 3 || !w.endsWith("s") || KEEP_S.contains(w)) {
      return w;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.length() > 5 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }
}
