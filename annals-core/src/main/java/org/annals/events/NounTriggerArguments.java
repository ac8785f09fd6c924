package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Dependency;

/**
 * Source and target of a noun trigger ("a phone call with X", "their hunger strike"): from a
 * relative clause on it, its possessor, an actor modifier, or the subject and objects of the verb
 * that carries it. Stateless.
 */
final class NounTriggerArguments {
  private NounTriggerArguments() {}

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
          "order",
          "organize",
          "organise",
          "lead",
          "join",
          "call");

  static Arguments find(ParsedArticle d, TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    DependencyGraph g = d.graph();
    int head = m.head();
    List<Integer> sourceTokens = new ArrayList<>();
    List<Integer> targetTokens = new ArrayList<>();
    int eventVerb = -1;
    // "a message that Pezeshkian had sent him": the relative clause says who and to whom
    for (Dependency c : g.children(head)) {
      int v = c.dependent();
      if (c.relation().startsWith("acl")
          && d.tokens().get(v).pos().startsWith("VB")
          && (g.children(v, "obj").contains(head) || g.children(v, "nsubj:pass").contains(head))) {
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
      sourceTokens.addAll(g.children(head, "nmod:by")); // "a strike by activists"
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
      targetTokens.addAll(TargetSlots.targets(d, e, m.tokens(), "nmod"));
    }
    if (targetTokens.isEmpty() && carrier >= 0) {
      targetTokens.addAll(TargetSlots.targets(d, e, List.of(carrier), "obl"));
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
    return new Arguments(sourceTokens, targetTokens, false, eventVerb);
  }

  /**
   * The verb that carries a noun trigger's event: "conducted phone calls", "in a letter …, he
   * continued", "during a phone call". Not "referred to a message" or "the message was …".
   */
  private static int carrierVerb(ParsedArticle d, int noun) {
    int v = carrierVerbOf(d, noun);
    if (v >= 0) {
      return v;
    }
    // "launched 10 days of war games", "began a series of protests": what the counted noun's verb
    // carries
    for (Dependency p : d.graph().parents(noun)) {
      if (p.relation().equals("nmod:of")
          && p.governor() >= 0
          && !d.tokens().get(p.governor()).pos().startsWith("NNP") // "the Court of Appeal"
          && d.tokens().get(p.governor()).pos().startsWith("NN")
          && d.mentionAt()[p.governor()] == null) {
        return carrierVerbOf(d, p.governor());
      }
    }
    return -1;
  }

  private static int carrierVerbOf(ParsedArticle d, int noun) {
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
}
