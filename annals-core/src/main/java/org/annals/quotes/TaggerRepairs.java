package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Repairs of the tagger's output that the rules depend on: the verbs of a title-case headline and
 * the "'s" of "he's" read as a possessive. Each gives the tokens unchanged when there is nothing to
 * repair, and never changes the list it is given.
 */
final class TaggerRepairs {
  /**
   * A headline in title case ("Glenn Beck Blasts Drudge for Mocking His Fast") is tagged as one
   * long name, its verb included. In such a line, a capitalised word right after a name whose verb
   * form is a cue ("Blasts", "Praises", "Calls"; "Call" after a plural: "Democrats Call For
   * Action") is given back its verb tag and lemma. Other lines are returned as they are.
   */
  static List<Token> headlineVerbs(List<Token> toks) {
    int words = 0;
    int capitalised = 0;
    for (Token t : toks) {
      if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
      }
    }
    if (words < 3 || capitalised < words * 0.8) {
      return toks;
    }
    List<Token> out = new ArrayList<>(toks);
    boolean found = false;
    for (int i = 1; i + 1 < toks.size(); i++) {
      Token t = toks.get(i);
      String before = toks.get(i - 1).pos();
      // the first verb follows its subject; a second follows "And" or a comma ("Backs Trump And
      // Denounces Clinton")
      boolean second =
          found && Set.of("and", ",").contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT));
      if (!t.pos().startsWith("NN")
          // (NER may take the verb into a person's name, but "States" in a place is no verb)
          || Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE").contains(t.ner())
          || !Character.isUpperCase(t.text().charAt(0))
          || !(second || !found && Set.of("NNP", "NNPS", "NNS", "CD", "PRP").contains(before))) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      String verb = null;
      boolean plural = Set.of("NNPS", "NNS").contains(before);
      for (String stem :
          plural
              ? List.of(w)
              : List.of(
                  w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : "",
                  w.endsWith("es") ? w.substring(0, w.length() - 2) : "",
                  w.endsWith("s") ? w.substring(0, w.length() - 1) : "")) {
        if (verb == null && (Cues.SPEECH.contains(stem) || Cues.STANCE.contains(stem))) {
          verb = stem;
        }
      }
      if (verb != null) {
        out.set(
            i,
            new Token(
                t.index(), t.sentence(), t.span(), t.text(), verb, plural ? "VBP" : "VBZ", "O"));
        found = true;
      }
    }
    return out;
  }

  /**
   * The tagger sometimes reads the "'s" of "He's comparing" or "she's said" as a possessive. After
   * a personal pronoun it can only be "is" or "has": it gets back a verb tag, so the clause has its
   * finite verb and its subject.
   */
  static List<Token> contractions(List<Token> toks) {
    List<Token> out = null;
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.pos().equals("POS")
          && Set.of("'s", "’s").contains(t.text())
          && toks.get(i - 1).pos().equals("PRP")) {
        out = out == null ? new ArrayList<>(toks) : out;
        boolean perfect = i + 1 < toks.size() && toks.get(i + 1).pos().equals("VBN");
        out.set(
            i,
            new Token(
                t.index(), t.sentence(), t.span(), t.text(), perfect ? "have" : "be", "VBZ", "O"));
      }
    }
    return out == null ? toks : out;
  }
}
