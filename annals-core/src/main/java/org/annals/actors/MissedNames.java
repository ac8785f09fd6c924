package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Annotations;
import org.annals.model.EntityMention;
import org.annals.model.Span;

/** The names an article uses beyond the NER's mentions, found by the knowledge base. */
final class MissedNames {
  private final KnowledgeBase kb;

  MissedNames(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The NER's mentions plus the proper names it missed ("Pezeshkian on Sunday praised … the
   * Houthis"): a run of proper-noun tokens outside every NER mention that is a knowledge-base name
   * (or its singular), or one word whose key is the surname of a person the article names in full.
   */
  List<EntityMention> withMissedNames(String text, Annotations a) {
    List<EntityMention> ner = new ArrayList<>();
    for (EntityMention m : a.mentions()) {
      ner.add(withNameNoun(text, a, m));
    }
    List<EntityMention> out = withWordBefore(text, a, ner);
    boolean[] covered = new boolean[a.tokens().size()];
    Set<String> surnames = new java.util.HashSet<>();
    for (EntityMention m : List.copyOf(out)) {
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        covered[i] = true;
      }
      if (m.type().equals("PERSON") && PersonNames.fullKey(m.text()) != null) {
        surnames.add(PersonNames.surnameKey(m.text()));
      }
    }
    List<org.annals.model.Token> toks = a.tokens();
    for (int i = 0; i < toks.size(); i++) {
      if (covered[i] || !toks.get(i).pos().startsWith("NNP")) {
        continue;
      }
      int end = i;
      while (end < toks.size()
          && !covered[end]
          && toks.get(end).pos().startsWith("NNP")
          && toks.get(end).sentence() == toks.get(i).sentence()) {
        end++;
      }
      int start = i;
      if (i > 0
          && !covered[i - 1]
          && toks.get(i - 1).sentence() == toks.get(i).sentence()
          && toks.get(i - 1).pos().startsWith("JJ")
          && Character.isUpperCase(toks.get(i - 1).text().codePointAt(0))
          && kb.lookup(
                      new Span(toks.get(i - 1).span().start(), toks.get(end - 1).span().end())
                          .of(text))
                  .size()
              == 1) {
        start = i - 1; // "the Liberal Democrats": an adjective that begins the name
      }
      Span span = new Span(toks.get(start).span().start(), toks.get(end - 1).span().end());
      String words = span.of(text);
      String type = null;
      List<Actor> known = kb.lookup(words);
      if (known.isEmpty() && words.endsWith("s")) {
        known = kb.lookup(words.substring(0, words.length() - 1));
      }
      if (known.size() == 1) {
        type = typeOf(known.get(0));
      } else if (end == i + 1 && surnames.contains(PersonNames.surnameKey(words))) {
        type = "PERSON";
      }
      if (type != null) {
        out.add(new EntityMention(toks.get(i).sentence(), start, end, span, words, type));
      }
      i = end - 1;
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  /**
   * A name the NER split or cut short at its front: "Liberal" (MISC, or no entity) and "Democrats"
   * (ORGANIZATION) are one mention when "Liberal Democrats" names exactly one actor of the
   * knowledge base; without this, "Democrats" alone is the US party.
   */
  private List<EntityMention> withWordBefore(
      String text, Annotations a, List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      int p = m.firstToken() - 1;
      EntityMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (p < 0
          || a.tokens().get(p).sentence() != m.sentence()
          || !Character.isUpperCase(a.tokens().get(p).text().codePointAt(0))
          || !a.tokens().get(p).pos().startsWith("NNP") && !a.tokens().get(p).pos().startsWith("JJ")
          || prev != null && prev.endToken() > p && prev.endToken() != m.firstToken()) {
        out.add(m);
        continue;
      }
      boolean joinsPrev = prev != null && prev.endToken() == m.firstToken();
      int start = joinsPrev ? prev.firstToken() : p;
      Span span = new Span(a.tokens().get(start).span().start(), m.span().end());
      String words = span.of(text);
      List<Actor> known = kb.lookup(words);
      if (known.size() != 1) {
        out.add(m);
        continue;
      }
      if (joinsPrev) {
        out.remove(out.size() - 1);
      }
      out.add(
          new EntityMention(m.sentence(), start, m.endToken(), span, words, typeOf(known.get(0))));
    }
    return out;
  }

  private static String typeOf(Actor a) {
    return switch (a.kind()) {
      case PERSON -> "PERSON";
      case COUNTRY, LOCATION -> "LOCATION";
      default -> "ORGANIZATION";
    };
  }

  /**
   * A name the NER found without the common noun that completes a knowledge-base name: "Zionist"
   * (MISC) of "the Zionist regime", "Jewish" of "the Jewish state" become the whole name when it
   * names exactly one actor; any other mention is left as it is.
   */
  private EntityMention withNameNoun(String text, Annotations a, EntityMention m) {
    int next = m.endToken();
    if (next >= a.tokens().size()) {
      return m;
    }
    org.annals.model.Token t = a.tokens().get(next);
    if (t.sentence() != m.sentence() || !t.pos().equals("NN") && !t.pos().equals("NNS")) {
      return m;
    }
    Span span = new Span(m.span().start(), t.span().end());
    String words = span.of(text);
    List<Actor> known = kb.lookup(words);
    if (known.size() != 1) {
      return m;
    }
    return new EntityMention(
        m.sentence(), m.firstToken(), next + 1, span, words, typeOf(known.get(0)));
  }
}
