package org.annals.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.actors.ArticleActors;
import org.annals.actors.KnowledgeBase;
import org.annals.model.Annotations;
import org.annals.model.ArticleMetadata;
import org.annals.model.Sentence;
import org.annals.quotes.Quote;

/**
 * Codes events from trigger words and dependency parses: the trigger's subject is the source and
 * its object or prepositional phrase the target (reversed for a passive with a "by" phrase); a noun
 * trigger ("a phone call with X") takes its source from its possessor or from the subject of the
 * verb it hangs on. Conjuncts give one event each. Pronoun subjects take the speaker of the
 * attribution they stand in, else the nearest person before them. Thread-safe.
 *
 * <p>The work is split by concern: {@link TriggerMatcher} finds triggers, {@link ArgumentFinder}
 * their source and target tokens, {@link Participants} the actors those stand for; {@link
 * TriggerEvents} adds place, date, reporting chain and modality; {@link DemandRule} codes demands
 * no trigger names; {@link RedundantEvents} keeps one event per thing said.
 */
public final class EventCoder {
  private final TriggerMatcher triggers;
  private final TriggerEvents triggerEvents;
  private final DemandRule demands;
  private final DiscardPhrases discards;

  /**
   * A coder of the lexicon's triggers and of the verb patterns ({@link VerbPatternTriggers}) and
   * discard phrases ({@link DiscardPhrases}) the knowledge base carries.
   */
  public EventCoder(TriggerLexicon lexicon, KnowledgeBase kb) {
    this(lexicon, VerbPatternTriggers.of(kb).lexicon(), kb);
  }

  EventCoder(TriggerLexicon lexicon, TriggerLexicon verbPatterns, KnowledgeBase kb) {
    Participants participants = new Participants(kb);
    this.triggers = new TriggerMatcher(List.of(lexicon, verbPatterns));
    this.discards = new DiscardPhrases(kb.discards());
    this.triggerEvents = new TriggerEvents(participants, new PlaceSelection(kb));
    this.demands = new DemandRule(participants);
  }

  /** Whether a sentence holds a whole trigger pattern of some lexicon: worth parsing it. */
  boolean mayTrigger(List<org.annals.model.Token> sentence) {
    return triggers.mayTrigger(sentence);
  }

  /** The events of one article, in text order; none of a discarded sentence or story. */
  public List<Event> code(
      String text, ArticleMetadata meta, Annotations a, ArticleActors actors, List<Quote> quotes) {
    List<Event> out = new ArrayList<>();
    if (discards.discardsStory(text)) {
      return out;
    }
    ParsedArticle d = ParsedArticle.of(text, meta, a, actors, quotes);
    for (Sentence s : a.sentences()) {
      if (!d.graph().parsed(s.firstToken())
          || discards.discardsSentence(text.subSequence(s.span().start(), s.span().end()))) {
        continue;
      }
      Map<Integer, List<Event>> byHead = new LinkedHashMap<>();
      for (TriggerLexicon.Match m : triggers.find(d, s)) {
        byHead.put(m.head(), triggerEvents.code(d, s, m));
      }
      for (Event demand : demands.find(d, s)) {
        byHead.computeIfAbsent(-1 - byHead.size(), k -> new ArrayList<>()).add(demand);
      }
      out.addAll(RedundantEvents.of(byHead, d.graph()));
    }
    return out;
  }
}
