package org.annals.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the importer remembers of a dump while it streams it: each country's ISO 3166-1 alpha-3 code
 * (P298) and each position's English label, jurisdiction (P1001) and country (P17). Persons are not
 * remembered, so memory grows with the number of positions (Wikidata has some hundred thousand),
 * not of persons. Not thread-safe.
 */
final class DumpReferences {
  /** Entities kept as positions on class alone; positions persons cite are kept beyond it. */
  static final int GUESSED_POSITIONS_CAP = 1_000_000;

  /** A position: its English label, and the items of its P1001 and P17 (0 when absent). */
  record Position(String title, int jurisdiction, int country) {}

  private final WikidataClasses classes;
  private final Map<Integer, String> iso3 = new HashMap<>();
  private final Map<Integer, Position> positions = new HashMap<>();
  private final Set<Integer> cited = new HashSet<>();
  private int guessed;

  DumpReferences(WikidataClasses classes) {
    this.classes = classes;
  }

  /** Remembers the entity if it is a country or a position. */
  void observe(WikidataEntity e) {
    int q = number(e.id());
    if (q == 0) {
      return;
    }
    String code = e.string("P298");
    if (code != null && code.matches("[A-Z]{3}")) {
      iso3.put(q, code);
    }
    if (e.label() == null || positions.containsKey(q)) {
      return;
    }
    boolean wanted = cited.remove(q);
    if (!wanted && guessed < GUESSED_POSITIONS_CAP && looksLikePosition(e)) {
      guessed++;
      wanted = true;
    }
    if (wanted) {
      positions.put(
          q,
          new Position(e.label(), number(first(e.items("P1001"))), number(first(e.items("P17")))));
    }
  }

  /** A person holds this position: remember it when it comes, even if its class says nothing. */
  void cite(String position) {
    int q = number(position);
    if (q != 0 && !positions.containsKey(q)) {
      cited.add(q);
    }
  }

  Position position(String qid) {
    return positions.get(number(qid));
  }

  /** The ISO3 code of a country item, or null when the item is not a country of the dump. */
  String iso3(String qid) {
    return iso3.get(number(qid));
  }

  String iso3(int q) {
    return iso3.get(q);
  }

  int countries() {
    return iso3.size();
  }

  int positions() {
    return positions.size();
  }

  /** Positions persons hold that never came with an English label (their roles are left out). */
  int unresolvedPositions() {
    return cited.size();
  }

  private boolean looksLikePosition(WikidataEntity e) {
    return classes.anyPosition(e.items("P31"))
        || classes.anyPosition(e.items("P279"))
        || !e.items("P1001").isEmpty() && !classes.anyPerson(e.items("P31"));
  }

  private static String first(List<String> items) {
    return items.isEmpty() ? null : items.get(0);
  }

  /** 42 for "Q42"; 0 for null or anything that is not an item id. */
  static int number(String qid) {
    if (qid == null || qid.length() < 2 || qid.charAt(0) != 'Q') {
      return 0;
    }
    try {
      return Integer.parseInt(qid, 1, qid.length(), 10);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
