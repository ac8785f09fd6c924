package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Annotations;
import org.annals.model.EntityMention;
import org.annals.model.Span;
import org.annals.model.Token;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;

/**
 * Links every name an article mentions to an actor. Organisations and places go through the
 * knowledge base (aliases, capitals, a leading nationality adjective dropped), else become
 * discovered actors. Persons meet by {@link PersonNames} keys: a full name defines a person, a lone
 * surname joins the person of that surname mentioned nearest before it, and the titles and
 * affiliations the text gives ("Hezbollah chief X", "X, head of Hamas' political bureau") become
 * the person's roles. Nothing depends on the person being in the knowledge base. Thread-safe.
 */
public final class ActorResolver implements Stage {
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "president",
          "president-elect",
          "minister",
          "chief",
          "leader",
          "head",
          "secretary",
          "chairman",
          "chairwoman",
          "chair",
          "commander",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ambassador",
          "envoy",
          "advisor",
          "adviser",
          "king",
          "queen",
          "emir",
          "premier",
          "governor",
          "mayor",
          "director",
          "founder",
          "negotiator",
          "speaker",
          "general",
          "officer",
          "lawmaker",
          "senator",
          "ayatollah",
          "prince",
          "chancellor");
  private static final Set<String> PRE_TITLE_POS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH");
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "for", "'s", "’s", "’", "'", "-");

  /** Lower-case nouns that may stand in a title besides the title words themselves. */
  private static final Set<String> TITLE_NOUNS =
      Set.of("bureau", "office", "affairs", "council", "ministry", "state", "elect", "designate");

  private static final Pattern APPOSITION =
      Pattern.compile(
          "^,\\s+(?:(?:a|an|the)\\s+)?([^,.;:“”\"]{3,90}?)(?=,|\\.|;|:|\\s+(?:said|told|says|has|had|was|is)\\b|$)");
  private static final Set<String> NAME_TYPES = Set.of("PERSON");
  private static final Set<String> OTHER_TYPES =
      Set.of(
          "ORGANIZATION",
          "LOCATION",
          "COUNTRY",
          "CITY",
          "STATE_OR_PROVINCE",
          "MISC",
          "NATIONALITY");

  private final KnowledgeBase kb;

  public ActorResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public String name() {
    return "actors/1 (" + String.join(", ", kb.versions()) + ")";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ANNOTATIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withActors(resolve(doc.clean().text(), doc.annotations(), doc.id()));
  }

  /** Resolves the mentions of one article. */
  public ArticleActors resolve(String text, Annotations a, String articleId) {
    List<EntityMention> mentions = withMissedNames(text, a);
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<ResolvedMention> out = new ArrayList<>();
    Map<Span, String> linked = new HashMap<>();
    // organisations, countries and places first: they are the affiliations of persons
    for (EntityMention m : mentions) {
      if (!OTHER_TYPES.contains(m.type())) {
        continue;
      }
      ResolvedMention r = resolveOther(m, articleId, actors);
      if (r == null) {
        r = leadingCountryAdjective(a, m, actors);
      }
      if (r != null) {
        out.add(r);
        linked.put(r.span(), r.actorId());
      }
    }
    Map<String, Person> persons = new LinkedHashMap<>();
    List<EntityMention> lone = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (!NAME_TYPES.contains(m.type())) {
        continue;
      }
      List<Actor> known =
          kb.lookup(m.text()).stream().filter(x -> x.kind() == ActorKind.PERSON).toList();
      if (known.size() == 1) {
        actors.putIfAbsent(known.get(0).id(), known.get(0));
        out.add(
            new ResolvedMention(m.sentence(), m.span(), m.text(), known.get(0).id(), "kb:alias"));
        continue;
      }
      String key = PersonNames.fullKey(m.text());
      if (key == null) {
        lone.add(m);
        continue;
      }
      Person p = persons.computeIfAbsent(key, k -> new Person("p:" + k.replace(' ', '_')));
      p.add(m, "name");
      titles(text, a, m, linked, p, articleId);
    }
    for (EntityMention m : lone) {
      String surname = PersonNames.surnameKey(m.text());
      if (surname == null) {
        continue;
      }
      Person best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Person p : persons.values()) {
        if (!p.id.startsWith("p:_") && surname.equals(p.surname())) {
          int d = p.distanceBefore(m.span().start());
          if (best == null || d < bestDistance) {
            best = p;
            bestDistance = d;
          }
        }
      }
      if (best == null) {
        best = persons.computeIfAbsent("_" + surname, k -> new Person("p:_" + surname));
        best.add(m, "discovered");
      } else {
        best.add(m, "surname");
      }
      titles(text, a, m, linked, best, articleId);
    }
    relinkMistypedSurnames(mentions, persons, out, actors);
    Map<String, List<Role>> rolesByPerson = new LinkedHashMap<>();
    List<Span> names = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (NAME_TYPES.contains(m.type())) {
        names.add(m.span()); // "Iranian" or "Hamas" inside a title do not stop it
      }
    }
    for (Person p : persons.values()) {
      Actor actor = p.toActor(articleId);
      actors.put(actor.id(), actor);
      out.addAll(p.mentions);
      rolesByPerson.put(p.id, p.roles);
    }
    for (TitleMentions.Found f : TitleMentions.find(text, rolesByPerson, kb, names)) {
      out.add(
          new ResolvedMention(sentenceOf(a, f.span()), f.span(), f.text(), f.personId(), "title"));
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return new ArticleActors(new ArrayList<>(actors.values()), out);
  }

  /**
   * The NER's mentions plus the proper names it missed ("Pezeshkian on Sunday praised … the
   * Houthis"): a run of proper-noun tokens outside every NER mention that is a knowledge-base name
   * (or its singular), or one word whose key is the surname of a person the article names in full.
   */
  private List<EntityMention> withMissedNames(String text, Annotations a) {
    List<EntityMention> out = new ArrayList<>(a.mentions());
    boolean[] covered = new boolean[a.tokens().size()];
    Set<String> surnames = new java.util.HashSet<>();
    for (EntityMention m : a.mentions()) {
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        covered[i] = true;
      }
      if (NAME_TYPES.contains(m.type()) && PersonNames.fullKey(m.text()) != null) {
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
      Span span = new Span(toks.get(i).span().start(), toks.get(end - 1).span().end());
      String words = span.of(text);
      String type = null;
      List<Actor> known = kb.lookup(words);
      if (known.isEmpty() && words.endsWith("s")) {
        known = kb.lookup(words.substring(0, words.length() - 1));
      }
      if (known.size() == 1) {
        type =
            switch (known.get(0).kind()) {
              case PERSON -> "PERSON";
              case COUNTRY, LOCATION -> "LOCATION";
              default -> "ORGANIZATION";
            };
      } else if (end == i + 1 && surnames.contains(PersonNames.surnameKey(words))) {
        type = "PERSON";
      }
      if (type != null) {
        out.add(new EntityMention(toks.get(i).sentence(), i, end, span, words, type));
      }
      i = end - 1;
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  /**
   * The NER sometimes types a surname as MISC or ORGANIZATION ("Amirabdollahian used these
   * conversations"): a one-word name that did not resolve to the knowledge base and whose key is
   * the surname of exactly one person of the article is that person.
   */
  private void relinkMistypedSurnames(
      List<EntityMention> mentions,
      Map<String, Person> persons,
      List<ResolvedMention> out,
      Map<String, Actor> actors) {
    Set<Span> linked = new java.util.HashSet<>();
    for (ResolvedMention r : out) {
      if (r.rule().startsWith("kb:")) {
        linked.add(r.span());
      }
    }
    for (EntityMention m : mentions) {
      if (NAME_TYPES.contains(m.type()) || linked.contains(m.span()) || m.text().contains(" ")) {
        continue;
      }
      String key = PersonNames.surnameKey(m.text());
      List<Person> match =
          persons.values().stream()
              .filter(p -> !p.id.startsWith("p:_") && p.surname().equals(key))
              .toList();
      if (key == null || match.size() != 1) {
        continue;
      }
      out.removeIf(r -> r.span().equals(m.span()));
      match.get(0).add(m, "surname");
    }
    actors
        .keySet()
        .removeIf(
            id ->
                (id.startsWith("o:") || id.startsWith("l:"))
                    && out.stream().noneMatch(r -> r.actorId().equals(id)));
  }

  /**
   * "Iraqi Kurds", "Bosnian Serbs": a group the knowledge base does not know, named by a country's
   * adjective: the adjective alone is linked to the country (the group is not the country, but it
   * is that country's).
   */
  private ResolvedMention leadingCountryAdjective(
      Annotations a, EntityMention m, Map<String, Actor> actors) {
    if (m.endToken() - m.firstToken() < 2) {
      return null;
    }
    org.annals.model.Token first = a.tokens().get(m.firstToken());
    if (!first.pos().startsWith("JJ") && !first.pos().startsWith("NNP")) {
      return null;
    }
    List<Actor> found =
        kb.lookup(first.text()).stream().filter(x -> x.kind() == ActorKind.COUNTRY).toList();
    if (found.size() != 1) {
      return null;
    }
    actors.putIfAbsent(found.get(0).id(), found.get(0));
    return new ResolvedMention(
        m.sentence(), first.span(), first.text(), found.get(0).id(), "kb:group-adjective");
  }

  private static int sentenceOf(Annotations a, Span span) {
    for (org.annals.model.Sentence s : a.sentences()) {
      if (s.span().start() <= span.start() && span.start() < s.span().end()) {
        return s.index();
      }
    }
    return 0;
  }

  private ResolvedMention resolveOther(
      EntityMention m, String articleId, Map<String, Actor> actors) {
    String text = m.text();
    String rule = "kb:alias";
    List<Actor> found = kb.lookup(text);
    if (found.isEmpty()) {
      String country = kb.countryOfCapital(text);
      if (country != null && kb.byId(country).isPresent()) {
        found = List.of(kb.byId(country).get());
        rule = "kb:capital";
      }
    }
    if (found.isEmpty()) {
      String stripped = dropLeadingAdjective(text);
      if (stripped != null) {
        // "Palestinian Hamas" is Hamas; "Iranian Azerbaijani" (a people) is not Azerbaijan
        found =
            kb.lookup(stripped).stream().filter(x -> x.kind() == ActorKind.ORGANIZATION).toList();
        rule = "kb:adjective-stripped";
      }
    }
    if (!found.isEmpty()) {
      Actor best = pick(found, m.type());
      actors.putIfAbsent(best.id(), best);
      return new ResolvedMention(m.sentence(), m.span(), text, best.id(), rule);
    }
    if (m.type().equals("MISC") || m.type().equals("NATIONALITY") || isTitlePhrase(text)) {
      return null; // "Zionist", "Jewish": descriptions, not actors; a title is not an organisation
    }
    ActorKind kind = m.type().equals("ORGANIZATION") ? ActorKind.ORGANIZATION : ActorKind.LOCATION;
    String id =
        (kind == ActorKind.ORGANIZATION ? "o:" : "l:") + AliasKey.of(text).replace(' ', '_');
    Actor existing = actors.get(id);
    List<String> aliases = existing == null ? List.of(text) : existing.aliases();
    actors.put(
        id,
        new Actor(
            id, kind, text, null, List.of(), aliases, List.of(), false, "article:" + articleId));
    return new ResolvedMention(m.sentence(), m.span(), text, id, "discovered");
  }

  private static Actor pick(List<Actor> found, String nerType) {
    for (Actor a : found) {
      boolean place =
          nerType.equals("LOCATION") || nerType.equals("COUNTRY") || nerType.equals("MISC");
      if (place && a.kind() == ActorKind.COUNTRY
          || nerType.equals("ORGANIZATION") && a.kind() == ActorKind.ORGANIZATION) {
        return a;
      }
    }
    return found.get(0);
  }

  /** "Palestinian Hamas" → "Hamas": a nationality adjective in front of a known name. */
  private String dropLeadingAdjective(String text) {
    int space = text.indexOf(' ');
    if (space < 0) {
      return null;
    }
    List<Actor> first = kb.lookup(text.substring(0, space));
    return first.size() == 1 && first.get(0).kind() == ActorKind.COUNTRY
        ? text.substring(space + 1)
        : null;
  }

  private static boolean isTitlePhrase(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (TITLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Titles before the name ("Hezbollah chief X") and in an apposition after it ("X, head of …").
   */
  private void titles(
      String text,
      Annotations a,
      EntityMention m,
      Map<Span, String> linked,
      Person p,
      String articleId) {
    List<Token> tokens = a.tokens();
    int first = a.sentences().get(m.sentence()).firstToken();
    int i = m.firstToken() - 1;
    while (i >= first) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean lowerNoun = t.pos().startsWith("NN") && Character.isLowerCase(t.text().charAt(0));
      // a lower-case noun right before a title word belongs to it: "fisheries minister"
      boolean beforeTitle =
          i + 1 < m.firstToken()
              && TITLE_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
      boolean titleish =
          !lowerNoun || TITLE_WORDS.contains(w) || TITLE_NOUNS.contains(w) || beforeTitle;
      if (PRE_TITLE_POS.contains(t.pos())
              && titleish
              && !t.ner().equals("PERSON")
              && m.firstToken() - i <= 8
          || CONNECTORS.contains(w) && i < m.firstToken() - 1) {
        i--;
      } else {
        break;
      }
    }
    int start = i + 1;
    while (start < m.firstToken()
        && CONNECTORS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start++;
    }
    if (start < m.firstToken()) {
      Span pre =
          new Span(tokens.get(start).span().start(), tokens.get(m.firstToken() - 1).span().end());
      addTitle(text, pre, linked, p, articleId);
    }
    Matcher ap =
        APPOSITION.matcher(
            text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 200)));
    if (ap.find()) {
      int s = m.span().end() + ap.start(1);
      addTitle(text, new Span(s, s + ap.group(1).length()), linked, p, articleId);
    }
  }

  private void addTitle(
      String text, Span span, Map<Span, String> linked, Person p, String articleId) {
    String phrase = span.of(text).strip();
    if (!isTitlePhrase(phrase.replace("’s", "").replace("'s", ""))) {
      return;
    }
    String of = null;
    for (Map.Entry<Span, String> e : linked.entrySet()) {
      if (span.contains(e.getKey()) && (of == null || e.getKey().start() < span.start())) {
        of = e.getValue();
      }
    }
    // a role in an organisation takes its sector ("secretary general of Islamic Jihad" is REB,
    // not the MIL of the word "general"); other roles the sector of their title's words
    String ofId = of;
    String sector =
        of == null
            ? sectorOf(phrase)
            : kb.byId(ofId)
                .filter(o -> o.kind() == ActorKind.ORGANIZATION && !o.sectors().isEmpty())
                .map(o -> o.sectors().get(0))
                .orElseGet(() -> sectorOf(phrase));
    String ofFinal = of;
    if (p.roles.stream()
        .anyMatch(r -> r.title().equals(phrase) && java.util.Objects.equals(r.of(), ofFinal))) {
      return;
    }
    p.roles.add(
        new Role(
            phrase,
            of,
            sector,
            null,
            null,
            "article:" + articleId + " chars " + span.start() + "-" + span.end()));
  }

  /** The sector of the longest agent term in a phrase ("foreign minister" before "minister"). */
  private String sectorOf(String phrase) {
    String[] w = AliasKey.of(phrase).split(" ");
    for (int n = Math.min(4, w.length); n >= 1; n--) {
      for (int i = 0; i + n <= w.length; i++) {
        String s = kb.agentSector(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** A person as one article knows them. */
  private final class Person {
    final String id;
    final List<ResolvedMention> mentions = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    Person(String id) {
      this.id = id;
    }

    void add(EntityMention m, String rule) {
      mentions.add(new ResolvedMention(m.sentence(), m.span(), m.text(), id, rule));
    }

    String surname() {
      int sep = id.lastIndexOf('_');
      return id.substring(sep + 1);
    }

    int distanceBefore(int pos) {
      int best = Integer.MAX_VALUE;
      for (ResolvedMention r : mentions) {
        int d = pos - r.span().start();
        best = Math.min(best, d >= 0 ? d : 1_000_000 - d); // before it is better than after it
      }
      return best;
    }

    Actor toActor(String articleId) {
      List<String> aliases = new ArrayList<>();
      String name = null;
      for (ResolvedMention r : mentions) {
        if (!aliases.contains(r.text())) {
          aliases.add(r.text());
        }
        String clean = String.join(" ", canonicalWords(r.text()));
        if (name == null || clean.split(" ").length > name.split(" ").length) {
          name = clean;
        }
      }
      List<String> sectors =
          roles.stream().map(Role::sector).filter(x -> x != null).distinct().toList();
      String country = null;
      for (Role r : roles) {
        if (r.of() != null && r.of().length() == 3) {
          country = r.of();
          break;
        }
        if (r.of() != null) {
          country = kb.byId(r.of()).map(Actor::country).orElse(null);
          if (country != null) {
            break;
          }
        }
      }
      return new Actor(
          id,
          ActorKind.PERSON,
          name,
          country,
          sectors,
          aliases,
          roles,
          false,
          "article:" + articleId);
    }
  }

  /** The name as written, without leading honorifics: "Ayatollah Ali Khamenei" → "Ali Khamenei". */
  static List<String> canonicalWords(String text) {
    List<String> out = new ArrayList<>(List.of(text.strip().split("\\s+")));
    while (out.size() > 1
        && PersonNames.HONORIFICS.contains(
            out.get(0).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
      out.remove(0);
    }
    return out;
  }
}
