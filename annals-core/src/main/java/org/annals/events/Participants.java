package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.actors.Actor;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.ResolvedMention;

/**
 * Resolves argument tokens to event participants: the actors their phrases name, a quantity
 * ("thousands of Kurds") seen through, common-noun agents coded by sector. Thread-safe when the
 * knowledge base is.
 */
final class Participants {
  private final CountryAgents agents;

  Participants(KnowledgeBase kb) {
    this.agents = new CountryAgents(kb);
  }

  /** The actors argument tokens stand for: their mentions, or the mentions their phrase holds. */
  List<Event.Participant> resolve(ParsedArticle d, List<Integer> tokens, Set<String> notThese) {
    Map<String, Event.Participant> out = new LinkedHashMap<>();
    for (int token : new LinkedHashSet<>(tokens)) {
      int t = throughQuantity(d, token);
      String agentSector = agents.sector(d, t);
      if (agentSector != null && t == token && uncounted(d, t)) {
        // "people had complained": nobody in particular, as before people were agents; "the
        // Palestinian people" still stands for the actors its phrase names
        agentSector = null;
      }
      List<ResolvedMention> found = NounPhrases.phraseMentions(d, t, notThese);
      if (agentSector != null && found.stream().allMatch(m -> !d.isPerson(m.actorId()))) {
        // "Afghan rebel leaders", "the Israeli army": a country's agents, coded by sector
        Event.Participant p = agents.participant(d, t, agentSector, found);
        out.putIfAbsent(p.actor() != null ? p.actor() + "/" + agentSector : p.text(), p);
        continue;
      }
      for (ResolvedMention m : found) {
        Actor actor = d.actors().actor(m.actorId()).orElse(null);
        if (actor == null) {
          continue;
        }
        out.putIfAbsent(
            actor.id(),
            new Event.Participant(
                actor.id(),
                actor.name(),
                m.span(),
                m.text(),
                actor.country(),
                actor.sectors().isEmpty() ? null : actor.sectors().get(0)));
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The actors among participants: an object pronoun does not stand for them ("Pezeshkian had sent
   * him").
   */
  static Set<String> actorIds(List<Event.Participant> participants) {
    Set<String> ids = new HashSet<>();
    participants.forEach(p -> ids.add(p.actor()));
    return ids;
  }

  /**
   * Nouns for people in general that are a participant only when counted ("12 people were killed",
   * "thousands of people"), not when they mean anyone ("people had complained").
   */
  private static final Set<String> COUNTED_ONLY =
      Set.of(
          "people",
          "person",
          "persons",
          "children",
          "child",
          "women",
          "woman",
          "passengers",
          "passenger",
          "pedestrians",
          "bystanders",
          "worshippers",
          "shoppers",
          "pilgrims",
          "tourists");

  private static boolean uncounted(ParsedArticle d, int token) {
    String w = d.tokens().get(token).text().toLowerCase(Locale.ROOT);
    return COUNTED_ONLY.contains(w) && d.graph().children(token, "nummod").isEmpty();
  }

  private static final Set<String> QUANTITY_HEADS =
      Set.of(
          "thousand",
          "thousands",
          "hundred",
          "hundreds",
          "dozen",
          "dozens",
          "million",
          "millions",
          "group",
          "crowd",
          "number",
          "some",
          "scores",
          "score",
          "handful",
          "batch",
          "patch",
          "contingent",
          "delegation",
          "team",
          "members",
          "member",
          "most",
          "many",
          "majority",
          "several",
          "tens");

  /**
   * "Thousands of Iraqi Kurds", "a group of Yoruba leaders": a quantity is transparent; the phrase
   * it counts is the participant.
   */
  private static int throughQuantity(ParsedArticle d, int token) {
    String w = d.tokens().get(token).text().toLowerCase(Locale.ROOT);
    if (!QUANTITY_HEADS.contains(w) && !d.tokens().get(token).pos().equals("CD")) {
      return token;
    }
    List<Integer> of = d.graph().children(token, "nmod:of");
    return of.isEmpty() ? token : of.get(0);
  }
}
