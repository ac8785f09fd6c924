package org.annals.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
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
  private static final Set<String> BOUNDARY =
      Set.of(
          "acl",
          "acl:relcl",
          "advcl",
          "ccomp",
          "xcomp",
          "parataxis",
          "punct",
          "cc",
          "dep",
          "mark",
          "case",
          "det",
          "ref",
          "nsubj",
          "csubj",
          "obl",
          "appos:relcl",
          "discourse",
          "vocative");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");

  /** Pronouns for a country, an organisation or a group: "Syria says it is willing to …". */
  private static final Set<String> COLLECTIVE_PRONOUNS =
      Set.of("it", "its", "they", "them", "their");

  private final TriggerLexicon lexicon;
  private final KnowledgeBase kb;

  public EventCoder(TriggerLexicon lexicon, KnowledgeBase kb) {
    this.lexicon = lexicon;
    this.kb = kb;
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
          List<Event.Participant> sources = participants(d, subjects(d, say), Set.of());
          List<Event.Participant> targets =
              participants(d, d.graph().children(verb, "nsubj"), actorIds(sources));
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

  /**
   * The actors among participants: an object pronoun does not stand for them ("Pezeshkian had sent
   * him").
   */
  private static Set<String> actorIds(List<Event.Participant> participants) {
    Set<String> ids = new HashSet<>();
    participants.forEach(p -> ids.add(p.actor()));
    return ids;
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
          sourceTokens.addAll(subjects(d, v));
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
        sourceTokens.addAll(subjects(d, carrier));
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
    } else if (isPassive(g, head)) {
      passive = true;
      targetTokens.addAll(g.children(head, "nsubj:pass"));
      sourceTokens.addAll(g.children(head, "obl:agent"));
      if (sourceTokens.isEmpty()) {
        sourceTokens.addAll(g.children(head, "obl:by"));
      }
    } else {
      sourceTokens.addAll(subjects(d, head));
      targetTokens.addAll(targets(d, e, m.tokens(), "obl"));
    }
    if (targetTokens.isEmpty()) {
      targetTokens.addAll(surfaceTarget(d, e, m.tokens()));
    }
    List<Event.Participant> sources = participants(d, sourceTokens, Set.of());
    // "Pezeshkian had sent him": an object pronoun is not its own clause's subject
    List<Event.Participant> targets = participants(d, targetTokens, actorIds(sources));
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
      place = location(d, e, head);
    }
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

  private boolean isCapitalMention(Event.Participant t) {
    return kb != null && kb.countryOfCapital(t.text()) != null;
  }

  private static boolean isPassive(DependencyGraph g, int head) {
    return !g.children(head, "nsubj:pass").isEmpty() || !g.children(head, "aux:pass").isEmpty();
  }

  /**
   * The subject of a verb: its own, else the subject of the clause it depends on ("Receiving X,
   * Khamenei said …": the participle's subject is Khamenei's).
   */
  private static List<Integer> subjects(ParsedArticle d, int verb) {
    DependencyGraph g = d.graph();
    int v = verb;
    for (int hop = 0; hop < 3 && v >= 0; hop++) {
      List<Integer> subj = new ArrayList<>(g.children(v, "nsubj"));
      subj.addAll(g.children(v, "nsubj:xsubj"));
      if (!subj.isEmpty()) {
        return subj;
      }
      int up = -1;
      for (Dependency p : g.parents(v)) {
        String r = p.relation();
        // "Receiving X, Khamenei said": an unmarked participle shares its clause's subject;
        // "accused
        // Y of blocking" (marked) does not
        boolean participle = r.startsWith("advcl") && !marked(d, v);
        if (p.governor() >= 0 && (participle || r.equals("xcomp") || r.startsWith("conj"))) {
          up = p.governor();
          break;
        }
      }
      v = up;
    }
    return List.of();
  }

  /**
   * Whether an adverbial clause is introduced by a word that gives it a subject of its own ("of
   * blocking", "after …"); "to investigate" (purpose) keeps the main clause's subject.
   */
  private static boolean marked(ParsedArticle d, int verb) {
    for (int m : d.graph().children(verb, "mark")) {
      if (!d.tokens().get(m).text().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return !d.graph().children(verb, "case").isEmpty();
  }

  /** The verb a noun hangs on, through at most three nominal links. */
  private static int governingVerb(ParsedArticle d, int noun) {
    int n = noun;
    for (int hop = 0; hop < 3; hop++) {
      int up = -1;
      for (Dependency p : d.graph().parents(n)) {
        if (p.governor() >= 0 && !p.relation().startsWith("conj")) {
          up = p.governor();
          break;
        }
      }
      if (up < 0) {
        return -1;
      }
      if (d.tokens().get(up).pos().startsWith("VB")) {
        return up;
      }
      n = up;
    }
    return -1;
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

  /** The actors argument tokens stand for: their mentions, or the mentions their phrase holds. */
  private List<Event.Participant> participants(
      ParsedArticle d, List<Integer> tokens, Set<String> notThese) {
    Map<String, Event.Participant> out = new LinkedHashMap<>();
    for (int token : new LinkedHashSet<>(tokens)) {
      int t = throughQuantity(d, token);
      String agentSector = agentSector(d, t);
      List<ResolvedMention> found = phraseMentions(d, t, notThese);
      if (agentSector != null && found.stream().allMatch(m -> !d.isPerson(m.actorId()))) {
        // "Afghan rebel leaders", "the Israeli army": a country's agents, coded by sector
        Event.Participant p = agent(d, t, agentSector, found);
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
          "member");

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

  /**
   * The agent sector of a common-noun phrase head ("rebel leaders" REB, "army" MIL, "officials"
   * GOV) from the knowledge base's agent terms: the head with its noun modifiers, then each
   * modifier, then the head alone. Null for names and pronouns.
   */
  private String agentSector(ParsedArticle d, int token) {
    Token t = d.tokens().get(token);
    if (kb == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) {
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

  /** An agent participant: its country from the phrase's country adjective or name, if any. */
  private Event.Participant agent(
      ParsedArticle d, int head, String sector, List<ResolvedMention> inPhrase) {
    int start = head;
    int end = phraseEnd(d, head);
    for (Dependency c : d.graph().children(head)) {
      if (inPhrase(d, c) && c.dependent() < start) {
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

  private List<ResolvedMention> phraseMentions(ParsedArticle d, int token, Set<String> notThese) {
    Token t = d.tokens().get(token);
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      ResolvedMention r = antecedent(d, t, notThese);
      return r == null ? List.of() : List.of(r);
    }
    if (COLLECTIVE_PRONOUNS.contains(lower)) {
      ResolvedMention r = collectiveAntecedent(d, t, notThese);
      return r == null ? List.of() : List.of(r);
    }
    if (d.mentionAt()[token] != null && !isAdjective(d, token)) {
      return List.of(d.mentionAt()[token]);
    }
    List<Found> found = search(d, token);
    List<ResolvedMention> persons =
        nearest(found.stream().filter(f -> !f.adjective && d.isPerson(f.mention.actorId())));
    if (!persons.isEmpty()) {
      return persons;
    }
    List<ResolvedMention> names = nearest(found.stream().filter(f -> !f.adjective));
    if (!names.isEmpty()) {
      return names;
    }
    List<ResolvedMention> appositive = appositive(d, phraseEnd(d, token));
    if (!appositive.isEmpty()) {
      return appositive;
    }
    // "the Israeli army", "the Palestinian people": an adjective of the head itself; one deeper
    // in the phrase ("an attack near the Somali border") says nothing of who
    return nearest(found.stream().filter(f -> f.depth() <= 1));
  }

  /**
   * A mention inside a phrase, how far from its head, and whether it only modifies the head (an
   * adjective, "Iranian"; or a possessor, "Iran's proxy the Houthis").
   */
  private record Found(ResolvedMention mention, int depth, boolean adjective, boolean possessor) {}

  private static List<ResolvedMention> nearest(java.util.stream.Stream<Found> found) {
    List<Found> all = found.toList();
    if (all.stream().anyMatch(f -> !f.possessor)) {
      all = all.stream().filter(f -> !f.possessor).toList();
    }
    int min = all.stream().mapToInt(Found::depth).min().orElse(Integer.MAX_VALUE);
    List<ResolvedMention> out = new ArrayList<>();
    for (Found f : all) {
      if (f.depth == min && !out.contains(f.mention)) {
        out.add(f.mention);
      }
    }
    return out;
  }

  private static boolean isAdjective(ParsedArticle d, int token) {
    return d.tokens().get(token).pos().startsWith("JJ");
  }

  /** Breadth-first through a noun phrase, up to three links from its head: its mentions. */
  private static List<Found> search(ParsedArticle d, int root) {
    List<Found> out = new ArrayList<>();
    Map<Integer, Boolean> viaAdjective = new HashMap<>();
    viaAdjective.put(root, isAdjective(d, root));
    if (d.mentionAt()[root] != null) {
      out.add(new Found(d.mentionAt()[root], 0, true, false));
    }
    List<Integer> level = List.of(root);
    for (int depth = 1; depth <= 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : level) {
        for (Dependency c : d.graph().children(n)) {
          if (!inPhrase(d, c) || viaAdjective.containsKey(c.dependent())) {
            continue;
          }
          boolean adjective =
              viaAdjective.get(n) || c.relation().equals("amod") || isAdjective(d, c.dependent());
          viaAdjective.put(c.dependent(), adjective);
          next.add(c.dependent());
          ResolvedMention m = d.mentionAt()[c.dependent()];
          if (m != null) {
            out.add(new Found(m, depth, adjective, c.relation().equals("nmod:poss")));
          }
        }
      }
      level = next;
    }
    return out;
  }

  /**
   * Whether an edge stays inside a noun phrase. The parser attaches a name after its title by a
   * bare "dep" ("the head of Hamas' political bureau Ismail Haniya"): that one stays in.
   */
  private static boolean inPhrase(ParsedArticle d, Dependency c) {
    if (c.relation().equals("dep")) {
      return d.tokens().get(c.dependent()).pos().startsWith("NNP");
    }
    return !BOUNDARY.contains(c.relation());
  }

  /** The last token of a phrase: its head's furthest dependent within the phrase. */
  private static int phraseEnd(ParsedArticle d, int head) {
    int end = head;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(head));
    Set<Integer> seen = new HashSet<>(List.of(head));
    while (!queue.isEmpty()) {
      int n = queue.poll();
      end = Math.max(end, n);
      for (Dependency c : d.graph().children(n)) {
        if (inPhrase(d, c) && seen.add(c.dependent())) {
          queue.add(c.dependent());
        }
      }
    }
    return end;
  }

  /**
   * "leaders, Ismail Haniyeh of Hamas and Ziad Nakhale of …": persons set off by a comma right
   * after a phrase that names no one, and the persons coordinated with them.
   */
  private static List<ResolvedMention> appositive(ParsedArticle d, int end) {
    List<Token> toks = d.tokens();
    int i = end + 1;
    if (i + 1 >= toks.size()
        || !toks.get(i).text().equals(",")
        || toks.get(i).sentence() != toks.get(end).sentence()) {
      return List.of();
    }
    ResolvedMention first = d.mentionAt()[i + 1];
    if (first == null || !d.isPerson(first.actorId())) {
      return List.of();
    }
    List<ResolvedMention> out = new ArrayList<>(List.of(first));
    int sentence = toks.get(end).sentence();
    for (int k = i + 2; k < toks.size() && toks.get(k).sentence() == sentence; k++) {
      Token t = toks.get(k);
      if (t.pos().startsWith("VB") || t.text().equals(";") || t.text().equals(".")) {
        break;
      }
      ResolvedMention m = d.mentionAt()[k];
      if (m != null
          && !out.contains(m)
          && toks.get(k - 1).text().equalsIgnoreCase("and")
          && d.isPerson(m.actorId())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A pronoun's person: the speaker of the attribution it is the subject of ("…, he continued"),
   * else the first person named earlier in its sentence, else the first person of the nearest
   * earlier sentence that names one (usually that sentence's subject).
   */
  private static ResolvedMention antecedent(ParsedArticle d, Token pronoun, Set<String> notThese) {
    for (Quote q : d.quotes()) {
      if (q.speaker() != null && q.speaker().contains(pronoun.span()) && q.speakerActor() != null) {
        for (ResolvedMention m : d.actors().mentions()) {
          if (m.actorId().equals(q.speakerActor()) && m.span().end() <= pronoun.span().start()) {
            return new ResolvedMention(
                pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:quote");
          }
        }
      }
    }
    for (int s = pronoun.sentence(); s >= Math.max(0, pronoun.sentence() - 3); s--) {
      for (ResolvedMention m : d.actors().mentions()) {
        if (m.sentence() == s
            && m.span().end() <= pronoun.span().start()
            && d.isPerson(m.actorId())
            && !notThese.contains(m.actorId())) {
          return new ResolvedMention(
              pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:nearest");
        }
      }
    }
    return null;
  }

  /**
   * "Syria says it will …", "the rebels said they …": the first country, organisation or group
   * named before the pronoun in its sentence (usually the subject), else in the sentence before.
   */
  private static ResolvedMention collectiveAntecedent(
      ParsedArticle d, Token pronoun, Set<String> notThese) {
    for (int s = pronoun.sentence(); s >= Math.max(0, pronoun.sentence() - 1); s--) {
      for (ResolvedMention m : d.actors().mentions()) {
        if (m.sentence() == s
            && m.span().end() <= pronoun.span().start()
            && !d.isPerson(m.actorId())
            && !notThese.contains(m.actorId())) {
          return new ResolvedMention(
              pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:group");
        }
      }
    }
    return null;
  }

  /** "in Tehran", "at the UN": a place attached to the trigger; else the dateline for a meeting. */
  private Event.Place location(ParsedArticle d, TriggerLexicon.Entry e, int head) {
    List<Integer> heads = new ArrayList<>(List.of(head));
    if (e.noun()) {
      int v = governingVerb(d, head);
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
                  nearest(search(d, t).stream().filter(f -> !f.adjective()));
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
