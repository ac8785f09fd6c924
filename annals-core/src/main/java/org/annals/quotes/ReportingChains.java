package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.ResolvedMention;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Reporting chains: words an outlet or a document only reports go to whoever said or wrote them,
 * the outlet kept as reporter; "according to" reports the attributions inside it; and of nested
 * attributions only the outermost stands.
 */
final class ReportingChains {
  /** A speaker that only reports others' words: an outlet, an agency, "media". */
  private static final Pattern OUTLET =
      Pattern.compile(
          "\\b(media|agency|news|press|television|tv|radio|newspaper|daily|outlet|wire|reported)\\b"
              + "|^(IRNA|AFP|Reuters|AP|Agence France-Presse|Associated Press)$",
          Pattern.CASE_INSENSITIVE);

  /** A speaker that is a document: "the letter", "his message". */
  static final Pattern DOCUMENT =
      Pattern.compile(
          "^(the|his|her|their|a)?\\s*(letter|message|statement|note|cable|text)$",
          Pattern.CASE_INSENSITIVE);

  /** Acts of speech a person's quoted words can belong to ("praised X “for …”"). */
  private static final Set<String> SPEECH_ACTS =
      Set.of(
          "praise",
          "thank",
          "congratulate",
          "criticize",
          "criticise",
          "condemn",
          "describe",
          "hail",
          "laud",
          "welcome",
          "accuse",
          "urge",
          "call",
          "warn",
          "tell",
          "say",
          "stress",
          "add",
          "write",
          "ask",
          "vow",
          "pledge",
          "promise");

  private static final Set<String> WRITING = Set.of("write", "send", "congratulate", "address");

  /**
   * Words an outlet only reports go to whoever said or wrote them, the outlet kept as reporter:
   * "Pezeshkian praised the Houthis “for …,” IRNA reported" (the person whose speech act the
   * quotation completes); "“…,” the letter read, according to AFP" (the letter's writer: the person
   * who wrote, sent or congratulated just before); "…,” Iranian media quoted the president as
   * saying" (the one quoted).
   */
  static List<Quote> handOver(
      String text, Annotations a, ArticleActors actors, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.cueLemma().equals("according to")) {
        // "“…,” the letter read, according to AFP": the inner attribution stands, AFP reports it
        // (so does a stance whose holder opens the words, "The two discussed …, according to a
        // statement"; a view held deeper inside them is no act to report: "mailings to voters
        // that oppose Bush, according to FEC filings" is the filings' claim)
        Quote inner = null;
        for (Quote o : quotes) {
          if (o != q
              && o.overlaps(q)
              && (Cues.SPEECH.contains(o.cueLemma())
                  || QuotedPassages.opens(text, q.content(), o.speaker()))) {
            inner = o;
          }
        }
        if (inner != null) {
          continue;
        }
      }
      out.add(q);
    }
    List<Quote> result = new ArrayList<>();
    for (Quote q : out) {
      Quote outer = null;
      for (Quote o : quotes) {
        if (o.cueLemma().equals("according to") && o != q && o.overlaps(q)) {
          outer = o;
        }
      }
      if (outer != null) {
        q = q.withReporter(outer.speaker());
      }
      if (q.reporter() == null && !q.cueLemma().equals("according to")) {
        Span agency = AccordingTo.sourceAfter(a, q);
        if (agency != null) {
          q = q.withReporter(agency);
        }
      }
      String speakerText = q.speaker() == null ? "" : q.speaker().of(text).strip();
      if (DOCUMENT.matcher(speakerText).matches()) {
        ResolvedMention writer = writer(text, a, actors, q.sentence());
        if (writer != null) {
          // the document itself stays named by the cue; the outlet (if any) is the reporter
          q =
              q.handedTo(writer.span(), writer.actorId(), q.cue(), q.cueLemma(), "writer")
                  .withReporter(q.reporter());
        }
      } else if (OUTLET.matcher(speakerText).find() && actors != null) {
        Quote handed = q.direct() ? speechAct(text, a, actors, q) : null;
        if (handed == null) {
          handed = personThenQuotation(text, a, actors, q);
        }
        if (handed != null) {
          q = handed;
        }
      }
      result.add(q);
    }
    return result;
  }

  /**
   * "Haniyeh “expressed gratitude …,” according to IRNA": the outlet's words begin with a person
   * and the quotation right after the name is that person's.
   */
  private static Quote personThenQuotation(
      String text, Annotations a, ArticleActors actors, Quote q) {
    ResolvedMention person = null;
    for (ResolvedMention m : actors.mentions()) {
      if (m.span().start() == q.content().start()
          && actors.actor(m.actorId()).map(x -> x.kind() == ActorKind.PERSON).orElse(false)) {
        person = m;
      }
    }
    if (person == null) {
      return null;
    }
    Span passage = null;
    for (Span p : QuotedPassages.of(text)) {
      if (p.start() >= person.span().end()
          && text.substring(person.span().end(), p.start()).isBlank()
          && p.end() <= q.content().end() + 1) {
        passage = p;
      }
    }
    if (passage == null) {
      return null;
    }
    Token verb = null;
    for (Token t : a.tokens(a.sentences().get(q.sentence()))) {
      if (passage.contains(t.span()) && t.pos().startsWith("VB")) {
        verb = t;
        break;
      }
    }
    if (verb == null) {
      return null;
    }
    return new Quote(
        q.sentence(),
        passage,
        verb.span(),
        Tokens.lemma(verb),
        person.span(),
        person.actorId(),
        null,
        null,
        true,
        q.rule() + "+person-then-quotation",
        q.speaker());
  }

  /** The person whose speech act, earlier in the sentence, the quotation completes. */
  private static Quote speechAct(String text, Annotations a, ArticleActors actors, Quote q) {
    Sentence s = a.sentences().get(q.sentence());
    Token act = null;
    for (Token t : a.tokens(s)) {
      if (t.span().start() >= q.content().start()) {
        break;
      }
      if (t.pos().startsWith("VB") && SPEECH_ACTS.contains(Tokens.lemma(t))) {
        act = t;
      }
    }
    if (act == null) {
      return null;
    }
    ResolvedMention person = null;
    for (ResolvedMention m : actors.mentions()) {
      if (m.sentence() == s.index()
          && m.span().end() <= act.span().start()
          && actors.actor(m.actorId()).map(x -> x.kind() == ActorKind.PERSON).orElse(false)) {
        person = m; // the nearest person before the act
      }
    }
    if (person == null) {
      return null;
    }
    return q.handedTo(person.span(), person.actorId(), act.span(), Tokens.lemma(act), "speech-act");
  }

  /**
   * The writer of "the letter": the person named just before a verb of writing, sending or
   * congratulating in this sentence or the two before it.
   */
  private static ResolvedMention writer(
      String text, Annotations a, ArticleActors actors, int sentence) {
    if (actors == null) {
      return null;
    }
    for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
      Token act = null;
      for (Token t : a.tokens(a.sentences().get(s))) {
        if (t.pos().startsWith("VB") && WRITING.contains(Tokens.lemma(t))) {
          act = t;
        }
      }
      if (act == null) {
        continue;
      }
      ResolvedMention person = null;
      for (ResolvedMention m : actors.mentions()) {
        if (m.sentence() == s
            && m.span().end() <= act.span().start()
            && actors.actor(m.actorId()).map(x -> x.kind() == ActorKind.PERSON).orElse(false)) {
          person = m;
        }
      }
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  /**
   * Only the outermost of nested attributions: in "X said Y wants Z", what Y wants is part of what
   * X said, and X is its only source ("according to" is a reporting chain, handled before; a
   * transcript's "CRANE: I think …" only labels the lines whose words attribute in turn, and what
   * an outlet states is its sources' words: "IRNA stated Raisi discussed …").
   */
  static List<Quote> outermost(String text, List<Quote> quotes) {
    List<Quote> holders = new ArrayList<>(); // what may hold other attributions in its words
    for (Quote o : quotes) {
      if (!o.cueLemma().equals("according to")
          && !o.rule().startsWith("quote:name-colon")
          && (o.speaker() == null || !OUTLET.matcher(o.speaker().of(text).strip()).find())
          && !o.content().contains(o.cue())) {
        holders.add(o);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (holders.stream().noneMatch(o -> o != q && o.content().contains(q.cue()))) {
        out.add(q);
      }
    }
    return out;
  }
}
