package org.annals.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The second pass: turns a candidate into a line of an Annals actors file, with role titles and
 * countries filled in from what the first pass remembered of the whole dump.
 */
final class CandidateResolver {
  static final String GOVERNMENT = "GOV";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DumpReferences refs;
  private long roles;
  private long rolesWithoutTitle;

  CandidateResolver(DumpReferences refs) {
    this.refs = refs;
  }

  /**
   * The actors file line: {@code {"id":"wd:Q42","kind","name","country","sectors","aliases",
   * "roles":[{"title","of","sector","from","to","ref"}]}}; a role's {@code ref} names the person,
   * the property and the position, e.g. {@code "wd:Q42 P39 wd:Q11696"}.
   */
  ObjectNode resolve(ActorCandidate c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", "wd:" + c.qid());
    n.put("kind", c.kind());
    n.put("name", c.name());
    c.countries().stream()
        .map(refs::iso3)
        .filter(iso -> iso != null)
        .findFirst()
        .ifPresent(iso -> n.put("country", iso));
    ArrayNode sectors = n.putArray("sectors");
    if (c.sector() != null) {
      sectors.add(c.sector());
    }
    ArrayNode aliases = n.putArray("aliases");
    c.aliases().forEach(aliases::add);
    ArrayNode roleArray = n.putArray("roles");
    for (ActorCandidate.HeldPosition h : c.positions()) {
      DumpReferences.Position p = refs.position(h.position());
      if (p == null) {
        rolesWithoutTitle++;
        continue;
      }
      roles++;
      ObjectNode r = roleArray.addObject();
      r.put("title", p.title());
      String of =
          IntStream.of(DumpReferences.number(h.jurisdiction()), p.jurisdiction(), p.country())
              .mapToObj(refs::iso3)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      putIfGiven(r, "of", of);
      putIfGiven(r, "sector", of != null ? GOVERNMENT : null);
      putIfGiven(r, "from", h.from());
      putIfGiven(r, "to", h.to());
      r.put("ref", "wd:" + c.qid() + " P39 wd:" + h.position());
    }
    return n;
  }

  /** Roles written so far. */
  long roles() {
    return roles;
  }

  /** P39 statements left out because their position never came with an English label. */
  long rolesWithoutTitle() {
    return rolesWithoutTitle;
  }

  private static void putIfGiven(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}
