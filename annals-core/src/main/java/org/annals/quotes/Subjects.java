package org.annals.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Finds the speaker of a reporting verb: the noun phrase before it, past auxiliaries, times, asides
 * and parentheses; the subject of the verb it is coordinated with; the antecedent of a relative
 * pronoun; the running speaker of the sentence.
 */
final class Subjects {
  /** What opens a non-finite cue that speaks for the sentence's subject: "by saying". */
  private static final Set<String> NON_FINITE_OPENERS =
      Set.of("by", "while", "when", "in", "before", "after", "without");

  /** Subjects that hold no view: "it is hard to say …", "it is certain that …". */
  static final Set<String> NO_HOLDER = Set.of("it", "there", "this", "that", "what", "which");

  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  private static final Set<String> CLAUSE_LINKS =
      Set.of("that", "than", "whether", "if", "because", "as", "while", "although", "though");

  /**
   * The speaker of the cue at token {@code cue} whose lemma (or phrase key, "~angry", "+make case")
   * is {@code lemma}; {@code by} is the "by" of a passive stance, or -1. {@code earlier} are the
   * attributions found before in the article, the last of them maybe this sentence's.
   */
  static CueSubject of(
      String text,
      Sentence s,
      List<Token> toks,
      int cue,
      String lemma,
      int by,
      List<Quote> earlier) {
    // the subject: a noun phrase just before the cue (adverbs and auxiliaries skipped)
    int j = cue - 1;
    boolean progressive = toks.get(cue).pos().equals("VBG");
    boolean attitude = lemma.startsWith("~");
    while (j >= 0
        && (Tokens.AUX.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
            || toks.get(j).pos().equals("RB")
            || (progressive || by > 0)
                && Tokens.BE.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
            || attitude
                && (PhraseCues.copula(toks.get(j)) || toks.get(j).pos().startsWith("RB")))) {
      j--; // "Clinton is calling for …", "he has been saying": the progressive has its subject
    }
    j = NounPhrases.beforeParenthesis(toks, j);
    // a time between subject and cue: "Pezeshkian on Sunday praised", "Trump last week said"
    int time = j;
    while (time >= 0 && Set.of("DATE", "TIME").contains(toks.get(time).ner())) {
      time--;
    }
    if (time < j) {
      if (time >= 0
          && Set.of("on", "in", "at", "during")
              .contains(toks.get(time).text().toLowerCase(Locale.ROOT))) {
        time--;
      }
      j = time; // a time is nobody: "On Sunday praised" has no subject
      while (j >= 0
          && (Tokens.AUX.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
              || toks.get(j).pos().equals("RB"))) {
        j--; // "who has in the past described"
      }
      if (j >= 1
          && toks.get(j).pos().equals("VBN")
          && Set.of("NN", "NNS", "NNP").contains(toks.get(j - 1).pos())) {
        j--; // "A news report published Wednesday said": the report speaks
      }
    }
    j = NounPhrases.beforeAside(toks, j);
    j = NounPhrases.beforeParenthesis(toks, j);
    int npEnd = j;
    while (j >= 0 && NounPhrases.SUBJECT_POS.contains(toks.get(j).pos())) {
      j--;
      if (j >= 1 && NounPhrases.quantityLink(toks, j)) {
        j--; // "six in ten voters", "more than half", "55 percent of Democrats"
        if (Set.of("JJR", "RBR").contains(toks.get(j).pos())) {
          j--;
        }
      } else if (j >= 1 && NounPhrases.placeLink(toks, j)) {
        j--; // "The governor of Ohio said": the governor speaks
      }
    }
    while (j < npEnd && !Character.isLetterOrDigit(toks.get(j + 1).text().charAt(0))) {
      j++; // "(AP) — A news report said": the dash is no part of the speaker
    }
    if (npEnd > j + 1
        && NounPhrases.NOMINATIVE.contains(toks.get(npEnd).text().toLowerCase(Locale.ROOT))) {
      j = npEnd - 1; // "on Tuesday night he said": a subject pronoun is the whole subject
    }
    int pp = j >= 0 && toks.get(j).pos().equals("PRP$") ? j - 1 : j;
    if (npEnd > j
        && pp >= 1
        && Set.of("in", "at", "during").contains(toks.get(pp).text().toLowerCase(Locale.ROOT))
        && Set.of("NN", "NNS", "NNP", "NNPS", "PRP").contains(toks.get(pp - 1).pos())) {
      npEnd = pp - 1; // "Crane in his announcement speech called …": Crane speaks, not the speech
      j = NounPhrases.npStart(toks, npEnd) - 1;
    }
    int held = Tokens.finite(toks.get(cue)) && npEnd > j ? relativeOwner(toks, j) : -1;
    if (held >= 0) {
      npEnd = held; // "Voters who backed Sanders said …": the voters speak, not Sanders
      j = NounPhrases.npStart(toks, held) - 1;
    }
    Span speaker = npEnd > j ? Tokens.between(toks, j + 1, npEnd) : null;
    if (speaker == null
        && npEnd >= 0
        && Set.of("and", "but").contains(toks.get(npEnd).text().toLowerCase(Locale.ROOT))) {
      // "X condemned the attack and said …": the subject of the first verb speaks; "…, he said,
      // and considered …": the speaker this sentence already has goes on
      // ("In an interview, Trump doubled down … and said …": the subject of the verb it is
      // coordinated with, not of one in a clause before it: "After X carried out …, the chief met
      // … and discussed …")
      Span running = sentenceSpeaker(earlier, s);
      Span subject = running != null ? running : subjectOfLastVerb(toks, npEnd);
      if (subject != null) {
        speaker = subject;
        j = -1;
      }
    }
    // "Trump told a rally, saying Clinton would …": a participle after a comma speaks for the
    // subject of the sentence's first verb
    boolean participle = false;
    String prior = npEnd >= 0 ? toks.get(npEnd).text().toLowerCase(Locale.ROOT) : "";
    boolean nonFinite = // "went on to say …", "began by saying …", "while saying …"
        toks.get(cue).pos().equals("VB") && prior.equals("to")
            || toks.get(cue).pos().equals("VBG") && NON_FINITE_OPENERS.contains(prior);
    if (speaker == null
        && npEnd >= 1
        && (toks.get(cue).pos().equals("VBG") && Tokens.afterComma(toks, npEnd) || nonFinite)) {
      // "…, Haniyeh said, adding that …": the speaker of the sentence's attribution goes on
      Span running = sentenceSpeaker(earlier, s);
      Span subject = running != null ? running : subjectOfFirstVerb(toks, npEnd);
      if (subject != null && !NO_HOLDER.contains(subject.of(text).toLowerCase(Locale.ROOT))) {
        speaker = subject; // ("it is hard to say whether …" has no speaker)
        j = -1;
        participle = true;
      }
    }
    // "Ted Cruz, who said he would …": the relative pronoun speaks for the noun before it; so it
    // does without commas ("voters who support Sanders", "those who question his temperament")
    // ("the union, which endorsed …", "groups that have endorsed him")
    Span antecedent = null;
    boolean relativeWord =
        npEnd >= 1 && RELATIVES.contains(toks.get(npEnd).text().toLowerCase(Locale.ROOT));
    boolean restrictive =
        relativeWord && Set.of("NN", "NNS", "NNPS", "DT").contains(toks.get(npEnd - 1).pos());
    if (speaker == null
        && relativeWord
        && (npEnd >= 2 && toks.get(npEnd - 1).text().equals(",") || restrictive)) {
      int e = restrictive ? npEnd - 1 : npEnd - 2;
      int b = NounPhrases.npStart(toks, e) - 1;
      if (b < e) {
        antecedent = Tokens.between(toks, b + 1, e);
        speaker = toks.get(npEnd).span();
        j = -1;
      }
    }
    return new CueSubject(speaker, j, antecedent, restrictive, participle);
  }

  /**
   * The subject of the first finite verb before {@code limit}: the noun phrase right before it
   * ("Trump told a rally, saying …" gives Trump), or null.
   */
  private static Span subjectOfFirstVerb(List<Token> toks, int limit) {
    boolean quotedWords = false;
    for (int v = 0; v < limit; v++) {
      String w = toks.get(v).text();
      if (Set.of("``", "“").contains(w) || w.equals("\"") && !quotedWords) {
        quotedWords = true;
      } else if (Set.of("''", "”", "\"").contains(w)) {
        quotedWords = false;
      }
      if (v == 0 || quotedWords || !Tokens.finite(toks.get(v))) {
        continue; // the verbs of quoted words are not the sentence's
      }
      return subjectOf(toks, v);
    }
    return null;
  }

  /** The noun phrase right before verb {@code v}, past auxiliaries and adverbs, or null. */
  private static Span subjectOf(List<Token> toks, int v) {
    int e = v - 1;
    while (e >= 0
        && (Tokens.AUX.contains(toks.get(e).text().toLowerCase(Locale.ROOT))
            || toks.get(e).pos().equals("RB"))) {
      e--;
    }
    e =
        NounPhrases.beforeAside(
            toks, e); // "Mr. Trump, in an interview on Friday, barely dwelled on …"
    int b = NounPhrases.npStart(toks, e);
    return b <= e ? Tokens.between(toks, b, e) : null;
  }

  /**
   * The subject of the last finite verb before {@code limit} that has a noun phrase right before it
   * ("the Hamas chief met … and discussed" gives the chief), or null.
   */
  private static Span subjectOfLastVerb(List<Token> toks, int limit) {
    for (int v = limit - 1; v >= 1; v--) {
      Span subject = Tokens.finite(toks.get(v)) ? subjectOf(toks, v) : null;
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /**
   * When the noun phrase before a cue ends a restrictive relative clause ("voters who backed
   * Sanders said", "groups that have endorsed him say"), the last token of the noun the clause
   * hangs on; else -1. {@code before} is the token before that noun phrase.
   */
  private static int relativeOwner(List<Token> toks, int before) {
    boolean verb = false;
    for (int r = before; r >= 1 && before - r <= 10; r--) {
      Token t = toks.get(r);
      if (!Character.isLetterOrDigit(t.text().charAt(0))
          || t.pos().equals("CC")
          || t.pos().equals("IN") && CLAUSE_LINKS.contains(Tokens.lemma(t))) {
        return -1; // a comma, a quotation mark, "and", "than", "that" … end the search
      }
      verb |= t.pos().startsWith("VB") || t.pos().equals("MD");
      if (Set.of("WDT", "WP").contains(t.pos()) && RELATIVES.contains(Tokens.lemma(t))) {
        return verb && Set.of("NN", "NNS", "NNP", "NNPS").contains(toks.get(r - 1).pos())
            ? r - 1
            : -1;
      }
    }
    return -1;
  }

  /** The speaker of the last attribution found in sentence {@code s}, or null. */
  private static Span sentenceSpeaker(List<Quote> earlier, Sentence s) {
    Quote last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    // (a possessor is no subject: "compared X to the governor's plan on schools and says …")
    return last != null
            && last.sentence() == s.index()
            && !last.rule().equals(PossessedViews.POSSESSED_VIEW)
        ? last.speaker()
        : null;
  }
}
