package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.Annotations;
import org.annals.model.EntityMention;
import org.annals.model.Span;
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
  private final KnownPersons known;
  private final TextRoles textRoles;

  public ActorResolver(KnowledgeBase kb) {
    this.kb = kb;
    this.known = new KnownPersons(kb);
    this.textRoles = new TextRoles(kb);
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
    return doc.withActors(
        resolve(doc.clean().text(), doc.annotations(), doc.id(), articleDate(doc)));
  }

  /**
   * The day the article reports from ({@link org.annals.model.ArticleMetadata#reportDate}), or
   * null.
   */
  static java.time.LocalDate articleDate(Document doc) {
    String d = doc.clean().metadata().reportDate();
    try {
      return d == null || d.length() < 10 ? null : java.time.LocalDate.parse(d.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * Resolves the mentions of one article; {@code date} (may be null) chooses the office a known
   * person held.
   */
  public ArticleActors resolve(
      String text, Annotations a, String articleId, java.time.LocalDate date) {
    List<EntityMention> mentions =
        new MissedNames(kb)
            .withMissedNames(text, a).stream().filter(ActorResolver::nameSized).toList();
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
    Map<String, Actor> knownHere = new LinkedHashMap<>();
    Map<String, List<Role>> knownTitles = new LinkedHashMap<>();
    List<EntityMention> lone = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (!NAME_TYPES.contains(m.type())) {
        continue;
      }
      Actor k = known.byFullName(m.text(), date);
      if (k != null) {
        linkKnown(k, m, "kb:alias", date, actors, knownHere, out);
        textRoles.titles(text, a, m, linked, saidOf(knownTitles, k), articleId, date);
        continue;
      }
      String key = PersonNames.fullKey(m.text());
      if (key == null) {
        lone.add(m);
        continue;
      }
      Person p = persons.computeIfAbsent(key, id -> new Person("p:" + id.replace(' ', '_')));
      p.add(m, "name");
      textRoles.titles(text, a, m, linked, p.roles, articleId, date);
    }
    for (EntityMention m : lone) {
      String surname = PersonNames.surnameKey(m.text());
      if (surname == null) {
        continue;
      }
      if (PersonNames.SUFFIXES.contains(surname)) {
        suffixOfName(text, m, out, persons); // "Joseph R. Biden, Jr.": the "Jr." is Biden's
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
        Actor k = knownBySurname(surname, knownHere);
        String rule = "surname";
        if (k == null) {
          k = known.bySurnameInOffice(surname, date, wordsBefore(text, a, m));
          rule = "kb:surname-in-office";
        }
        if (k != null) {
          linkKnown(k, m, rule, date, actors, knownHere, out);
          textRoles.titles(text, a, m, linked, saidOf(knownTitles, k), articleId, date);
          continue;
        }
        best = persons.computeIfAbsent("_" + surname, k2 -> new Person("p:_" + surname));
        best.add(m, "discovered");
      } else {
        best.add(m, "surname");
      }
      textRoles.titles(text, a, m, linked, best.roles, articleId, date);
    }
    relinkMistypedSurnames(mentions, persons, knownHere, out, actors);
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
    for (Actor k : knownHere.values()) {
      // a known person's roles of that day, and those the article's own words give them
      List<Role> said = knownTitles.getOrDefault(k.id(), List.of());
      List<Role> roles = new ArrayList<>(KnownPersons.rolesOn(k, date));
      roles.addAll(said);
      rolesByPerson.put(k.id(), roles);
      if (!said.isEmpty()) {
        actors.put(k.id(), actors.get(k.id()).withMoreRoles(said));
      }
    }
    for (TitleMentions.Found f : TitleMentions.find(text, rolesByPerson, kb, names)) {
      out.add(
          new ResolvedMention(sentenceOf(a, f.span()), f.span(), f.text(), f.personId(), "title"));
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return new ArticleActors(new ArrayList<>(actors.values()), out);
  }

  private void linkKnown(
      Actor k,
      EntityMention m,
      String rule,
      java.time.LocalDate date,
      Map<String, Actor> actors,
      Map<String, Actor> knownHere,
      List<ResolvedMention> out) {
    knownHere.putIfAbsent(k.id(), k);
    actors.putIfAbsent(k.id(), known.asOf(k, date));
    out.add(new ResolvedMention(m.sentence(), m.span(), m.text(), k.id(), rule));
  }

  /**
   * A generational suffix the NER took for a name of its own ("Joseph R. Biden, Jr.") is a mention
   * of the person named right before it; with none there, it is nobody.
   */
  private static void suffixOfName(
      String text, EntityMention m, List<ResolvedMention> out, Map<String, Person> persons) {
    for (ResolvedMention r : out) {
      if (rightBefore(text, r.span(), m.span())) {
        out.add(new ResolvedMention(m.sentence(), m.span(), m.text(), r.actorId(), "name-suffix"));
        return;
      }
    }
    for (Person p : persons.values()) {
      if (p.mentions.stream().anyMatch(r -> rightBefore(text, r.span(), m.span()))) {
        p.add(m, "name-suffix");
        return;
      }
    }
  }

  /** Whether {@code before} ends where {@code after} starts, but for a comma and spaces. */
  private static boolean rightBefore(String text, Span before, Span after) {
    return before.end() <= after.start()
        && text.substring(before.end(), after.start()).matches(",?\\s*");
  }

  /** The roles an article's words give a known person, to add to. */
  private static List<Role> saidOf(Map<String, List<Role>> knownTitles, Actor k) {
    return knownTitles.computeIfAbsent(k.id(), id -> new ArrayList<>());
  }

  /** The one known person already named in this article whose surname this is, or null. */
  private static Actor knownBySurname(String surname, Map<String, Actor> knownHere) {
    List<Actor> match =
        knownHere.values().stream()
            .filter(
                k ->
                    surname.equals(PersonNames.surnameKey(k.name()))
                        || k.aliases().stream()
                            .anyMatch(x -> surname.equals(PersonNames.surnameKey(x))))
            .toList();
    return match.size() == 1 ? match.get(0) : null;
  }

  /** Up to six words before a mention in its sentence: the title it may carry. */
  private static String wordsBefore(String text, Annotations a, EntityMention m) {
    int from = Math.max(a.sentences().get(m.sentence()).firstToken(), m.firstToken() - 6);
    if (from >= m.firstToken()) {
      return "";
    }
    return text.substring(a.tokens().get(from).span().start(), m.span().start()).strip();
  }

  /** Longest name an actor is made from; names of people and bodies run to a few dozen. */
  static final int MAX_NAME_CHARS = 100;

  /** Longest word of such a name. */
  static final int MAX_NAME_WORD_CHARS = 40;

  /**
   * Whether a mention is the size of a name: a capitalised run of thousands of letters (pasted
   * garbage, an attack) is tagged by the NER but names nobody, and would make an actor id and index
   * keys thousands of characters long.
   */
  private static boolean nameSized(EntityMention m) {
    if (m.text().length() > MAX_NAME_CHARS) {
      return false;
    }
    for (String word : m.text().split("\\s+")) {
      if (word.length() > MAX_NAME_WORD_CHARS) {
        return false;
      }
    }
    return true;
  }

  /**
   * The NER sometimes types a surname as MISC or ORGANIZATION ("Amirabdollahian used these
   * conversations"): a one-word name that did not resolve to the knowledge base and whose key is
   * the surname of exactly one person of the article is that person.
   */
  private void relinkMistypedSurnames(
      List<EntityMention> mentions,
      Map<String, Person> persons,
      Map<String, Actor> knownHere,
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
      if (key == null || match.size() > 1) {
        continue;
      }
      Actor k = match.isEmpty() ? knownBySurname(key, knownHere) : null;
      if (match.isEmpty() && k == null) {
        continue;
      }
      out.removeIf(r -> r.span().equals(m.span()));
      if (k != null) {
        out.add(new ResolvedMention(m.sentence(), m.span(), m.text(), k.id(), "surname"));
      } else {
        match.get(0).add(m, "surname");
      }
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
    if (m.type().equals("MISC")
        || m.type().equals("NATIONALITY")
        || TextRoles.isTitlePhrase(text)) {
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
