package org.annals.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.ConfigException;
import org.annals.actors.ActorKind;

/**
 * Which Wikidata classes make an entity a person, an organisation (with which kind and sector) or a
 * position: the bundled {@code org/annals/kb/wikidata-classes.tsv}. Immutable, thread-safe.
 */
final class WikidataClasses {
  static final String RESOURCE = "org/annals/kb/wikidata-classes.tsv";

  /** What an organisation class makes of an entity; a lower rank (earlier line) wins. */
  record Organisation(ActorKind kind, String sector, int rank) {}

  private final Set<String> persons = new HashSet<>();
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final Set<String> positions = new HashSet<>();

  private WikidataClasses() {}

  static WikidataClasses bundled() {
    WikidataClasses c = new WikidataClasses();
    try (InputStream in = WikidataClasses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigException("bundled file " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          c.add(line, n);
        }
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read bundled " + RESOURCE, e);
    }
    return c;
  }

  private void add(String line, int n) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 4 || !cols[0].matches("Q\\d+")) {
      throw new ConfigException(
          RESOURCE + ":" + n + ": want QID<TAB>what<TAB>sector<TAB>label, got '" + line + "'");
    }
    switch (cols[1]) {
      case "person" -> persons.add(cols[0]);
      case "position" -> positions.add(cols[0]);
      case "organization", "group" ->
          organisations.put(
              cols[0],
              new Organisation(
                  cols[1].equals("group") ? ActorKind.GROUP : ActorKind.ORGANIZATION,
                  cols[2].isEmpty() ? null : cols[2],
                  n));
      default ->
          throw new ConfigException(
              RESOURCE
                  + ":"
                  + n
                  + ": unknown kind '"
                  + cols[1]
                  + "' (want person, organization,"
                  + " group or position)");
    }
  }

  boolean anyPerson(List<String> classes) {
    return classes.stream().anyMatch(persons::contains);
  }

  /**
   * The entity's organisation class listed first in the file, so that a party that is also an
   * "organization" gets the party's sector.
   */
  Optional<Organisation> organisation(List<String> classes) {
    return classes.stream()
        .map(organisations::get)
        .filter(o -> o != null)
        .min(Comparator.comparingInt(Organisation::rank));
  }

  boolean anyPosition(List<String> classes) {
    return classes.stream().anyMatch(positions::contains);
  }
}
