package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.ResolvedMention;
import org.annals.model.Dependency;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * A country's or an organisation's agents named by a common noun ("Afghan rebel leaders", "the
 * Israeli army", "Hezbollah guerrillas"), coded by the knowledge base's agent sectors. Thread-safe
 * when the knowledge base is; a null knowledge base knows no agents.
 */
final class CountryAgents {
  private final KnowledgeBase kb;

  CountryAgents(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The agent sector of a common-noun phrase head ("rebel leaders" REB, "army" MIL, "officials"
   * GOV) from the knowledge base's agent terms: the head with its noun modifiers, then each
   * modifier, then the head alone. Null for names and pronouns.
   */
  String sector(ParsedArticle d, int token) {
    Token t = d.tokens().get(token);
    if (kb == null
        || !t.pos().startsWith("NN")
        || t.pos().startsWith("NNP") && !capitalisedFirst(d, t)) {
      return null;
    }
    List<Token> compounds = new ArrayList<>();
    for (int c : d.graph().children(token, "compound")) {
      compounds.add(d.tokens().get(c));
    }
    if (!compounds.isEmpty()) {
      StringBuilder phrase = new StringBuilder();
      compounds.forEach(c -> phrase.append(c.text()).append(' '));
      String s = kb.agentSector(phrase + t.text());
      if (s != null) {
        return s;
      }
      for (Token c : compounds) {
        if (!c.pos().startsWith("NNP") && (s = kb.agentSector(c.text())) != null) {
          return s;
        }
      }
    }
    return kb.agentSector(t.text());
  }

  /**
   * A common noun the tagger took for a name because it opens the sentence ("Bandits kidnapped
   * twelve villagers", which NER calls MISC): first of its sentence, no named entity, and not
   * written in capitals inside.
   */
  private static boolean capitalisedFirst(ParsedArticle d, Token t) {
    boolean first = t.index() == 0 || d.tokens().get(t.index() - 1).sentence() != t.sentence();
    return first
        && ("O".equals(t.ner()) || "MISC".equals(t.ner()))
        && t.text().substring(1).equals(t.text().substring(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** An agent participant: its country from the phrase's country adjective or name, if any. */
  Event.Participant participant(
      ParsedArticle d, int head, String sector, List<ResolvedMention> inPhrase) {
    int start = head;
    int end = NounPhrases.phraseEnd(d, head);
    for (Dependency c : d.graph().children(head)) {
      if (NounPhrases.inPhrase(d, c) && c.dependent() < start) {
        start = c.dependent();
      }
    }
    Span span = new Span(d.tokens().get(start).span().start(), d.tokens().get(end).span().end());
    String text = span.of(d.text());
    for (ResolvedMention m : inPhrase) {
      Actor a = d.actors().actor(m.actorId()).orElse(null);
      if (a != null && (a.kind() == ActorKind.ORGANIZATION || a.kind() == ActorKind.GROUP)) {
        // "Hezbollah guerrillas": the organisation's own agents
        return new Event.Participant(a.id(), a.name(), span, text, a.country(), sector);
      }
    }
    for (ResolvedMention m : inPhrase) {
      Actor a = d.actors().actor(m.actorId()).orElse(null);
      if (a != null && a.country() != null) {
        Actor country = kb.byId(a.country()).orElse(a);
        return new Event.Participant(country.id(), country.name(), span, text, a.country(), sector);
      }
    }
    return new Event.Participant(null, null, span, text, null, sector);
  }
}
