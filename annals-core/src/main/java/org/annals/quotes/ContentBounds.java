package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Where reported words start and end: a setting after the cue is no words ("said in a statement"),
 * a reporting clause between commas has its words before it, and words end before a clause of the
 * narrator's (", and he railed against …", ", while only 49 percent say …"), a second attribution,
 * or, for a stance, the end of its object.
 */
final class ContentBounds {
  /**
   * Prepositions of a setting, never of what a verb of saying is about: "answered in a statement",
   * "spoke at a rally" ("responded to", "agreed with", "commented on" do take their words).
   */
  static final Set<String> SETTINGS =
      Set.of("in", "at", "during", "after", "before", "while", "when", "outside", "inside");

  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "although",
          "though",
          "because",
          "since",
          "until",
          "following",
          "despite",
          "during",
          "whereas");

  /**
   * Where the reported words end: before a semicolon, or before a new clause of the narrator's (",
   * and he railed against …": a conjunction, a name or pronoun, a past-tense verb).
   */
  static int clauseEnd(List<Token> toks, int from, int last) {
    Set<String> opening = Set.of("``", "“");
    if (opening.contains(toks.get(from).text())
        || from >= 1 && opening.contains(toks.get(from - 1).text())) {
      // "said, “We’ll see,” when asked whether …": words that open a quotation end with it when
      // it closes on a comma and the narrator goes on
      for (int k = from + 1; k < last; k++) {
        String w = toks.get(k).text();
        if (opening.contains(w)) {
          break;
        }
        if (Set.of("''", "”").contains(w)) {
          if (toks.get(k - 1).text().equals(",")) {
            return k;
          }
          break;
        }
      }
    }
    boolean quotedWords = false;
    for (int k = from + 1; k < last; k++) {
      String w = toks.get(k).text();
      if (Set.of("``", "“").contains(w)) {
        quotedWords = true;
      } else if (Set.of("''", "”").contains(w)) {
        quotedWords = false;
      }
      if (k >= from + 3
          && Set.of("''", "”").contains(w)
          && toks.get(k - 1).text().equals(",")
          && toks.get(k + 1).pos().equals("VBG")) {
        return k; // "…by Cleveland,” referring to the convention"
      }
      if (quotedWords || k < from + 3) {
        continue;
      }
      if (w.equals(";")) {
        return k - 1;
      }
      // "…,” referring to the convention" / "… — asserting that …": the narrator's next verb
      // (a participle that reports or takes a view; "…, including …", "…, bringing its total to
      // …" go on with the words)
      if (Set.of(",", "—", "--").contains(w)
          && toks.get(k + 1).pos().equals("VBG")
          && (Cues.SPEECH_OR_STANCE.test(toks.get(k + 1))
              || Tokens.lemma(toks.get(k + 1)).equals("accord"))) {
        return k - 1; // (", according to the survey" names another source)
      }
      if (w.equals(",") && commaSplice(toks, k + 1, last) && !subordinate(toks, from, k)) {
        return k - 1; // "…, a man yelled …" / "…, he appears uneasy": another clause
      }
      if (w.equals("and")
          && Set.of("VBD", "VBZ").contains(toks.get(k + 1).pos())
          && Cues.SPEECH_OR_STANCE.test(toks.get(k + 1))) {
        return k - 1;
      }
      // "…he would appoint judges, and reminded the audience …": a past tense with no subject
      // cannot go on words in another tense; it is the speaker's next act
      // (not a form the base shares, "and set a precedent", nor one before a noun, "and improved
      // dining")
      Token after = toks.get(k + 1);
      if (w.equals("and")
          && after.pos().equals("VBD")
          && !after.text().equalsIgnoreCase(Tokens.lemma(after))
          && !(k + 2 <= last && toks.get(k + 2).pos().startsWith("NN"))
          && !pastTense(toks, from, k)) {
        return toks.get(k - 1).text().equals(",") ? k - 2 : k - 1;
      }
      if (w.equals(",")
          && Set.of("WDT", "WP").contains(toks.get(k + 1).pos())
          && toks.get(k - 1).pos().startsWith("NNP")) {
        return k - 1; // "…it would be Trump, who has a significant lead": the narrator's aside
      }
      // "…, a swipe at the recent disturbances": the narrator's comment on the words, to the end
      // ("… — a controversial proposal he has raised at various points": after a dash that no
      // second dash closes, the comment may have a clause of its own)
      if (Set.of(",", "—", "--").contains(w)
          && Set.of("a", "an").contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT))
          && (noVerbUntil(toks, k + 1, last) || !w.equals(",") && noMarkUntil(toks, k + 1, last))) {
        return k - 1;
      }
      // "… but did not suggest it would be Trump" / ", but told his supporters …": the subject's
      // own next act
      if (w.equals("but")
          && (Set.of("VBD", "VBZ").contains(toks.get(k + 1).pos())
              || Set.of("did", "does").contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
        return toks.get(k - 1).text().equals(",") ? k - 2 : k - 1;
      }
      // "…, compared with 64 percent who …" / "…, while only 49 percent say …": the narrator
      // sets the words against something else
      String next = toks.get(k + 1).text().toLowerCase(Locale.ROOT);
      if (w.equals(",") && Set.of("compared", "whereas", "while", "however").contains(next)) {
        return k - 1;
      }
      if (w.equals(",")
          && (toks.get(k + 1).pos().equals("CC") || Set.of("though", "although").contains(next))
          && anotherSpeaker(toks, k + 2, last)) {
        return k - 1; // "…, and three-quarters said the same of Sanders": a second attribution
      } // (", though Mrs. Fiorina said …")
      if (w.equals(",")
          && k + 3 <= last
          && toks.get(k + 1).pos().equals("CC")
          && Set.of("PRP", "NNP").contains(toks.get(k + 2).pos())) {
        int v = k + 3; // ", but he also warned …"
        while (v <= last
            && v <= k + 5
            && (toks.get(v).pos().startsWith("NNP") || toks.get(v).pos().equals("RB"))) {
          v++;
        }
        if (v <= last && toks.get(v).pos().equals("VBD")) {
          return k - 1;
        }
      }
    }
    return last;
  }

  /** A relative clause's words end where the main clause resumes: ", said one …" / ", is …". */
  static int relativeClauseEnd(List<Token> toks, int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (toks.get(k).text().equals(",") && Tokens.finite(toks.get(k + 1))) {
        return k - 1;
      }
    }
    return last;
  }

  /**
   * Whether the words after a cue can be what was said: a clause or a quotation, not a bare phrase
   * of time and place ("…, she said in a video message to the convention.").
   */
  static boolean saysSomething(List<Token> toks, int from, int last) {
    for (int k = from; k <= last; k++) {
      Token t = toks.get(k);
      if (t.pos().startsWith("VB")
          || t.pos().equals("MD")
          || Set.of("``", "''", "“", "”", "\"", ":").contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code from} to {@code to} have a past-tense verb of their own. */
  private static boolean pastTense(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (toks.get(k).pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a short subject and its finite verb start at {@code from}, with no conjunction before
   * them: "a man yelled", "he appears".
   */
  private static boolean commaSplice(List<Token> toks, int from, int last) {
    int v = from;
    if (v <= last && Set.of("DT", "PRP$").contains(toks.get(v).pos())) {
      v++;
    }
    int head = v;
    while (v <= last
        && v - head < 3
        && Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "JJ").contains(toks.get(v).pos())) {
      v++;
    }
    return v > head
        && v <= last
        && Set.of("VBD", "VBZ", "VBP").contains(toks.get(v).pos())
        && !Set.of("'s", "’s").contains(toks.get(v).text().toLowerCase(Locale.ROOT));
  }

  /** Whether a subordinate clause opens in [from, to): "if elected, he would …". */
  private static boolean subordinate(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      if (CLAUSE_OPENERS.contains(w)
          || Set.of("if", "as", "once", "unless", "whether").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no dash and no closing quotation mark comes from {@code from} to {@code last}. */
  private static boolean noMarkUntil(List<Token> toks, int from, int last) {
    for (int k = from; k <= last; k++) {
      if (Set.of("—", "--", "''", "”").contains(toks.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean noVerbUntil(List<Token> toks, int from, int last) {
    for (int k = from; k <= last; k++) {
      if (Tokens.finite(toks.get(k))
          || Set.of("''", "”").contains(toks.get(k).pos())
          || Set.of("''", "”").contains(toks.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a short subject ("more than 4 in 10", "the mayor") and a cue verb start at {@code
   * from}.
   */
  private static boolean anotherSpeaker(List<Token> toks, int from, int last) {
    int v = from;
    while (v <= last
        && v - from < 6
        && (NounPhrases.SUBJECT_POS.contains(toks.get(v).pos())
            || Set.of("IN", "JJR", "RBR").contains(toks.get(v).pos()))) {
      v++;
    }
    return v > from
        && v <= last
        && Set.of("VBD", "VBZ", "VBP").contains(toks.get(v).pos())
        && Cues.SPEECH_OR_STANCE.test(toks.get(v));
  }

  /**
   * "…, he said, and considered …" / "…, Haniyeh said, adding …" / "…, IRNA stated, without
   * providing details": the reporting words stand between commas and what follows continues the
   * speaker's own verbs, so the content is before them. ("As the next step, he said, his
   * administration will …" has its content after.)
   */
  static boolean betweenCommas(List<Token> toks, int beforeSpeaker, int afterCue) {
    return afterCue + 1 < toks.size()
        && toks.get(afterCue).text().equals(",")
        && (toks.get(afterCue + 1).pos().equals("CC")
            || toks.get(afterCue + 1).pos().equals("VBG")
            || afterCue + 2 < toks.size() // "…, IRNA stated, without providing details"
                && toks.get(afterCue + 1).pos().equals("IN")
                && toks.get(afterCue + 2).pos().equals("VBG"))
        && beforeSpeaker >= 1
        && Set.of(",", "”", "''", "\"").contains(toks.get(beforeSpeaker).text());
  }

  /** Whether a stance's object ends before {@code k}: a time, or a clause of the narrator's. */
  static boolean objectEnds(List<Token> toks, int k) {
    Token t = toks.get(k);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (Set.of("IN", "WRB", "VBG").contains(t.pos()) && CLAUSE_OPENERS.contains(w)) {
      return true;
    }
    return t.pos().equals("IN")
            && k + 1 < toks.size()
            && Tokens.TIMES.contains(toks.get(k + 1).ner())
        || t.pos().equals("IN")
            && k + 2 < toks.size()
            && Set.of("JJ", "RB").contains(toks.get(k + 1).pos())
            && Tokens.TIMES.contains(toks.get(k + 2).ner());
  }

  /**
   * Whether the words after a comma go on listing ("…, his judgment and his decency"): an "and" or
   * "or" comes before any finite verb, within a few words.
   */
  static boolean listGoesOn(List<Token> toks, int from, int last) {
    for (int k = from; k <= last && k - from < 15; k++) {
      Token t = toks.get(k);
      if (Tokens.finite(t)
          || Set.of("WDT", "WP").contains(t.pos())
          || Set.of(";", ":", "--", "—").contains(t.text())
          || k == from && Set.of("CC", "VBG", "IN").contains(t.pos())) {
        return false;
      }
      if (Set.of("and", "or").contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
