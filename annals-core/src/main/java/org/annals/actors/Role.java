package org.annals.actors;

import java.time.LocalDate;

/**
 * A role an actor held: a title, of a country or organisation, with a CAMEO sector, between two
 * dates (either open).
 *
 * @param title e.g. "President", or a dictionary code such as "IRNGOV"
 * @param of ISO alpha-3 country or organisation id, or null
 * @param sector CAMEO/Phoenix agent code, e.g. "GOV", or null
 * @param from first day, or null when unknown
 * @param to last day, or null when open
 * @param source the dictionary entry or text it came from (provenance)
 */
public record Role(
    String title, String of, String sector, LocalDate from, LocalDate to, String source) {
  public Role {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "role '" + title + "' ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Whether the role was held on {@code date}; a role without dates is held on every date. */
  public boolean heldOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Whether an article's own words gave it (its source is "article:…"), not a dictionary. */
  public boolean fromArticle() {
    return source != null && source.startsWith("article:");
  }

  /** Whether it has dates at all: a dated role says more than an undated one. */
  public boolean dated() {
    return from != null || to != null;
  }
}
