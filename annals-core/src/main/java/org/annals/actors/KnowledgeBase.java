package org.annals.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Annals knows before reading anything: countries, organisations, persons, and the
 * generic agent words ("militants", "foreign minister") with their sectors; beside them, as plain
 * data for the event coder, the verb dictionaries and discard lists a user gave. Immutable and
 * thread-safe once built; built by {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {
  private final Map<String, Actor> byId;
  private final Map<String, List<Actor>> byAlias;
  private final Map<String, String> agentSectors;
  private final Map<String, String> capitalOf;
  private final List<String> versions;
  private final List<VerbDictionary> verbDictionaries;
  private final List<Discard> discards;
  private final Map<String, List<Actor>> personsByKey = new HashMap<>();
  private final Map<String, List<Actor>> personsBySurname = new HashMap<>();

  KnowledgeBase(
      Map<String, Actor> byId,
      Map<String, String> agentSectors,
      Map<String, String> capitalOf,
      List<String> versions,
      List<VerbDictionary> verbDictionaries,
      List<Discard> discards) {
    this.byId = Map.copyOf(byId);
    this.verbDictionaries = List.copyOf(verbDictionaries);
    this.discards = List.copyOf(discards);
    this.agentSectors = Map.copyOf(agentSectors);
    this.capitalOf = Map.copyOf(capitalOf);
    this.versions = List.copyOf(versions);
    Map<String, List<Actor>> alias = new HashMap<>();
    for (Actor a : byId.values()) {
      alias.computeIfAbsent(AliasKey.of(a.name()), k -> new ArrayList<>()).add(a);
      for (String s : a.aliases()) {
        List<Actor> list = alias.computeIfAbsent(AliasKey.of(s), k -> new ArrayList<>());
        if (!list.contains(a)) {
          list.add(a);
        }
      }
    }
    this.byAlias = alias;
    for (Actor a : byId.values()) {
      if (a.kind() != ActorKind.PERSON) {
        continue;
      }
      List<String> names = new ArrayList<>(a.aliases());
      names.add(0, a.name());
      for (String n : names) {
        index(personsByKey, PersonNames.fullKey(n), a);
        index(personsBySurname, PersonNames.surnameKey(n), a);
      }
    }
  }

  private static void index(Map<String, List<Actor>> map, String key, Actor a) {
    if (key != null) {
      List<Actor> list = map.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(a)) {
        list.add(a);
      }
    }
  }

  /**
   * Known persons whose name or alias has the same {@link PersonNames#fullKey} as {@code name}
   * ("Joseph R. Biden, Jr." meets "Joe Biden" only through an alias; "Ismail Haniya" meets "Ismail
   * Haniyeh" through the key).
   */
  public List<Actor> personsNamed(String name) {
    String key = PersonNames.fullKey(name);
    return key == null ? List.of() : personsByKey.getOrDefault(key, List.of());
  }

  /** Known persons one of whose names ends in a surname of this {@link PersonNames} key. */
  public List<Actor> personsWithSurname(String surnameKey) {
    return surnameKey == null ? List.of() : personsBySurname.getOrDefault(surnameKey, List.of());
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Actors known under this name or alias (several when the name is ambiguous). */
  public List<Actor> lookup(String surface) {
    return byAlias.getOrDefault(AliasKey.of(surface), List.of());
  }

  /** The country whose capital this is ("Tehran" → "IRN"), or null. */
  public String countryOfCapital(String surface) {
    return capitalOf.get(AliasKey.of(surface));
  }

  /** The sector code of a generic agent term ("foreign minister" → "GOV"), or null. */
  public String agentSector(String term) {
    String key = AliasKey.of(term);
    String s = agentSectors.get(key);
    if (s == null && key.endsWith("s")) {
      s = agentSectors.get(key.substring(0, key.length() - 1));
    }
    return s;
  }

  public Collection<Actor> actors() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  public int agentTerms() {
    return agentSectors.size();
  }

  /** The versions of every file the base was built from, for provenance. */
  public List<String> versions() {
    return versions;
  }

  /** PETRARCH verb dictionaries of the user's directories, as read: the event coder uses them. */
  public List<VerbDictionary> verbDictionaries() {
    return verbDictionaries;
  }

  /** Phoenix discard phrases of the user's directories: what the event coder does not code. */
  public List<Discard> discards() {
    return discards;
  }

  /** Ordered view for listings. */
  public Map<String, Actor> asMap() {
    return new LinkedHashMap<>(byId);
  }
}
