package org.annals.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person or organisation of the dump as the first pass sees it: names and dates are final, but
 * its countries and positions are still item ids, since those items may come later in the dump. The
 * first pass writes these, one JSON line each, to a temporary file.
 *
 * @param qid the Wikidata item, e.g. "Q42"
 * @param kind "person", "organization" or "group", as the actors file writes it
 * @param sector the organisation's sector from its class, or null
 * @param countries P27 (persons) or P17 (organisations) items, preferred first
 */
record ActorCandidate(
    String qid,
    String kind,
    String name,
    List<String> aliases,
    String sector,
    List<String> countries,
    List<HeldPosition> positions) {

  /**
   * One P39 statement: the position item, the statement's own P1001 qualifier, and its start (P580)
   * and end (P582) as the actors file writes them, null when not given.
   */
  record HeldPosition(String position, String jurisdiction, String from, String to) {}

  /** Why a P39 statement was not kept; counted by the caller. */
  enum LeftOut {
    /** P582 is "unknown value": the office ended, nobody knows when; kept, it would hold today. */
    UNKNOWN_END,
    /** A date before year 1, beyond 9999, or not a time. */
    UNUSABLE_DATE,
    /** The end comes before the start. */
    END_BEFORE_START
  }

  /** English aliases without the name itself, duplicates and one-letter forms. */
  static List<String> aliases(String name, List<String> aliases) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : aliases) {
      String s = a.strip();
      if (s.length() > 1 && !s.equals(name)) {
        out.add(s);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The positions of a person's P39 statements; statements that cannot be kept are left out and
   * passed to {@code leftOut}.
   */
  static List<HeldPosition> positions(
      WikidataEntity e, java.util.function.Consumer<LeftOut> leftOut) {
    List<HeldPosition> out = new ArrayList<>();
    for (JsonNode s : e.statements("P39")) {
      String position = s.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
      if (position == null) {
        continue; // "unknown value" as the position itself says nothing to code with
      }
      JsonNode q = s.path("qualifiers");
      JsonNode start = q.path("P580").path(0);
      JsonNode end = q.path("P582").path(0);
      if ("somevalue".equals(end.path("snaktype").asText())) {
        leftOut.accept(LeftOut.UNKNOWN_END);
        continue;
      }
      WikidataTime from = start.isMissingNode() ? null : WikidataTime.of(start);
      WikidataTime to = end.isMissingNode() ? null : WikidataTime.of(end);
      if (from == null && hasValue(start) || to == null && hasValue(end)) {
        leftOut.accept(LeftOut.UNUSABLE_DATE);
        continue;
      }
      if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
        leftOut.accept(LeftOut.END_BEFORE_START);
        continue;
      }
      String jurisdiction =
          q.path("P1001").path(0).path("datavalue").path("value").path("id").asText(null);
      out.add(
          new HeldPosition(
              position,
              jurisdiction,
              from == null ? null : from.text(),
              to == null ? null : to.text()));
    }
    return out;
  }

  /** Whether a qualifier snak carries a value (not missing, not "no value", not "unknown"). */
  private static boolean hasValue(JsonNode snak) {
    return "value".equals(snak.path("snaktype").asText());
  }
}
