package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Finds attributed words with rules over tokens and parts of speech: "X said (that) …", "…, X
 * said.", "…, said X.", "according to X, …"; words inside a quoted passage become the whole
 * passage. A reporting verb inside quoted words is part of what was said, not an attribution. A
 * quoted passage with no reporting verb of its own is not attributed: measured on PolNeAR, giving
 * it the previous speaker raised F1 by 0.03 but dropped speaker accuracy from 0.83 to 0.72. A
 * pronoun or title speaker is linked to the actor of the nearest compatible mention before it when
 * the actor layer is given. Thread-safe.
 */
public final class QuoteExtractor {
  /**
   * Verbs of saying: "said that …", "“…,” X added" (the cue words are data: {@code cues.tsv});
   * lemmas in lower case, immutable. The event coder reads a demand in what they report.
   */
  public static final Set<String> CUES = Cues.SPEECH;

  /** Extracts the quotes of an article; {@code actors} may be null. */
  public List<Quote> extract(String text, Annotations a, ArticleActors actors) {
    List<Quote> out = new ArrayList<>();
    List<Span> quoted = QuotedPassages.of(text);
    // every quotation, short ones too (“You tell me,” he said): a cue inside one was said
    List<Span> marked = QuotedPassages.of(text, 1);
    for (Sentence s : a.sentences()) {
      List<Token> toks = TaggerRepairs.contractions(TaggerRepairs.headlineVerbs(a.tokens(s)));
      Quote headed = SpeakerLabels.colonHeaded(text, s, toks, actors, out);
      if (headed != null) {
        out.add(headed); // and what it holds may attribute in turn: "CRANE: I think …"
      }
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        String lemma = Tokens.lemma(t);
        if (t.text().equalsIgnoreCase("according")
            && i + 1 < toks.size()
            && toks.get(i + 1).text().equalsIgnoreCase("to")) {
          Quote q = AccordingTo.quote(text, s, toks, i, actors);
          if (q != null) {
            out.add(q);
          }
          continue;
        }
        Quote held = PossessedViews.possessedView(text, s, toks, i, actors, quoted, out);
        if (held != null) {
          out.add(held);
          continue;
        }
        Quote owned = PossessedViews.ownedWords(text, s, toks, i, actors, quoted, out);
        if (owned != null) {
          out.add(owned);
          continue;
        }
        int noun = PhraseCues.lightVerbNoun(toks, i);
        if ((noun > i || PhraseCues.attitude(toks, i))
            && !QuotedPassages.insideAny(quoted, t.span())) {
          String key =
              noun > i
                  ? "+" + lemma + " " + Tokens.lemma(toks.get(noun))
                  : "~" + t.text().toLowerCase(Locale.ROOT);
          Quote q =
              ReportingClause.reported(
                  text, s, toks, i, Math.max(i, noun) + 1, key, actors, quoted, out);
          if (q != null) {
            out.add(q);
            continue;
          } // else the verb may cue on its own: "offered his support to the cooperative"
        }
        // "As Professor Foner put it: ''…''": "put it" reports words
        boolean putIt =
            lemma.equals("put")
                && i + 2 < toks.size()
                && toks.get(i + 1).text().equalsIgnoreCase("it")
                && Set.of(",", ":").contains(toks.get(i + 2).text());
        boolean cue =
            Cues.SPEECH.contains(lemma)
                || Cues.STANCE.contains(lemma)
                || putIt
                || lemma.equals("continue") && ReportingClause.closesReportingClause(toks, i);
        if (!t.pos().startsWith("VB") || !cue || QuotedPassages.insideAny(marked, t.span())) {
          continue; // a reporting verb inside quoted words is part of what was said
        }
        if (Set.of("VBN", "VBD").contains(t.pos())
            && i > 0
            && i + 1 < toks.size()
            && Set.of("CD", "DT", "PRP$", "POS", "JJ").contains(toks.get(i - 1).pos())
            && toks.get(i + 1).pos().startsWith("NN")
            && !(i >= 3
                && toks.get(i - 1).pos().equals("CD")
                && NounPhrases.quantityLink(toks, i - 2))
            && toks.stream().anyMatch(o -> o != t && Tokens.finite(o))) {
          continue; // a participle between a determiner and its noun: "270 pledged delegates"
        } // (unless the sentence has no other verb: "The two discussed border security"; nor
        // after a share of a group: "4 in 10 said billionaire Donald Trump would …")
        Quote q =
            ReportingClause.reported(
                text, s, toks, i, putIt ? i + 2 : i + 1, lemma, actors, quoted, out);
        if (q != null) {
          out.add(q);
          // the next attribution starts after this one's words: "X said A, and Y said B"; a cue
          // inside A is part of what X said
          int end = Math.max(q.content().end(), q.cue().end());
          end = q.speaker() == null ? end : Math.max(end, q.speaker().end());
          while (i + 1 < toks.size() && toks.get(i + 1).span().start() < end) {
            i++;
          }
        }
      }
    }
    out.sort((x, y) -> Integer.compare(x.content().start(), y.content().start()));
    List<Quote> all = new ArrayList<>(ResumedQuotations.resume(text, out, quoted));
    all.replaceAll(q -> q.withContent(QuotedPassages.withoutTrailingMarks(text, q.content())));
    return ReportingChains.outermost(text, ReportingChains.handOver(text, a, actors, all));
  }
}
