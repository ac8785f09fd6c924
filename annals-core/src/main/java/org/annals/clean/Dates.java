package org.annals.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the explicit calendar dates found in metadata and datelines. Never guesses a year. */
public final class Dates {
  private Dates() {}

  static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  /** A date written out with a year: 2024-07-15, 24 October 2023, October 24, 2023. */
  static final String FULL_DATE =
      "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? "
          + MONTH
          + ",? \\d{4}|"
          + MONTH
          + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})";

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DMY =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)? (" + MONTH + "),? (\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern MDY =
      Pattern.compile(
          "(" + MONTH + ") (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** ISO yyyy-MM-dd of a date written in one of the {@link #FULL_DATE} forms, or null. */
  public static String iso(String s) {
    if (s == null) {
      return null;
    }
    s = s.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.lookingAt()) {
        return LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))).toString();
      }
      m = DMY.matcher(s);
      if (m.lookingAt()) {
        return LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1))).toString();
      }
      m = MDY.matcher(s);
      if (m.lookingAt()) {
        return LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2))).toString();
      }
    } catch (DateTimeException e) {
      return null; // 31 February and the like: not a date
    }
    return null;
  }

  /**
   * ISO date of a machine timestamp (ISO-8601 date or date-time, with or without zone), or null.
   */
  static String fromTimestamp(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    s = s.strip();
    try {
      return OffsetDateTime.parse(s).toLocalDate().toString();
    } catch (DateTimeException e) {
      // fall through to looser forms
    }
    try {
      return ZonedDateTime.parse(s).toLocalDate().toString();
    } catch (DateTimeException e) {
      // fall through
    }
    return iso(s);
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
