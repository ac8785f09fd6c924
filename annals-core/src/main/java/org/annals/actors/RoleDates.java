package org.annals.actors;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the dates of a role as precise as the knowledge base file gives them: a day ("2019-05-24"),
 * a month ("2019-05") or a year ("2019"). A role's first day of a month or year is its first day,
 * its last the last day, so an imprecise date widens the role rather than inventing a day.
 */
final class RoleDates {
  private RoleDates() {}

  /** The first day {@code iso} may mean, or null for null. */
  static LocalDate first(String iso) {
    if (iso == null) {
      return null;
    }
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case 7 -> YearMonth.parse(iso).atDay(1);
      default -> LocalDate.parse(iso);
    };
  }

  /** The last day {@code iso} may mean, or null for null. */
  static LocalDate last(String iso) {
    if (iso == null) {
      return null;
    }
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
      case 7 -> YearMonth.parse(iso).atEndOfMonth();
      default -> LocalDate.parse(iso);
    };
  }
}
