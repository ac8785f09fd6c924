package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * The rule of a verb of saying or of a stance and its clause: "X said (that) …", "…, X said.", "…,
 * said X, the …", "X told Y …", "media quoted X as saying", and the stances and passive stances the
 * same verbs cue. Gives one attribution per cue, or null.
 */
final class ReportingClause {
  /**
   * The attribution the cue at token {@code cue} makes, or null. {@code lemma} is the cue's lemma,
   * or the key of a phrase cue ("~furious", "+make case", "+be supporter"); its object starts at
   * token {@code objectFrom}. {@code earlier} are the attributions found so far in the article,
   * which a pronoun or a participle may continue.
   */
  static Quote reported(
      String text,
      Sentence s,
      List<Token> toks,
      int cue,
      int objectFrom,
      String lemma,
      ArticleActors actors,
      List<Span> quoted,
      List<Quote> earlier) {
    Span cueSpan = toks.get(cue).span();
    int by = Stances.passiveAgent(toks, cue, lemma); // "Sanders was backed by most young voters"
    boolean attitude = lemma.startsWith("~");
    boolean phrase = attitude || lemma.startsWith("+"); // "furious at", "made the case that"
    CueSubject subject = Subjects.of(text, s, toks, cue, lemma, by, earlier);
    Span speaker = subject.speaker();
    int j = subject.before();
    boolean participle = subject.participle();
    Span antecedent = subject.antecedent();
    boolean restrictive = subject.restrictive();
    int afterCue = objectFrom;
    if (lemma.equals("quote")) {
      // "Iranian media quoted the president as saying": the one quoted speaks, the media report
      int np = afterCue; // the one quoted runs to "as saying" ("the supposed reformer president")
      while (np < toks.size()
          && np - afterCue <= 10
          && !toks.get(np).text().equalsIgnoreCase("as")
          && !toks.get(np).pos().startsWith("VBD")
          && !toks.get(np).text().equals(",")) {
        np++;
      }
      if (speaker == null
          || np <= afterCue
          || np + 1 >= toks.size()
          || !toks.get(np).text().equalsIgnoreCase("as")
          || !toks.get(np + 1).pos().equals("VBG")) {
        return null;
      }
      Span quotedOne = Tokens.between(toks, afterCue, np - 1);
      Span passage = QuotedPassages.quoteEndingAt(quoted, text, speaker.start());
      if (passage == null) {
        return null;
      }
      return new Quote(
          s.index(),
          passage,
          cueSpan,
          lemma,
          quotedOne,
          SpeakerActors.speakerActor(text, actors, quotedOne, earlier),
          null,
          null,
          true,
          "quote:quoted-as-saying",
          speaker);
    }
    String following =
        cue + 1 < toks.size() ? toks.get(cue + 1).text().toLowerCase(Locale.ROOT) : "";
    if (lemma.equals("add") && following.equals("to")
        || lemma.equals("report") && Set.of("from", "to", "live").contains(following)) {
      return null; // "added to his portfolio", "reports live from Iowa": no words reported
    }
    if (lemma.equals("tell")
        && cue > 0
        && toks.get(cue).pos().equals("VBN")
        && Set.of("was", "were", "been", "being", "be", "is", "are", "get", "got")
            .contains(toks.get(cue - 1).text().toLowerCase(Locale.ROOT))) {
      return null; // "they were told not to worry": the one told is not the one telling
    }
    if (lemma.equals("read")
        && (speaker == null
            || !ReportingChains.DOCUMENT.matcher(speaker.of(text).strip()).matches())) {
      return null; // "read" reports only a document's words: "the letter read"
    }
    Span addressee = null;
    int np = NounPhrases.nounPhraseEnd(toks, afterCue);
    boolean toSomeone = CueLexicon.standard().addressed(lemma); // "assured voters he'd …"
    if (toSomeone) {
      np = NounPhrases.addresseeEnd(toks, afterCue, np);
    }
    if (toSomeone && np > afterCue) {
      addressee = Tokens.between(toks, afterCue, np - 1);
      afterCue = np;
      if (afterCue < toks.size()
          && Set.of("of", "about").contains(toks.get(afterCue).text().toLowerCase(Locale.ROOT))) {
        afterCue++; // "reminded voters of his record": the words are what they are reminded of
      }
    }
    // inverted: "…, said X." (only right after a comma or a closing quote)
    boolean afterComma =
        cue > 0
            && Set.of(",", "''", "”", "\"").contains(toks.get(cue - 1).text())
            && Set.of("VBD", "VBZ", "VBP").contains(toks.get(cue).pos()); // not "…, noting X"
    np = NounPhrases.nounPhraseEnd(toks, afterCue);
    if (by > 0 && speaker != null) {
      // the one acted on is what the view is about; the agent holds it
      int agentEnd = NounPhrases.nounPhraseEnd(toks, by + 1);
      while (agentEnd + 1 < toks.size()
          && (NounPhrases.quantityLink(toks, agentEnd)
              || toks.get(agentEnd).text().equals("of")
                  && toks.get(agentEnd + 1).pos().startsWith("NNP"))) {
        agentEnd =
            NounPhrases.nounPhraseEnd(toks, agentEnd + 1); // "by majorities of both men and women",
      } // "by the Minister of Foreign Affairs Hossein Amir-Abdollahian"
      if (agentEnd <= by + 1 || antecedent != null) {
        return null;
      }
      Span agent = Tokens.between(toks, by + 1, agentEnd - 1);
      return new Quote(
          s.index(),
          speaker,
          cueSpan,
          lemma,
          agent,
          SpeakerActors.speakerActor(text, actors, agent, earlier),
          null,
          null,
          false,
          "quote:passive-stance");
    }
    boolean stance = Cues.STANCE.contains(lemma) && !Cues.SPEECH.contains(lemma) || phrase;
    if (stance
        && !phrase
        && afterCue > Tokens.lastContentToken(toks)
        && j >= 1
        && Set.of(",", "''", "”").contains(toks.get(j).text())) {
      stance = false; // "…, fundraising documents show.": the words before are what they show
    }
    if (attitude
        && (speaker == null
            || Subjects.NO_HOLDER.contains(speaker.of(text).toLowerCase(Locale.ROOT)))) {
      return null; // "it is certain that …" has no holder
    }
    if (speaker != null && speaker.of(text).equalsIgnoreCase("you")) {
      return null; // the reader, not a source: "if you want to understand …", "you'll see …"
    }
    if (stance) {
      return Stances.stance(
          text, s, toks, cue, lemma, speaker, afterCue, actors, quoted, earlier, restrictive);
    }
    boolean inverted = false;
    if (speaker == null && afterComma && np > afterCue) {
      speaker = Tokens.between(toks, afterCue, np - 1);
      afterCue = np;
      inverted = true;
    }
    if (speaker == null) {
      return null;
    }
    // content after the cue ("said that …", "said: …") or before the subject ("…, X said.")
    int c = afterCue;
    // "said on Thursday during a speech in Riga that …": the words start after "that"
    for (int k = afterCue; k < toks.size() && k - afterCue <= 25; k++) {
      String w = toks.get(k).text();
      if (w.equals("that") || w.equals(":")) {
        boolean adverbial = true;
        for (int m = afterCue; m < k; m++) {
          if (toks.get(m).pos().startsWith("VB") || toks.get(m).pos().equals("MD")) {
            adverbial = false;
          }
        }
        if (adverbial) {
          c = k;
        }
        break;
      }
    }
    while (c < toks.size() && Set.of("that", ":", ",", "``", "\"").contains(toks.get(c).text())) {
      c++;
    }
    int last = Tokens.lastContentToken(toks);
    if (c <= last && toks.get(c).text().equals(";")) {
      last = c - 1; // "…, political analysts say; in 2012 …": the words are before the speaker
    }
    Span content = null;
    String rule;
    // "“…,” said Indra Nooyi, the chief executive": the quotation before the cue
    // ("“…missing.” Trump said.": a sentence that is only its reporting clause reports the
    // quotation before it, even one closed by a full stop)
    boolean bare = !inverted && c > last && speaker.start() == toks.get(0).span().start();
    Span before =
        participle || antecedent != null
            ? null
            : QuotedPassages.quoteEndingAt(
                quoted, text, inverted ? cueSpan.start() : speaker.start(), bare);
    if (Set.of("read", "continue").contains(lemma) && before == null) {
      return null; // "“…,” the letter read" reports; "a statement read on television" does not
    }
    if (before != null) {
      // "“…,” Pezeshkian told Haniyeh" / "“…,” he wrote to Nasrallah": the quotation is the content
      content = before;
      rule = "quote:quoted-subject-cue";
    } else if (!inverted
        && lemma.equals("say")
        && c <= last
        && Set.of("so", "yes", "no").contains(toks.get(c).text().toLowerCase(Locale.ROOT))
        && (c == last || Set.of("IN", ",", "CC", ":").contains(toks.get(c + 1).pos()))) {
      content = toks.get(c).span(); // "half said so in December", "72 percent said yes"
      rule = "quote:subject-cue-content";
    } else if (!inverted
        && !ContentBounds.betweenCommas(toks, j, afterCue)
        && c <= last
        && last - c >= 2
        && (ContentBounds.saysSomething(toks, c, ContentBounds.clauseEnd(toks, c, last))
            || !(lemma.equals("say") && toks.get(c).pos().equals("IN")
                || ContentBounds.SETTINGS.contains(toks.get(c).text().toLowerCase(Locale.ROOT))
                || Tokens.TIMES.contains(toks.get(c).ner())))) {
      // "…, said X, the director of …" has its words before; "X said …" after
      last = ContentBounds.clauseEnd(toks, c, last);
      if (antecedent != null || j >= 0 && Set.of("WDT", "WP").contains(toks.get(j).pos())) {
        last =
            ContentBounds.relativeClauseEnd(
                toks, c, last); // "…, which officials said will …, will not …"
      }
      int first = c;
      if (j >= 3 && toks.get(j).text().equals(",") && !inverted && antecedent == null) {
        // "If it's a few delegates, the campaign said, it may not bother", "In the long run, many
        // economists say, this effect could …": words on both sides ("Holding open a book, Beck
        // said, “…”" fronts no words of his: a quotation after the cue is all he said)
        boolean parenthetical =
            toks.get(afterCue).text().equals(",")
                && c == afterCue + 1
                && !Set.of("``", "“", "\"", "''", "‘").contains(toks.get(c).text());
        boolean cueBefore = false;
        for (int k = 0; k < j; k++) {
          cueBefore |=
              toks.get(k).pos().startsWith("VB") && Cues.SPEECH_OR_STANCE.test(toks.get(k));
        }
        if (parenthetical
            && !cueBefore
            && QuotedPassages.quoteEndingAt(quoted, text, toks.get(j).span().end()) == null) {
          first = 0;
        }
      }
      content = Tokens.between(toks, first, last);
      rule = "quote:subject-cue-content";
    } else {
      int end = j >= 0 ? j : -1; // token before the speaker
      // the reporting clause must stand apart from the words: "…, X said", "“…” X said", "…, as
      // X pointed out", past the rest of its subject ("…, his brother said", "…, the now-defunct
      // National Review wrote"); "… by the time he said that", "…, though X disagrees", "… with
      // 95 percent of precincts reporting" take no words before
      int k = end;
      while (k >= 0
          && end - k < 4
          && Set.of("PRP$", "DT", "JJ", "VBN", "VBG", "HYPH", "NN", "NNS", "NNP", "RB", "CD")
              .contains(toks.get(k).pos())
          && Character.isLetterOrDigit(toks.get(k).text().charAt(0))) {
        k--;
      }
      if (k >= 1 && toks.get(k).text().equalsIgnoreCase("as")) {
        k--;
      }
      if (k >= 0 && Character.isLetterOrDigit(toks.get(k).text().charAt(0))) {
        return null;
      }
      end = end >= 0 && toks.get(end).pos().equals("PRP$") ? end - 1 : end; // not "…, his"
      while (end >= 0 && Set.of(",", "''", "\"", "--", "—").contains(toks.get(end).text())) {
        end--;
      }
      if (end >= 2) {
        content = Tokens.between(toks, 0, end);
      }
      rule = "quote:content-subject-cue";
      if (content == null) {
        return null;
      }
    }
    Span widened = QuotedPassages.widenToQuotedPassage(content, quoted);
    boolean direct =
        quoted.stream()
            .anyMatch(
                q ->
                    q.contains(widened)
                        || widened.contains(q) && q.length() * 2 > widened.length());
    return new Quote(
        s.index(),
        widened,
        cueSpan,
        lemma,
        speaker,
        SpeakerActors.speakerActor(
            text, actors, antecedent != null ? antecedent : speaker, earlier),
        addressee,
        SpeakerActors.actorAt(text, actors, addressee, List.of()),
        direct,
        rule);
  }

  /**
   * Whether the verb ends its clause ("“…,” he continued." / "…, he continued, “…”"): "continue"
   * reports words only so, never in "he continued to …".
   */
  static boolean closesReportingClause(List<Token> toks, int verb) {
    return verb + 1 < toks.size() && Set.of(".", ",", ":", ";").contains(toks.get(verb + 1).text());
  }
}
