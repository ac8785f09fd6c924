package org.annals.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.ResolvedMention;
import org.annals.model.Annotations;
import org.annals.model.ArticleMetadata;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Codes events from trigger words and dependency parses: the trigger's subject is the source and
 * its object or prepositional phrase the target (reversed for a passive with a "by" phrase); a noun
 * trigger ("a phone call with X") takes its source from its possessor or from the subject of the
 * verb it hangs on. Conjuncts give one event each. Pronoun subjects take the speaker of the
 * attribution they stand in, else the nearest person before them. Thread-safe.
 */
public final class EventCoder {

  private final TriggerLexicon lexicon;
  private final Participants participants;
  private final PlaceSelection places;

  public EventCoder(TriggerLexicon lexicon, KnowledgeBase kb) {
    this.lexicon = lexicon;
    this.participants = new Participants(kb);
    this.places = new PlaceSelection(kb);
  }

  /** The events of one article, in text order. */
  public List<Event> code(
      String text, ArticleMetadata meta, Annotations a, ArticleActors actors, List<Quote> quotes) {
    ParsedArticle d = ParsedArticle.of(text, meta, a, actors, quotes);
    DependencyGraph g = d.graph();
    ResolvedMention[] mentionAt = d.mentionAt();
    List<Event> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!g.parsed(s.firstToken())) {
        continue;
      }
      Map<Integer, List<Event>> byHead = new LinkedHashMap<>();
      for (TriggerLexicon.Match m : distinct(lexicon.find(a.tokens(s)))) {
        if (mentionAt[m.head()] != null || insideName(a, m.head())) {
          continue; // "Islamic Revolution", a name, is not a trigger
        }
        byHead.put(m.head(), code(d, s, m));
      }
      for (Event demand : demands(d, s)) {
        byHead.computeIfAbsent(-1 - byHead.size(), k -> new ArrayList<>()).add(demand);
      }
      // "threatened to impose a curfew", "agreed to withdraw": the announced act, coded as the
      // threat or intent it is, stands for its announcing verb when both name the same kind
      Set<Integer> announcing = new HashSet<>();
      byHead.forEach(
          (child, events) -> {
            for (Dependency p : g.parents(child)) {
              List<Event> parent = byHead.get(p.governor());
              if (p.relation().equals("xcomp")
                  && parent != null
                  && !parent.isEmpty()
                  && !events.isEmpty()
                  && parent.get(0).cameo().startsWith(events.get(0).cameo().substring(0, 2))) {
                announcing.add(p.governor());
              }
            }
          });
      List<Event> sentenceEvents = new ArrayList<>();
      byHead.forEach(
          (h, events) -> {
            if (!announcing.contains(h)) {
              sentenceEvents.addAll(events);
            }
          });
      out.addAll(dropEchoes(sentenceEvents));
    }
    return out;
  }

  private static final Set<String> DEMANDING_AUX = Set.of("must", "should");

  /**
   * "Russia said that Sudan must return the helicopter": whoever says another must act demands it
   * of them (CAMEO 100), whatever the act.
   */
  private List<Event> demands(ParsedArticle d, Sentence s) {
    List<Event> out = new ArrayList<>();
    for (Token t : d.tokens(s)) {
      if (!DEMANDING_AUX.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency aux : d.graph().parents(t.index())) {
        int verb = aux.governor();
        if (!aux.relation().equals("aux") || verb < 0) {
          continue;
        }
        for (Dependency up : d.graph().parents(verb)) {
          int say = up.governor();
          if (!up.relation().equals("ccomp")
              || say < 0
              || !QuoteExtractor.CUES.contains(d.tokens().get(say).lemma().toLowerCase(Locale.ROOT))
                  && !d.tokens().get(say).lemma().equalsIgnoreCase("conclude")) {
            continue;
          }
          List<Event.Participant> sources =
              participants.resolve(d, Clauses.subjects(d, say), Set.of());
          List<Event.Participant> targets =
              participants.resolve(
                  d, d.graph().children(verb, "nsubj"), Participants.actorIds(sources));
          if (sources.isEmpty() || targets.isEmpty()) {
            continue;
          }
          Span trigger = new Span(t.span().start(), d.tokens().get(verb).span().end());
          DateChoice date = DateChoice.of(d, s, say, say);
          List<String> reportedBy = ReportingChain.of(d, trigger, s.index());
          for (Event.Participant src : sources) {
            for (Event.Participant tgt : targets) {
              out.add(
                  new Event(
                      s.index(),
                      trigger,
                      s.span(),
                      "100",
                      "rule:must-clause",
                      src,
                      tgt,
                      date.date(),
                      date.text(),
                      date.precision(),
                      date.basis(),
                      null,
                      reportedBy,
                      "asserted"));
            }
          }
        }
      }
    }
    return out;
  }

  /** Matches that share no token; the longer pattern wins. */
  private static List<TriggerLexicon.Match> distinct(List<TriggerLexicon.Match> found) {
    List<TriggerLexicon.Match> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((TriggerLexicon.Match m) -> -m.tokens().size()));
    Set<Integer> used = new HashSet<>();
    List<TriggerLexicon.Match> kept = new ArrayList<>();
    for (TriggerLexicon.Match m : sorted) {
      if (m.tokens().stream().noneMatch(used::contains)) {
        used.addAll(m.tokens());
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(TriggerLexicon.Match::head));
    return kept;
  }

  /**
   * "Raisi discussed the developments in phone calls with X": the target-less "discussed" repeats
   * the call; an event with no target is dropped when one of the same kind (CAMEO root) and source
   * in its sentence has one.
   */
  private static List<Event> dropEchoes(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.target() == null && e.source() != null) {
        boolean echo =
            events.stream()
                .anyMatch(
                    o ->
                        o != e
                            && o.target() != null
                            && o.source() != null
                            && Objects.equals(o.source().actor(), e.source().actor())
                            && o.cameo().startsWith(e.cameo().substring(0, 2)));
        if (echo) {
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  private List<Event> code(ParsedArticle d, Sentence s, TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    DependencyGraph g = d.graph();
    int head = m.head();
    List<Integer> sourceTokens = new ArrayList<>();
    List<Integer> targetTokens = new ArrayList<>();
    boolean passive = false;
    int eventVerb = head; // the verb whose tense, negation and dates are the event's
    if (e.noun()) {
      eventVerb = -1;
      // "a message that Pezeshkian had sent him": the relative clause says who and to whom
      for (Dependency c : g.children(head)) {
        int v = c.dependent();
        if (c.relation().startsWith("acl")
            && d.tokens().get(v).pos().startsWith("VB")
            && (g.children(v, "obj").contains(head)
                || g.children(v, "nsubj:pass").contains(head))) {
          eventVerb = v;
          sourceTokens.addAll(Clauses.subjects(d, v));
          targetTokens.addAll(g.children(v, "iobj"));
          targetTokens.addAll(g.children(v, "obl:to"));
          for (int o : g.children(v, "obj")) {
            if (o != head) {
              targetTokens.add(o);
            }
          }
        }
      }
      int carrier = carrierVerb(d, head);
      for (int poss : g.children(head, "nmod:poss")) {
        // "fundamentalists continued their hunger strike": "their" is the carrier's subject
        boolean pronoun = d.tokens().get(poss).pos().startsWith("PRP");
        if (sourceTokens.isEmpty() && !(pronoun && carrier >= 0)) {
          sourceTokens.add(poss);
        }
      }
      if (sourceTokens.isEmpty()) {
        // "an Israeli airstrike", "a US drone strike": the modifier naming an actor is the agent
        for (Dependency c : g.children(head)) {
          if ((c.relation().equals("amod") || c.relation().equals("compound"))
              && d.mentionAt()[c.dependent()] != null) {
            sourceTokens.add(c.dependent());
          }
        }
      }
      if (eventVerb < 0) {
        eventVerb = carrier;
      }
      if (sourceTokens.isEmpty() && carrier >= 0) {
        sourceTokens.addAll(Clauses.subjects(d, carrier));
      }
      if (targetTokens.isEmpty()) {
        targetTokens.addAll(targets(d, e, m.tokens(), "nmod"));
      }
      if (targetTokens.isEmpty() && carrier >= 0) {
        targetTokens.addAll(targets(d, e, List.of(carrier), "obl"));
        // "told Haniyeh during a phone conversation": whom the carrying verb addresses
        targetTokens.addAll(g.children(carrier, "iobj"));
        if (targetTokens.isEmpty()) {
          for (int o : g.children(carrier, "obj")) {
            if (o != head && d.mentionAt()[o] != null) {
              targetTokens.add(o);
            }
          }
        }
      }
    } else if (Clauses.isPassive(g, head)) {
      passive = true;
      targetTokens.addAll(g.children(head, "nsubj:pass"));
      sourceTokens.addAll(g.children(head, "obl:agent"));
      if (sourceTokens.isEmpty()) {
        sourceTokens.addAll(g.children(head, "obl:by"));
      }
    } else {
      sourceTokens.addAll(Clauses.subjects(d, head));
      targetTokens.addAll(targets(d, e, m.tokens(), "obl"));
    }
    if (targetTokens.isEmpty()) {
      targetTokens.addAll(surfaceTarget(d, e, m.tokens()));
    }
    List<Event.Participant> sources = participants.resolve(d, sourceTokens, Set.of());
    // "Pezeshkian had sent him": an object pronoun is not its own clause's subject
    List<Event.Participant> targets =
        participants.resolve(d, targetTokens, Participants.actorIds(sources));
    Event.Place place = places.of(d, e, head, targets);
    if (sources.isEmpty() && (targets.isEmpty() || !passive && !CameoKinds.material(e))) {
      return List.of(); // "to support the Palestinian people": no one is said to act
    }
    if (targets.isEmpty() && sources.size() == 2 && CameoKinds.symmetric(e.cameo())) {
      // "Kovacs and Petrovic met": a meeting of two is one event between them
      targets = List.of(sources.get(1));
      sources = List.of(sources.get(0));
    }
    List<Event.Participant> ss = sources.isEmpty() ? nullList() : sources;
    List<Event.Participant> ts = targets.isEmpty() ? nullList() : targets;
    Span trigger = span(d.annotations(), m.tokens());
    DateChoice date = DateChoice.of(d, s, head, eventVerb);
    List<String> reportedBy = ReportingChain.of(d, trigger, s.index());
    String cameo = CameoKinds.bySource(e.cameo(), sources);
    StatedIntent.Coded coded = StatedIntent.apply(cameo, Modality.of(d, head, eventVerb));
    String rule = coded.how() == null ? e.line() : e.line() + " (" + coded.how() + ")";
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
                coded.modality()));
      }
    }
    return out;
  }

  private static final Set<String> CARRYING =
      Set.of(
          "obj",
          "obl:in",
          "obl:during",
          "obl:over",
          "obl:via",
          "obl:through",
          "obl:at",
          "obl:on",
          "obl:by",
          "nsubj:pass");

  /**
   * The verb that carries a noun trigger's event: "conducted phone calls", "in a letter …, he
   * continued", "during a phone call". Not "referred to a message" or "the message was …".
   */
  private static int carrierVerb(ParsedArticle d, int noun) {
    for (Dependency p : d.graph().parents(noun)) {
      if (p.governor() >= 0
          && CARRYING.contains(p.relation())
          && d.tokens().get(p.governor()).pos().startsWith("VB")
          && (!p.relation().equals("obj")
              || LIGHT_VERBS.contains(
                  d.tokens().get(p.governor()).lemma().toLowerCase(Locale.ROOT)))) {
        return p.governor();
      }
    }
    return -1;
  }

  /**
   * Verbs that only carry their object's event ("held talks", "launched an attack"), unlike
   * "condemned an attack", whose subject did not attack.
   */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "conduct",
          "make",
          "have",
          "launch",
          "carry",
          "mount",
          "stage",
          "begin",
          "continue",
          "start",
          "give",
          "send",
          "pay",
          "sign",
          "deliver",
          "complete",
          "undertake",
          "exchange",
          "lodge",
          "issue",
          "open",
          "resume",
          "convene",
          "host",
          "initiate",
          "wage",
          "announce",
          "impose",
          "declare",
          "order");

  /**
   * When the parse hangs "with Haniyeh" elsewhere ("spoke on Monday with Haniyeh, …, media
   * reported" goes to "reported"): the phrase the target preposition introduces right after the
   * trigger.
   */
  private static List<Integer> surfaceTarget(
      ParsedArticle d, TriggerLexicon.Entry e, List<Integer> trig) {
    int last = trig.get(trig.size() - 1);
    List<Token> toks = d.tokens();
    int sentence = toks.get(last).sentence();
    for (int k = last + 1; k < Math.min(toks.size(), last + 7); k++) {
      Token t = toks.get(k);
      if (t.sentence() != sentence || t.pos().startsWith("VB") || t.text().equals(".")) {
        break;
      }
      if (e.targets().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        for (Dependency p : d.graph().parents(k)) {
          if (p.relation().equals("case") && p.governor() > k) {
            return List.of(p.governor());
          }
        }
      }
    }
    return List.of();
  }

  private static List<Event.Participant> nullList() {
    List<Event.Participant> l = new ArrayList<>();
    l.add(null);
    return l;
  }

  /** Target tokens by the entry's slots, in its order of preference; prepositional ones as kind. */
  private static List<Integer> targets(
      ParsedArticle d, TriggerLexicon.Entry e, List<Integer> heads, String prepKind) {
    for (String slot : e.targets()) {
      List<Integer> found = new ArrayList<>();
      for (int h : heads) {
        if (slot.equals("obj") || slot.equals("iobj")) {
          found.addAll(d.graph().children(h, slot));
          if (slot.equals("obj") && found.isEmpty()) {
            found.addAll(d.graph().children(h, "iobj")); // the parser's reading of "praised X Y"
          }
        } else {
          found.addAll(d.graph().children(h, "obl:" + slot));
          found.addAll(d.graph().children(h, "nmod:" + slot));
          if (!prepKind.equals("obl")) {
            found.addAll(d.graph().children(h, "obl:" + slot));
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static Span span(Annotations a, List<Integer> tokens) {
    int start = a.tokens().get(tokens.get(0)).span().start();
    int end = a.tokens().get(tokens.get(tokens.size() - 1)).span().end();
    return new Span(start, end);
  }

  private static boolean insideName(Annotations a, int token) {
    Span s = a.tokens().get(token).span();
    for (var m : a.mentions()) {
      if (m.span().contains(s)
          && (m.type().equals("ORGANIZATION") || m.type().equals("MISC"))
          && m.endToken() - m.firstToken() > 1) {
        return true;
      }
    }
    return false;
  }
}
