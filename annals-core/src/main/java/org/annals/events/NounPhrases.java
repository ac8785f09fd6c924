package org.annals.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.actors.ResolvedMention;
import org.annals.model.Dependency;
import org.annals.model.Token;

/**
 * The actor mentions a noun phrase holds, searched from its head through the dependency parse
 * without leaving the phrase: a pronoun's antecedent, the mention on the head, the nearest names
 * (persons first), a set-off list of persons, else an adjective of the head. Stateless.
 */
final class NounPhrases {
  private NounPhrases() {}

  /**
   * Relations that leave a noun phrase: a clause, a subject, a function word, punctuation; and an
   * opponent inside it ("the resistance against the Zionist regime": the regime is not the
   * resistance).
   */
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
          "vocative",
          "nmod:against");

  /**
   * The mentions the phrase headed by {@code token} stands for, none of {@code notThese} when it is
   * a pronoun.
   */
  static List<ResolvedMention> phraseMentions(ParsedArticle d, int token, Set<String> notThese) {
    Token t = d.tokens().get(token);
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (PronounAntecedents.PERSONAL.contains(lower)) {
      ResolvedMention r = PronounAntecedents.antecedent(d, t, notThese);
      return r == null ? List.of() : List.of(r);
    }
    if (PronounAntecedents.COLLECTIVE.contains(lower)) {
      ResolvedMention r = PronounAntecedents.collectiveAntecedent(d, t, notThese);
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
  record Found(ResolvedMention mention, int depth, boolean adjective, boolean possessor) {}

  static List<ResolvedMention> nearest(Stream<Found> found) {
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
  static List<Found> search(ParsedArticle d, int root) {
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
  static boolean inPhrase(ParsedArticle d, Dependency c) {
    if (c.relation().equals("dep")) {
      return d.tokens().get(c.dependent()).pos().startsWith("NNP");
    }
    return !BOUNDARY.contains(c.relation());
  }

  /** The last token of a phrase: its head's furthest dependent within the phrase. */
  static int phraseEnd(ParsedArticle d, int head) {
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
}
