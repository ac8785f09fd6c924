package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Persons of the knowledge base as an article of a given date knows them: a full name meets its
 * known person (by alias, else by {@link PersonNames} key), a lone surname meets the one known
 * person of that surname who held an office on that date ("Kishida" in 2023), and a known person
 * takes the country and sector of the role held on that date (Biden is USA GOV as vice-president in
 * 2012 and as president in 2023; Guterres is IGO as UN secretary-general). Immutable and
 * thread-safe.
 */
final class KnownPersons {
  private final KnowledgeBase kb;

  KnownPersons(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The known person a full name names: one alias match, else one key match; among several, the one
   * who held an office on {@code date}. Null when none or still ambiguous.
   */
  Actor byFullName(String name, LocalDate date) {
    List<Actor> found = persons(kb.lookup(name));
    if (found.isEmpty()) {
      found = kb.personsNamed(name);
    }
    if (found.size() > 1 && date != null) {
      found = found.stream().filter(a -> a.roleOn(date).filter(Role::dated).isPresent()).toList();
    }
    return found.size() == 1 ? found.get(0) : samePerson(found);
  }

  /**
   * Several entries of one country under one name are one person in two dictionaries (the bundled
   * office-holders and a user's Phoenix files): the bundled entry, which has the office's title,
   * stands for them. Entries of different countries stay ambiguous (null).
   */
  private static Actor samePerson(List<Actor> found) {
    if (found.isEmpty()
        || found.get(0).country() == null
        || found.stream().anyMatch(a -> !found.get(0).country().equals(a.country()))) {
      return null;
    }
    return found.stream().filter(a -> a.id().startsWith("ldr:")).findFirst().orElse(found.get(0));
  }

  /**
   * The one known person with this surname who held an office on {@code date}; when several did,
   * the one whose office's title is in {@code titleWords} (the words before the name: "Taoiseach
   * Harris", "Vice President Harris"). Null without a date, or when none or several fit.
   */
  Actor bySurnameInOffice(String surnameKey, LocalDate date, String titleWords) {
    if (date == null || surnameKey == null) {
      return null;
    }
    List<Actor> inOffice = new ArrayList<>();
    for (Actor a : kb.personsWithSurname(surnameKey)) {
      if (a.roleOn(date).filter(Role::dated).isPresent()) {
        inOffice.add(a);
      }
    }
    if (inOffice.size() > 1 && titleWords != null && !titleWords.isBlank()) {
      String words = titleWords.toLowerCase(Locale.ROOT);
      inOffice =
          inOffice.stream()
              .filter(
                  a ->
                      a.roleOn(date)
                          .map(r -> words.endsWith(r.title().toLowerCase(Locale.ROOT)))
                          .orElse(false))
              .toList();
    }
    return inOffice.size() == 1 ? inOffice.get(0) : null;
  }

  /**
   * The person as of {@code date}: the country and sector of the role held then (an international
   * body's role gives the body's country, which is none), else the person's own; the roles held
   * then first. Without a date, or without a role held then, the person as the knowledge base has
   * them.
   */
  Actor asOf(Actor a, LocalDate date) {
    Role r = date == null ? null : a.roleOn(date).orElse(null);
    if (r == null) {
      return a;
    }
    String country = a.country();
    if (r.of() != null) {
      country =
          kb.byId(r.of())
              .map(of -> of.kind() == ActorKind.COUNTRY ? of.id() : of.country())
              .orElse(null);
    }
    List<String> sectors = new ArrayList<>();
    if (r.sector() != null) {
      sectors.add(r.sector());
    }
    a.sectors().stream().filter(s -> !sectors.contains(s)).forEach(sectors::add);
    return new Actor(
        a.id(), a.kind(), a.name(), country, sectors, a.aliases(), a.roles(), true, a.source());
  }

  /** The roles held on {@code date}; every role when there is no date. */
  static List<Role> rolesOn(Actor a, LocalDate date) {
    return date == null ? a.roles() : a.roles().stream().filter(r -> r.heldOn(date)).toList();
  }

  private static List<Actor> persons(List<Actor> actors) {
    return actors.stream().filter(x -> x.kind() == ActorKind.PERSON).toList();
  }
}
