package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * A stance's holder and what it is about: "called the plan “a disgrace”", "backs Sanders", "is
 * furious at the company", "made the case that …", "a vocal supporter of …", "his attacks on …";
 * never a participle nobody holds ("known as", "a plan called X was dropped").
 */
final class Stances {
  /**
   * What an attitude or a speech noun takes before its object: "angry at", "proud of", "a swipe
   * at", "comments about".
   */
  private static final Set<String> PHRASE_PREPS =
      Set.of(
          "about",
          "of",
          "with",
          "at",
          "by",
          "over",
          "on",
          "for",
          "toward",
          "towards",
          "in",
          "against",
          "between",
          "regarding");

  /** A stance: its holder, the cue and what it is about (see {@link Cues#STANCE}). */
  static Quote stance(
      String text,
      Sentence s,
      List<Token> toks,
      int cue,
      String lemma,
      Span speaker,
      int afterCue,
      ArticleActors actors,
      List<Span> quoted,
      List<Quote> earlier,
      boolean relativeHolder) {
    boolean attitude = lemma.startsWith("~");
    boolean phrase = attitude || lemma.startsWith("+");
    boolean possessed = lemma.startsWith("+'s ");
    if (speaker == null
        || !attitude && toks.get(cue).pos().equals("VBN") && !activeParticiple(toks, cue)) {
      return null; // "was backed by", "known as", "a plan called …": no one holds a view here
    }
    if (Set.of("call", "dub", "label", "brand").contains(lemma)
        && !toks.get(cue).pos().equals("VBZ")
        && toks.get(cue - 1).span().end() == speaker.end()
        && speaker.of(text).matches("(?i)(a|an)\\s.*")) {
      return null; // "a group called the “We The People Foundation”" names, it holds no view
    }
    int c = afterCue;
    int cueEnd = cue;
    if (phrase) {
      // "made the case for weeks that …": a time before the object is not the object
      int k = c;
      if (k < toks.size() && toks.get(k).pos().equals("IN")) {
        k++;
      }
      int t = k;
      while (t < toks.size() && Tokens.TIMES.contains(toks.get(t).ner())) {
        t++;
      }
      if (t > k) {
        c = t;
      }
    }
    Set<String> particles =
        possessed
            ? PossessedViews.VIEW_PREPS
            : phrase ? PHRASE_PREPS : CueLexicon.standard().particles(lemma);
    if (Set.of("talk", "speak").contains(lemma)
        && c + 1 < toks.size()
        && Set.of("to", "with").contains(toks.get(c).text().toLowerCase(Locale.ROOT))) {
      int e =
          NounPhrases.nounPhraseEnd(toks, c + 1); // "spoke to reporters about …": past the listener
      if (e > c + 1 && e < toks.size() && toks.get(e).text().equals("about")) {
        c = e;
      }
    } else if (Set.of("talk", "speak").contains(lemma)) {
      // "spoke briefly about", "talked openly on social media about": past the manner and place
      for (int k = c; k < toks.size() && k - c <= 6; k++) {
        String w = toks.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("about") && toks.get(k).pos().equals("IN")
            || w.equals("of") && k > c && toks.get(k - 1).pos().startsWith("RB")) {
          c = k;
          break;
        }
        if (!Set.of("RB", "RBR", "RBS", "IN", "DT", "JJ", "NN", "NNS", "NNP", "PRP$", "CD")
            .contains(toks.get(k).pos())) {
          break;
        }
      }
    }
    if (c < toks.size() && particles.contains(toks.get(c).text().toLowerCase(Locale.ROOT))) {
      cueEnd = c;
      c++;
    } else if (Set.of("talk", "speak", "refer", "focus", "vote").contains(lemma)
        || phrase
            && !(c < toks.size() && toks.get(c).text().equalsIgnoreCase("that"))
            && !(c + 1 < toks.size()
                && toks.get(c).pos().equals("TO")
                && toks.get(c + 1).pos().equals("VB"))) {
      return null; // these cue only with their particle (a phrase also with "to do" or "that")
    }
    int last = Tokens.lastContentToken(toks);
    if (c > last) {
      return null;
    }
    if (lemma.equals("decide")
        && (Set.of("RB", "RBR", "NN", "NNS").contains(toks.get(c).pos())
                && !Tokens.lemma(toks.get(c)).equals("not")
            || toks.get(c).pos().equals("IN")
                && !Set.of("on", "whether", "if").contains(Tokens.lemma(toks.get(c))))) {
      return null; // "voters decide late", "late-deciding voters", "decided over the last month"
    }
    boolean clause = toks.get(c).text().equalsIgnoreCase("that");
    if (clause) {
      c++;
      last = ContentBounds.clauseEnd(toks, c, last);
    } else {
      // an object ends at the first comma or dash outside quotation marks
      boolean inQuote = false;
      int opened = -1;
      for (int k = c; k <= last; k++) {
        String w = toks.get(k).text();
        if (Set.of("``", "“").contains(w)) {
          inQuote = true;
          opened = k;
        } else if (Set.of("''", "”").contains(w)) {
          inQuote = false;
          if (k > c
              && k < last
              && toks.get(k + 1).pos().equals("IN")
              && opened > c
              && !Set.of("IN", "TO", "VBG").contains(toks.get(opened - 1).pos())) {
            last = k; // "called it “that crap” in an interview": the quotation is the view
            break; // (not "decried the GOP for “turning its back” on workers")
          }
        } else if (!inQuote
            && k > c
            && w.equals(",")
            && k < last
            && ContentBounds.listGoesOn(toks, k + 1, last)) {
          continue; // "questioned his tactics, his judgment and his decency"
        } else if (!inQuote && k > c && Set.of(",", ";", "--", "—", "–", ":").contains(w)) {
          last = k - 1;
          break;
        } else if (!inQuote && k > c && ContentBounds.objectEnds(toks, k)) {
          last = k - 1; // "endorsed Mr. Trump in early June", "… when Rubio made the case"
          break;
        } else if (!inQuote && relativeHolder && k > c && Tokens.finite(toks.get(k))) {
          last = k - 1; // "voters who back Sanders are younger": the sentence's own verb
          break;
        } else if (!inQuote
            && k > c
            && w.equalsIgnoreCase("and")
            && k < last
            && (Set.of("VBD", "VBZ", "VBP", "VBG").contains(toks.get(k + 1).pos())
                || toks.get(k + 1).pos().equals("VBN")
                    && Cues.SPEECH_OR_STANCE.test(toks.get(k + 1))
                || k + 2 <= last
                    && Set.of("PRP", "NNP").contains(toks.get(k + 1).pos())
                    && Tokens.finite(toks.get(k + 2)))) {
          last = k - 1; // "calls X the cartel and cast himself as …": the next verb is his own
          // so are "… and vowing to …", "… and he didn't …" and a cue the tagger took for a
          // participle ("admired the operation and called for more action")
          break;
        }
      }
    }
    if (c > last
        || !clause
            && !Set.of(
                    "NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ", "JJR", "JJS", "CD", "PRP$", "TO",
                    "``", "IN", "VBG", "WP", "RB", "WRB", "$")
                .contains(toks.get(c).pos())
            && !(toks.get(c).pos().equals("VBN") // "called for increased regulation"
                && c < last
                && Set.of("NN", "NNS", "JJ").contains(toks.get(c + 1).pos()))) {
      return null;
    }
    Span cueSpan = Tokens.between(toks, cue, Math.max(cueEnd, afterCue - 1));
    Span content = QuotedPassages.widenToQuotedPassage(Tokens.between(toks, c, last), quoted);
    return new Quote(
        s.index(),
        content,
        cueSpan,
        possessed ? lemma.substring(4) : phrase ? lemma.substring(1) : lemma,
        speaker,
        SpeakerActors.speakerActor(text, actors, speaker, earlier),
        null,
        null,
        false,
        attitude
            ? "quote:attitude"
            : lemma.startsWith("+be ")
                ? "quote:role-noun"
                : possessed
                    ? PossessedViews.POSSESSED_VIEW
                    : phrase ? "quote:speech-noun" : "quote:stance");
  }

  /**
   * Whether a verb tagged as a past participle is someone's act: after "has"/"had" ("has called"),
   * or a past tense the tagger took for a participle ("a new poll showed that …"). Not after a form
   * of "be" ("was backed by"), not before "as" or "by" ("known as"), and not as a reduced relative
   * whose sentence goes on to its own verb ("a plan called Fair Start was dropped").
   */
  private static boolean activeParticiple(List<Token> toks, int verb) {
    int k = Tokens.beforeAdverbs(toks, verb);
    String before = k >= 0 ? toks.get(k).text().toLowerCase(Locale.ROOT) : "";
    if (Set.of("has", "have", "had", "'ve").contains(before)) {
      return true;
    }
    if (Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got").contains(before)) {
      return false;
    }
    if (verb + 1 < toks.size()
        && Set.of("as", "by").contains(toks.get(verb + 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int m = verb + 1; m < toks.size(); m++) {
      Token t = toks.get(m);
      if (t.text().equalsIgnoreCase("that") || t.text().equals(",") || t.pos().equals("CC")) {
        return true;
      }
      if (Tokens.finite(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The "by" of a passive stance ("was endorsed in New Hampshire by the Times"): after a form of
   * "be" and within five words of the participle, with no verb or comma between; or -1.
   */
  static int passiveAgent(List<Token> toks, int cue, String lemma) {
    if (!toks.get(cue).pos().equals("VBN")
        || !Cues.STANCE.contains(lemma)
        || Cues.SPEECH.contains(lemma)
        || lemma.equals("welcome")) {
      return -1; // "was welcomed by the minister" is a reception (an event), not a view
    }
    int b = Tokens.beforeAdverbs(toks, cue);
    if (b < 0 || !Tokens.BE.contains(toks.get(b).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k = cue + 1; k < toks.size() && k - cue <= 5; k++) {
      Token t = toks.get(k);
      if (t.text().equalsIgnoreCase("by")) {
        return k;
      }
      if (t.pos().startsWith("VB") || t.text().equals(",")) {
        return -1;
      }
    }
    return -1;
  }
}
