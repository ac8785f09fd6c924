package org.annals.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * The tally of one Wikidata import: what was read, kept and left out, and how fast. Written by the
 * importer's thread only; a progress listener reads it on that thread.
 */
public final class ImportReport {
  /** Malformed lines quoted by line number; the rest are only counted. */
  static final int MALFORMED_SHOWN = 5;

  long entities;
  long persons;
  long organisations;
  long withoutEnglishLabel;
  long otherEntities;
  long malformed;
  long roles;
  long rolesUnknownEnd;
  long rolesUnusableDate;
  long rolesEndBeforeStart;
  long rolesWithoutTitle;
  int countries;
  int positions;
  int unresolvedPositions;
  final List<String> malformedLines = new ArrayList<>();
  private final long start = System.nanoTime();
  private long end;

  void malformed(long line, String why) {
    malformed++;
    if (malformedLines.size() < MALFORMED_SHOWN) {
      malformedLines.add("line " + line + ": " + why);
    }
  }

  void finish() {
    end = System.nanoTime();
  }

  public long entities() {
    return entities;
  }

  public long persons() {
    return persons;
  }

  public long organisations() {
    return organisations;
  }

  public long malformed() {
    return malformed;
  }

  public long roles() {
    return roles;
  }

  /** The first few malformed lines, e.g. "line 7: Unexpected end-of-input". */
  public List<String> malformedLines() {
    return List.copyOf(malformedLines);
  }

  public double seconds() {
    return ((end == 0 ? System.nanoTime() : end) - start) / 1e9;
  }

  public double entitiesPerSecond() {
    double s = seconds();
    return s > 0 ? entities / s : 0;
  }

  /** One line for progress reports. */
  public String progressLine() {
    return String.format(
        "%,d entities, %,d persons, %,d organisations, %,d malformed, %,.0f entities/s",
        entities, persons, organisations, malformed, entitiesPerSecond());
  }

  /** The closing report, a few lines. */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            "read %,d entities in %.1f s (%,.0f entities/s)",
            entities, seconds(), entitiesPerSecond()));
    out.add(
        String.format(
            "kept %,d persons and %,d organisations, with %,d dated or undated roles",
            persons, organisations, roles));
    out.add(
        String.format(
            "skipped %,d persons and organisations without an English label, %,d other entities,"
                + " %,d malformed lines",
            withoutEnglishLabel, otherEntities, malformed));
    out.add(
        String.format(
            "left out %,d positions held: %,d whose position has no English label or was not"
                + " recognised (%,d distinct), %,d with an unknown end, %,d with unusable dates,"
                + " %,d ending before they start",
            rolesWithoutTitle + rolesUnknownEnd + rolesUnusableDate + rolesEndBeforeStart,
            rolesWithoutTitle,
            unresolvedPositions,
            rolesUnknownEnd,
            rolesUnusableDate,
            rolesEndBeforeStart));
    out.add(
        String.format("remembered %,d countries (P298) and %,d positions", countries, positions));
    return out;
  }
}
