package org.annals.events;

import java.util.Locale;
import java.util.Set;
import org.annals.model.Dependency;

/**
 * Noun triggers an article speaks of without reporting them (issue 14): "stop the killing of the
 * defenseless people", "putting an end to the killing of civilians", "the end of the occupation"
 * name an act the speaker wants ended, and "intends to continue the killing" one said to go on, not
 * an act reported as done; "demanded a ceasefire", "calls for the release of" one asked for, and
 * "lifted the curfew" one ended. Such a noun codes no event (the verb codes its own: the demand,
 * the lifting). Stateless.
 */
final class SpokenOfEvents {
  private SpokenOfEvents() {}

  /** Verbs whose object is an act to be ended or prevented, not one done. */
  private static final Set<String> ENDING =
      Set.of(
          "stop",
          "end",
          "halt",
          "cease",
          "prevent",
          "avert",
          "curb",
          "terminate",
          "lift",
          "ease",
          "relax",
          "remove");

  /** Verbs whose object is an act asked for: "demanded a ceasefire". */
  private static final Set<String> ASKING =
      Set.of("demand", "seek", "urge", "request", "want", "propose", "reject", "refuse");

  /** Words whose "for" phrase is an act asked for: "called for a ceasefire", "a call for talks". */
  private static final Set<String> ASKING_FOR =
      Set.of("call", "ask", "press", "push", "appeal", "plea", "demand", "request", "plead");

  /** Nouns of ending: "an end to the killing", "the end of the occupation". */
  private static final Set<String> ENDING_NOUNS = Set.of("end", "halt", "cessation", "stop");

  /**
   * Whether the noun trigger at {@code head} is governed by a word of ending or of asking, or by
   * "continue" in a clause that is not asserted.
   */
  static boolean spokenOf(ParsedArticle d, int head, String modality) {
    for (Dependency p : d.graph().parents(head)) {
      if (p.governor() < 0) {
        continue;
      }
      String lemma = d.tokens().get(p.governor()).lemma().toLowerCase(Locale.ROOT);
      String pos = d.tokens().get(p.governor()).pos();
      if (p.relation().equals("obj") && pos.startsWith("VB")) {
        if (ENDING.contains(lemma)) {
          return true;
        }
        if (ASKING.contains(lemma)) {
          return true;
        }
        if (lemma.equals("continue") && !modality.equals("asserted")) {
          return true;
        }
      }
      if ((p.relation().equals("obl:for") || p.relation().equals("nmod:for"))
          && ASKING_FOR.contains(lemma)) {
        return true;
      }
      if ((p.relation().equals("nmod:to") || p.relation().equals("nmod:of"))
          && pos.startsWith("NN")
          && ENDING_NOUNS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }
}
