package org.annals.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DatePrecision;

/** Reads the calendar date a normalised TIMEX3 value names, with its precision; never guesses. */
public final class TimexDates {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-(\\d))?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private TimexDates() {}

  /** A date and its precision, or a null date with UNKNOWN precision. */
  public record Resolved(String date, DatePrecision precision) {
    static final Resolved NONE = new Resolved(null, DatePrecision.UNKNOWN);
  }

  public static Resolved resolve(String value) {
    if (value == null) {
      return Resolved.NONE;
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return new Resolved(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)).toString(), DatePrecision.DAY);
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday =
            LocalDate.of(i(m, 1), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (m.group(4) != null) {
          return new Resolved(monday.plusDays(i(m, 4) - 1L).toString(), DatePrecision.DAY);
        }
        return new Resolved(monday.toString(), DatePrecision.WEEK);
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return new Resolved(LocalDate.of(i(m, 1), i(m, 2), 1).toString(), DatePrecision.MONTH);
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        return new Resolved(LocalDate.of(i(m, 1), 1, 1).toString(), DatePrecision.YEAR);
      }
    } catch (DateTimeException e) {
      return Resolved.NONE;
    }
    return Resolved.NONE;
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
