package org.annals.store.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

/**
 * A stored date written at the precision it is known to. Dates are stored as full ISO days (a year
 * as its first day, "2020-01-01"); shown so, a year-precision date would claim a day nobody
 * reported. So a year is shown "2020", a month "2020-03", a week as its ISO week "2020-W10", a day
 * (or an unknown precision) as the day. The JSON records keep the ISO date and its {@code
 * date_precision}; this is what a table or a page shows.
 */
public final class PreciseDate {
  private PreciseDate() {}

  /** The date as shown at {@code precision} (day, week, month, year); null for a null date. */
  public static String text(String iso, String precision) {
    if (iso == null || precision == null || iso.length() < 10) {
      return iso;
    }
    return switch (precision) {
      case "year" -> iso.substring(0, 4);
      case "month" -> iso.substring(0, 7);
      case "week" -> week(iso);
      default -> iso;
    };
  }

  private static String week(String iso) {
    try {
      LocalDate d = LocalDate.parse(iso);
      return String.format(
          "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
