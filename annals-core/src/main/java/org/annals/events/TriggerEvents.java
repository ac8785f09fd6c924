package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;

/**
 * Codes the events one trigger match stands for: its arguments resolved to participants (one event
 * per source and target, none between an actor and itself), its place, date, reporting chain and
 * modality, and the CAMEO code those make of the entry's. Thread-safe.
 */
final class TriggerEvents {
  private final Participants participants;
  private final PlaceSelection places;

  TriggerEvents(Participants participants, PlaceSelection places) {
    this.participants = participants;
    this.places = places;
  }

  /** The events of one match in sentence {@code s}; none when no one is said to act. */
  List<Event> code(ParsedArticle d, Sentence s, TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    int head = m.head();
    Arguments args = ArgumentFinder.find(d, m);
    boolean passive = args.passive();
    int eventVerb = args.eventVerb();
    List<Event.Participant> sources = participants.resolve(d, args.sourceTokens(), Set.of());
    // "Pezeshkian had sent him": an object pronoun is not its own clause's subject
    List<Event.Participant> targets =
        participants.resolve(d, args.targetTokens(), Participants.actorIds(sources));
    if (e.cameo().startsWith("04") && !args.targetTokens().isEmpty()) {
      // a consultation is between actors: "meet the fiscal rules", "host a news conference" and
      // "visits to target seats" meet no one, and a town visited is a place, not a counterpart
      List<Event.Participant> counterparts =
          targets.stream().filter(TriggerEvents::isCounterpart).toList();
      if (counterparts.isEmpty()) {
        return List.of();
      }
      targets = counterparts;
    }
    Event.Place place = places.of(d, e, head, targets);
    // "protests in Kiev", "an attack in Kabul": an act placed in the text happened, whoever did it;
    // not "the genocide in Gaza", a word of accusation more often than a report (CAMEO 20), nor
    // "opened the forum in Brighton with an attack on Labour's record", aimed at a thing
    boolean placedAct =
        e.noun()
            && args.targetTokens().isEmpty()
            && !"DATE".equals(d.tokens().get(head).ner()) // "a conference in March"
            && CameoKinds.material(e)
            && !e.cameo().startsWith("20")
            && place != null
            && "text".equals(place.from());
    if (sources.isEmpty()
        && (targets.isEmpty() && !placedAct
            || !targets.isEmpty() && !passive && !CameoKinds.material(e))) {
      return List.of(); // "to support the Palestinian people": no one is said to act
    }
    if (targets.isEmpty() && sources.size() == 2 && CameoKinds.symmetric(e.cameo())) {
      // "Kovacs and Petrovic met": a meeting of two is one event between them
      targets = List.of(sources.get(1));
      sources = List.of(sources.get(0));
    }
    if (targets.isEmpty() && e.cameo().startsWith("04") && SPEECH.contains(e.headLemma())) {
      return List.of(); // "as he spoke", "articles they had written": speech with no one consulted
    }
    List<Event.Participant> ss = sources.isEmpty() ? nullList() : sources;
    List<Event.Participant> ts = targets.isEmpty() ? nullList() : targets;
    Span trigger = span(d.annotations(), m.tokens());
    DateChoice date = DateChoice.of(d, s, head, eventVerb);
    List<String> reportedBy = ReportingChain.of(d, trigger, s.index());
    String cameo = CameoKinds.bySource(e.cameo(), sources);
    String modality = Modality.of(d, head, eventVerb);
    if (e.noun() && SpokenOfEvents.spokenOf(d, head, modality)) {
      return List.of(); // "stop the killing of the defenseless people": wanted ended, not done
    }
    StatedIntent.Coded coded = StatedIntent.apply(cameo, modality);
    String rule = coded.how() == null ? e.line() : e.line() + " (" + coded.how() + ")";
    // the entry's PLOVER type holds for its own act, not for a threat or intent made of it
    String plover = coded.cameo().equals(e.cameo()) ? e.plover() : null;
    boolean allSelf = true;
    for (Event.Participant src : ss) {
      for (Event.Participant tgt : ts) {
        allSelf &=
            src != null && tgt != null && src.actor() != null && src.actor().equals(tgt.actor());
      }
    }
    if (allSelf) {
      ts = nullList(); // "rebels in the Ivory Coast blocked transport into Abidjan": no one else
    }
    List<Event> out = new ArrayList<>();
    for (Event.Participant src : ss) {
      for (Event.Participant tgt : ts) {
        if (src != null && tgt != null && src.actor() != null && src.actor().equals(tgt.actor())) {
          continue;
        }
        out.add(
            new Event(
                s.index(),
                trigger,
                s.span(),
                coded.cameo(),
                rule,
                src,
                tgt,
                date.date(),
                date.text(),
                date.precision(),
                date.basis(),
                place,
                reportedBy,
                coded.modality(),
                plover));
      }
    }
    return out;
  }

  /** Words of speaking or writing that are a consultation only with someone spoken to. */
  private static final Set<String> SPEECH =
      Set.of("speak", "talk", "write", "letter", "message", "discuss", "dialogue", "say", "tell");

  /** An actor other than a place the text discovered ("l:…"), or an agent with a sector. */
  private static boolean isCounterpart(Event.Participant p) {
    return p.actor() != null ? !p.actor().startsWith("l:") : p.sector() != null;
  }

  private static List<Event.Participant> nullList() {
    List<Event.Participant> l = new ArrayList<>();
    l.add(null);
    return l;
  }

  private static Span span(Annotations a, List<Integer> tokens) {
    int start = a.tokens().get(tokens.get(0)).span().start();
    int end = a.tokens().get(tokens.get(tokens.size() - 1)).span().end();
    return new Span(start, end);
  }
}
