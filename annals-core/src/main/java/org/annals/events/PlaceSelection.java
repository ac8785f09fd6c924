package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.ResolvedMention;

/**
 * Where an event happened: for a visit, the place or capital it went to; else a place in a phrase
 * on the trigger ("in Tehran", "at the UN"); else, for a consultation, the article's dateline.
 * Thread-safe when the knowledge base is; a null knowledge base gives datelines no country.
 */
final class PlaceSelection {
  private final KnowledgeBase kb;

  PlaceSelection(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The place of the event a trigger codes, given its resolved targets; null when none is said. */
  Event.Place of(
      ParsedArticle d, TriggerLexicon.Entry e, int head, List<Event.Participant> targets) {
    Event.Place place = null;
    if (e.cameo().startsWith("042")) {
      // "visited Tehran", "arrived in Tehran": the place is where, its country whom
      for (int i = 0; i < targets.size(); i++) {
        Event.Participant t = targets.get(i);
        Actor actor = t.actor() == null ? null : d.actors().actor(t.actor()).orElse(null);
        if (actor != null
            && (actor.kind() == ActorKind.LOCATION || isCapitalMention(t))
            && place == null) {
          place = new Event.Place(t.text(), t.country(), t.span(), "text");
        }
      }
    }
    if (place == null) {
      place = attached(d, e, head);
    }
    return place;
  }

  /** "in Tehran", "at the UN": a place attached to the trigger; else the dateline for a meeting. */
  private Event.Place attached(ParsedArticle d, TriggerLexicon.Entry e, int head) {
    List<Integer> heads = new ArrayList<>(List.of(head));
    if (e.noun()) {
      int v = Clauses.governingVerb(d, head);
      if (v >= 0) {
        heads.add(v);
      }
    }
    for (int h : heads) {
      for (String prep : List.of("in", "at")) {
        for (String kind : List.of("obl:", "nmod:")) {
          for (int t : d.graph().children(h, kind + prep)) {
            ResolvedMention m = d.mentionAt()[t];
            if (m == null) {
              List<ResolvedMention> inside =
                  NounPhrases.nearest(
                      NounPhrases.search(d, t).stream().filter(f -> !f.adjective()));
              m = inside.isEmpty() ? null : inside.get(0);
            }
            Actor actor = m == null ? null : d.actors().actor(m.actorId()).orElse(null);
            if (actor != null
                && (actor.kind() == ActorKind.LOCATION || actor.kind() == ActorKind.COUNTRY)) {
              return new Event.Place(m.text(), actor.country(), m.span(), "text");
            }
          }
        }
      }
    }
    String dateline = d.meta() == null ? null : d.meta().dateline();
    if (dateline != null && e.cameo().startsWith("04")) {
      String country = kb == null ? null : kb.countryOfCapital(dateline);
      if (country == null && kb != null) {
        country =
            kb.lookup(dateline).stream()
                .map(Actor::country)
                .filter(c -> c != null)
                .findFirst()
                .orElse(null);
      }
      return new Event.Place(dateline, country, null, "dateline");
    }
    return null;
  }

  private boolean isCapitalMention(Event.Participant t) {
    return kb != null && kb.countryOfCapital(t.text()) != null;
  }
}
